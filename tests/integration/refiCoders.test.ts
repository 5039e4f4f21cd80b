import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../shared/domain/refi';
import { b64, exportTo, incoming, makeEnv, type TestEnv } from './helpers';
import { at, g, qdpx, selection } from './refiFixtures';
import { entryWords } from '../english';

/**
 * A coding belongs to its coder: two coders who put one code on the same words keep a coding each
 * (their agreement is computed from exactly these), on import and when codes are merged. Only one
 * coder's repeats collapse.
 */

let env: TestEnv;
beforeEach(() => {
  env = makeEnv();
});
afterEach(() => env.cleanup());

const TEXT = 'The bus was late again.\nThe driver was friendly.';
const ANN = g(1);
const BEN = g(2);
const LATE = g(10);
const SERVICE = g(11);

/** Ann and Ben both code "The bus was late again." as Lateness; Ann codes it twice (an exporter's repeat) and also as Service. */
function twoCoders(): Uint8Array {
  const words = at(TEXT, 'The bus was late again.');
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Two coders" origin="NVivo 12">
<Users><User guid="${ANN}" name="Ann"/><User guid="${BEN}" name="Ben"/></Users>
<CodeBook><Codes><Code guid="${LATE}" name="Lateness" isCodable="true"/><Code guid="${SERVICE}" name="Service" isCodable="true"/></Codes></CodeBook>
<Sources><TextSource guid="${g(20)}" name="Interview" plainTextPath="internal://${g(20)}.txt">
${selection(g(30), words, [LATE], { user: ANN })}
${selection(g(31), words, [LATE], { user: BEN })}
${selection(g(32), words, [LATE], { user: ANN })}
${selection(g(33), words, [SERVICE], { user: ANN })}
</TextSource></Sources>
</Project>`;
  return qdpx(qde, { [`sources/${g(20)}.txt`]: TEXT });
}

const importNew = (bytes: Uint8Array): Promise<ImportReport> =>
  env.ok('refi:importQdpx', { ...incoming(env, 'qdpx', 'coders.qdpx', b64(bytes)), into: 'new' });

/** Coder and code name of every coding, sorted. */
function codings(): string[] {
  return env
    .query<{ who: string; code: string }>(
      'SELECT u.name AS who, k.name AS code FROM codings c JOIN users u ON u.id = c.coder_id JOIN codes k ON k.id = c.code_id',
    )
    .map((r) => `${r.who}: ${r.code}`)
    .sort();
}

describe('two coders on the same words', () => {
  it('import keeps one coding per coder and collapses only one coder’s repeat, saying so', async () => {
    const report = await importNew(twoCoders());
    expect(codings()).toEqual(['Ann: Lateness', 'Ann: Service', 'Ben: Lateness']);
    expect(report.counts.codings).toBe(3);
    expect(entryWords(report.mapped)).toContainEqual({
      what: expect.stringMatching(/^coding on "The bus was late again\."/),
      how: 'the same coder put the same code on the same words twice; imported once',
    });
  });

  it('merging the export back into its study adds nothing, and keeps both coders', async () => {
    await importNew(twoCoders());
    const exported = await exportTo(env, 'refi:exportQdpx', join(env.dir, 'back.qdpx'));
    const report = await env.ok('refi:importQdpx', { ...incoming(env, 'qdpx', 'back.qdpx', b64(exported.bytes)), into: 'open' });
    expect(report.counts.codings).toBe(0);
    expect(codings()).toEqual(['Ann: Lateness', 'Ann: Service', 'Ben: Lateness']);
  });

  it('merging codes collapses a coder’s duplicate into their own coding only', async () => {
    await importNew(twoCoders());
    const codes = await env.ok('codes:list', {});
    const id = (name: string) => codes.find((c) => c.name === name)!.id;
    await env.ok('codes:merge', { sourceId: id('Lateness'), targetId: id('Service') });
    expect(codings()).toEqual(['Ann: Service', 'Ben: Service']);
  });
});

/**
 * Coders that end up the same although the file names them apart: a new study still holds each coding
 * once. (Writing into a new document skips the comparison only when codes and coders stay distinct rows.)
 */
describe('codings whose coders become one', () => {
  const words = at(TEXT, 'The bus was late again.');
  const project = (users: string, codes: string, selections: string) =>
    qdpx(
      `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Same rows" origin="NVivo 12">
<Users>${users}</Users>
<CodeBook><Codes>${codes}</Codes></CodeBook>
<Sources><TextSource guid="${g(20)}" name="Interview" plainTextPath="internal://${g(20)}.txt">
${selections}
</TextSource></Sources>
</Project>`,
      { [`sources/${g(20)}.txt`]: TEXT },
    );
  const codingRows = () =>
    env.query<{ code: string; coder: string | null; quote: string }>('SELECT code_id AS code, coder_id AS coder, quote FROM codings');

  it('two users of one name are one coder, and their codings on the same words one coding', async () => {
    const users = `<User guid="${ANN}" name="Ann"/><User guid="${BEN}" name="Ann"/>`;
    const codes = `<Code guid="${LATE}" name="Lateness" isCodable="true"/>`;
    await importNew(
      project(users, codes, `${selection(g(30), words, [LATE], { user: ANN })}\n${selection(g(31), words, [LATE], { user: BEN })}`),
    );
    expect(codingRows()).toEqual([{ code: LATE, coder: ANN, quote: 'The bus was late again.' }]);
  });

  it('two coders the file does not list are no coder, and their codings on the same words one coding', async () => {
    const codes = `<Code guid="${LATE}" name="Lateness" isCodable="true"/>`;
    await importNew(
      project('', codes, `${selection(g(30), words, [LATE], { user: g(3) })}\n${selection(g(31), words, [LATE], { user: g(4) })}`),
    );
    expect(codingRows()).toEqual([{ code: LATE, coder: null, quote: 'The bus was late again.' }]);
  });
});
