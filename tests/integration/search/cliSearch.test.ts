import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../main/api/backend';
import { headlessHost } from '../../../main/app/host';
import { useCliHarness } from '../cliHarness';
import { fingerprintDb } from '../studyFingerprint';
import Database from 'better-sqlite3';

const harness = useCliHarness('verbatim-cli-search-');
const cli = harness.cli;

const TRANSCRIPT = [
  'Mia: Welcome! What did you think of the price?',
  'Ana: The price was too high 😀. Delivery was late. The prices went up again!',
  'Bo: A gyümölcs friss volt, de a szállítás lassú.',
  'Ivo: Ćevapi su bili odlični. Đorđe je platio.',
  'Kari: Smørbrødet var dyrt, men leveringen gikk fint.',
  'Li: 价格太贵了。送货很慢。',
].join('\n\n');

async function studyWithTranscript(): Promise<string> {
  const study = join(harness.dir(), 's.verbatim');
  const file = join(harness.dir(), 'fg.txt');
  writeFileSync(file, TRANSCRIPT);
  expect((await cli('new', study)).code).toBe(0);
  expect((await cli('import', study, file, '--session', 'FG 1')).code).toBe(0);
  return study;
}

/** The study's one transcript text, read through the app as `verbatim codings` offsets point into it. */
async function documentText(study: string): Promise<string> {
  const backend = createBackend({ appDataDir: join(harness.dir(), 'data2'), host: headlessHost('cli') });
  try {
    backend.context.studies.open(study);
    const list = await backend.dispatch('documents:list', {});
    if (!list.ok) throw new Error(list.error.message);
    const id = (list.value as { id: string }[])[0]!.id;
    const got = await backend.dispatch('documents:get', { id });
    if (!got.ok) throw new Error(got.error.message);
    return (got.value as { text: string }).text;
  } finally {
    backend.close();
  }
}

type Line = { document: string; session: string | null; speaker: string | null; start: number; end: number; text: string };
const json = (out: string) => JSON.parse(out) as Line[];

describe('verbatim search', () => {
  it('prints one entry per hit with offsets into the document text, in all five languages', async () => {
    const study = await studyWithTranscript();
    const text = await documentText(study);
    for (const [query, expected] of [
      ['price', ['price', 'price', 'prices']],
      ['gyumolcs', ['gyümölcs']],
      ['cevapi', ['Ćevapi']],
      ['dorde', ['Đorđe']],
      ['smorbrodet', ['Smørbrødet']],
      ['价格', ['价格']],
    ] as const) {
      const r = await cli('search', study, query, '--json');
      expect(r.err, query).toBe('');
      expect(r.code).toBe(0);
      const lines = json(r.out);
      expect(
        lines.map((l) => l.text),
        query,
      ).toEqual(expected);
      for (const l of lines) {
        expect(Object.keys(l)).toEqual(['document', 'session', 'speaker', 'start', 'end', 'text']);
        expect(text.slice(l.start, l.end)).toBe(l.text);
        expect(l.session).toBe('FG 1');
      }
    }
    const [ana] = json((await cli('search', study, 'delivery', '--json')).out);
    expect(ana).toMatchObject({ speaker: 'Ana', text: 'Delivery' });
  });

  it('widens each hit to its sentence or turn, once per sentence or turn', async () => {
    const study = await studyWithTranscript();
    const text = await documentText(study);
    const sentences = json((await cli('search', study, 'price OR delivery', '--scope', 'sentence', '--json')).out);
    expect(sentences.map((l) => l.text)).toEqual([
      'What did you think of the price?',
      'The price was too high 😀.',
      'Delivery was late.',
      'The prices went up again!',
    ]);
    const turns = json((await cli('search', study, 'price OR delivery', '--scope', 'turn', '--json')).out);
    expect(turns.map((l) => l.speaker)).toEqual(['Mia', 'Ana']);
    for (const l of [...sentences, ...turns]) expect(text.slice(l.start, l.end)).toBe(l.text);
    const chinese = json((await cli('search', study, '送货', '--scope', 'sentence', '--json')).out);
    expect(chinese.map((l) => l.text)).toEqual(['送货很慢。']);
  });

  it('prints tab-separated lines without --json', async () => {
    const study = await studyWithTranscript();
    const r = await cli('search', study, '"too high"');
    expect(r.out.trim().split('\n')).toHaveLength(1);
    expect(r.out.split('\t')).toHaveLength(5);
  });

  it('refuses a malformed query, an unknown scope and a missing operand with a clear error, changing nothing', async () => {
    const study = await studyWithTranscript();
    const before = () => {
      const db = new Database(study, { readonly: true });
      try {
        return fingerprintDb(db);
      } finally {
        db.close();
      }
    };
    const was = before();
    const cases: [string[], number, RegExp][] = [
      [['search', study, '"too high'], 1, /quotation mark is not closed/],
      [['search', study, 'NOT price'], 1, /cannot only leave words out/],
      [['search', study, ''], 1, /at least one word/],
      [['search', study, '(price'], 1, /parenthesis is not closed/],
      [['search', study, 'x'.repeat(5000)], 1, /too long/],
      [['search', study, 'price', '--scope', 'page'], 2, /--scope takes hit, sentence or turn/],
      [['search', study], 2, /./],
    ];
    for (const [args, code, message] of cases) {
      const r = await cli(...args);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.err, args.join(' ')).toMatch(message);
      expect(r.out).toBe('');
    }
    expect(before()).toEqual(was);
  });
});
