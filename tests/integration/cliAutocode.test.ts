import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCliHarness } from './cliHarness';

const REFDATA = join(import.meta.dirname, '../../../shared/refdata');
const harness = useCliHarness('verbatim-cli-autocode-');
const cli = harness.cli;

/** A study holding a real interview (Dan moderates, the participant answers). */
async function study() {
  const path = join(harness.dir(), 's.verbatim');
  await cli('new', path);
  expect((await cli('import', path, join(REFDATA, 'corpus/pdpilot_interview_P1.txt'), '--session', 'P1')).code).toBe(0);
  return path;
}

const codings = async (path: string) =>
  JSON.parse((await cli('codings', path, '--json')).out) as { code: string; start: number; end: number; quote: string; document: string }[];

describe('verbatim autocode', () => {
  it('codes every hit once, in the offsets verbatim codings prints, and a second run adds nothing', async () => {
    const path = await study();
    const r = await cli('autocode', path, 'plots', '--code', 'Tools/Plots', '--scope', 'sentence', '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['code', 'codeCreated', 'hits', 'coded', 'alreadyCoded', 'passages']);
    expect(json).toMatchObject({ code: 'Tools/Plots', codeCreated: true, alreadyCoded: 0 });
    expect(json.coded).toBeGreaterThan(3);
    expect(json.coded).toBe(json.passages.length);
    const coded = await codings(path);
    expect(coded.map((c) => [c.document, c.start, c.end, c.quote])).toEqual(
      json.passages.map((p: { document: string; start: number; end: number; text: string }) => [p.document, p.start, p.end, p.text]),
    );
    expect(coded.every((c) => c.code === 'Tools/Plots' && /plot/i.test(c.quote))).toBe(true);
    // Dan (the moderator) asks about plots too: his words are left out unless asked for.
    expect(coded.some((c) => c.quote.includes('do you use both PDP and ICE plots'))).toBe(false);

    const again = JSON.parse((await cli('autocode', path, 'plots', '--code', 'Tools/Plots', '--scope', 'sentence', '--json')).out);
    expect(again).toMatchObject({ codeCreated: false, coded: 0, alreadyCoded: json.coded });
    expect(await codings(path)).toHaveLength(coded.length);
  });

  it('says what it did in words without --json', async () => {
    const path = await study();
    const r = await cli('autocode', path, 'plots', '--code', 'Plots');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Coded \d+ passages as Plots \(new code\)\.\n$/);
  });

  it('refuses a missing --code, an unknown scope, an empty query and a search with no hits, changing nothing', async () => {
    const path = await study();
    const missing = await cli('autocode', path, 'plots');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/--code/);
    const scope = await cli('autocode', path, 'plots', '--code', 'P', '--scope', 'paragraph');
    expect(scope.code).toBe(2);
    expect(scope.err).toMatch(/hit\|sentence\|turn\|answer/);
    // The query's own errors are the search engine's, passed on as they are.
    const empty = await cli('autocode', path, '  ', '--code', 'P');
    expect(empty.code).not.toBe(0);
    expect(empty.err).toMatch(/at least one word/);
    const none = await cli('autocode', path, 'zebrafish', '--code', 'P');
    expect(none.code).not.toBe(0);
    expect(none.err).toMatch(/Nothing to code/);
    expect(await codings(path)).toEqual([]);
    expect(JSON.parse((await cli('info', path, '--json')).out)).toMatchObject({ codes: 0, codings: 0 });
  });
});
