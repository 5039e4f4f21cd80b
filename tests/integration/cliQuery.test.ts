import { statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NO_RESTRICTIONS } from '../../shared/domain/codingQuery';
import { useCliHarness } from './cliHarness';
import { codingWorkspace, type Workspace } from './codingFixtures';

const { cli } = useCliHarness('verbatim-cli-query-');
let ws: Workspace;
let study: string;

beforeEach(async () => {
  ws = await codingWorkspace();
  const doc = ws.transcript(
    [
      ['Mod', 'Hvordan var leveringen?'],
      ['Kari', 'Prisen var for høy 😬 og leveringen kom sent.'],
      ['Ola', 'Leveringen gikk fint.'],
    ],
    'Intervju 1',
  );
  const code = async (name: string, parentId: string | null = null) => (await ws.call('codes:create', { name, parentId })).id;
  const price = await code('Pris');
  const tooHigh = await code('For dyrt', price);
  const delivery = await code('Levering');
  await ws.call('codings:create', { ...(await ws.rangeOf(doc, 'Prisen var for høy 😬')), codeId: tooHigh });
  await ws.call('codings:create', { ...(await ws.rangeOf(doc, 'høy 😬 og leveringen kom sent')), codeId: delivery });
  await ws.call('codings:create', { ...(await ws.rangeOf(doc, 'Leveringen gikk fint')), codeId: delivery });
  await ws.call('queries:save', {
    name: 'Pris uten levering',
    expression: '"Pris/For dyrt" NOT "Levering"',
    restrictions: NO_RESTRICTIONS,
  });
  study = join(ws.dir, 'coding.verbatim');
  ws.backend.close();
});
afterEach(() => ws.close());

describe('verbatim query', () => {
  it('prints the passages as [{document, start, end, text}] exactly, in the offsets `verbatim codings` uses', async () => {
    const r = await cli('query', study, '"Pris/For dyrt" AND "Levering"', '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe('[{"document":"Intervju 1","start":40,"end":46,"text":"høy 😬"}]\n');
    const codings = JSON.parse((await cli('codings', study, '--json')).out) as { start: number; quote: string }[];
    expect(codings.find((c) => c.quote.startsWith('Prisen'))!.start + 'Prisen var for '.length).toBe(40);
  });

  it('runs a saved query by name, and prints tab-separated lines without --json', async () => {
    const saved = await cli('query', study, '--saved', 'pris uten levering', '--json');
    expect(saved.code).toBe(0);
    expect(JSON.parse(saved.out)).toEqual([{ document: 'Intervju 1', start: 25, end: 40, text: 'Prisen var for ' }]);
    const plain = await cli('query', study, '"Levering"');
    expect(plain.out).toBe('Intervju 1\t40-69\thøy 😬 og leveringen kom sent\nIntervju 1\t72-92\tLeveringen gikk fint\n');
    expect(JSON.parse((await cli('query', study, '"Pris" OR "Pris/For dyrt" NOT "Pris/For dyrt"', '--json')).out)).toEqual([]);
  });

  it.each([
    [['"Pris/For dyr"'], 'The codebook has no code “Pris/For dyr”. Did you mean “Pris/For dyrt”?'],
    [['("Levering"'], 'A parenthesis is opened but never closed.'],
    [[''], 'Type a query: code paths in quotes, joined by AND, OR, NOT or NEAR/n.'],
    [['"Levering" AND'], '“AND” needs a code (or a part in parentheses) on each side.'],
    [['--saved', 'Nope'], 'No saved query is called “Nope”.'],
  ])('refuses %j with a clear message, exit code ≠ 0, and leaves the study unchanged', async (args, message) => {
    const before = readFileSync(study);
    const mtime = statSync(study).mtimeMs;
    const r = await cli('query', study, ...args, '--json');
    expect(r.code).not.toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toContain(message);
    expect(readFileSync(study).equals(before)).toBe(true);
    expect(statSync(study).mtimeMs).toBe(mtime);
  });

  it('refuses a huge expression before reading it', async () => {
    const r = await cli('query', study, `"${'x'.repeat(20_000)}"`);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('A query can be at most 10,000 characters long.');
  });
});
