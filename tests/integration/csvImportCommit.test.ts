import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ColumnTarget } from '../../shared/domain/participantImport';
import type { Attribute } from '../../shared/domain/study';
import { b64, dumpStudy, incoming, makeEnv, type TestEnv } from './helpers';
import { problemWords } from '../english';
import { translatorFor } from '../../shared/i18n/translator';
import { failureText, type AppFailure } from '../../shared/result';

let env: TestEnv;
let studyPath: string;
beforeEach(async () => {
  env = makeEnv();
  studyPath = (await env.createStudy('commit')).path;
});
afterEach(() => {
  env.backend.close();
  env.cleanup();
});

const NPS: ColumnTarget = { kind: 'newAttribute', name: 'NPS', type: 'score', scaleKind: 'nps' };
const fixture = (name: string) => readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url));
const commit = (data: string | Uint8Array, mapping: ColumnTarget[], skipInvalid = false, fileName = 'people.csv') =>
  env.call('participants:importCommit', { ...incoming(env, 'csv', fileName, b64(data)), mapping, skipInvalid });
/** Commits with the mapping the preview suggests, as a user accepting the defaults would. */
async function commitSuggested(data: string | Uint8Array, skipInvalid = false) {
  const p = await env.ok('participants:importPreview', incoming(env, 'csv', 'people.csv', b64(data)));
  return commit(data, p.mapping, skipInvalid);
}
async function people() {
  const attributes = await env.ok('attributes:list', {});
  const name = (id: string) => attributes.find((a) => a.id === id)!.name;
  return (await env.ok('participants:list', {})).map((p) => ({
    name: p.displayName,
    notes: p.notes,
    values: Object.fromEntries(Object.entries(p.values).map(([id, v]) => [name(id), v])),
  }));
}

describe('committing an import', () => {
  it('creates participants and new attributes with the inferred types', async () => {
    const r = await commitSuggested(fixture('excel-semicolon.csv'));
    expect(r).toEqual({ ok: true, value: { created: 5, updated: 0, attributesCreated: 4, skipped: 0 } });
    const attributes = await env.ok('attributes:list', {});
    expect(
      attributes.map(({ name, type, options, scaleKind, scaleMin, scaleMax }) => ({ name, type, options, scaleKind, scaleMin, scaleMax })),
    ).toEqual([
      {
        name: 'Segment',
        type: 'category',
        options: ['Family weekly shop', 'Busy professional'],
        scaleKind: null,
        scaleMin: null,
        scaleMax: null,
      },
      { name: 'NPS', type: 'score', options: [], scaleKind: 'nps', scaleMin: 0, scaleMax: 10 },
      { name: 'CSAT', type: 'score', options: [], scaleKind: 'csat', scaleMin: 1, scaleMax: 5 },
      { name: 'Customer since', type: 'date', options: [], scaleKind: null, scaleMin: null, scaleMax: null },
    ]);
    const all = await people();
    expect(all.find((p) => p.name === 'Eva Novak')).toEqual({
      name: 'Eva Novak',
      notes: null,
      values: { Segment: 'Family weekly shop', NPS: 8, CSAT: 4, 'Customer since': '2023-03-30' },
    });
    expect(all.find((p) => p.name === 'Ana Lopez')!.notes).toBe('Loves the app; hates "substitutions"');
    expect(all.find((p) => p.name === 'Ben Carter')!.notes).toBe('Two lines:\nlate, and cold');
  });

  it('stores formula-looking cells as literal text', async () => {
    const r = await commit(fixture('formulas.csv'), [
      { kind: 'name' },
      { kind: 'newAttribute', name: 'Favourite', type: 'text', scaleKind: null },
    ]);
    expect(r.ok).toBe(true);
    expect(Object.fromEntries((await people()).map((p) => [p.name, p.values.Favourite]))).toEqual({
      Eve: '@SUM(A1)',
      Mallory: '=HYPERLINK("http://evil.example","x")',
      Oscar: '-2+3',
      Trent: '+1',
    });
    const suggested = await env.ok('participants:importPreview', incoming(env, 'csv', 'f.csv', b64(fixture('formulas.csv'))));
    expect(suggested.mapping[1]).toEqual({ kind: 'attribute', attributeId: expect.any(String) });
  });

  it("says the refusal in the reader's language: the count, each line and its problems (Croatian, Chinese)", async () => {
    const data = 'Name,NPS,Segment\nAna,9,A\nBen,11,B\nCy,7,A\nana,3,B\nDee,5\n';
    const r = await commit(data, [{ kind: 'name' }, NPS, { kind: 'newAttribute', name: 'Segment', type: 'category', scaleKind: null }]);
    // Across the boundary as JSON, as the renderer and the CLI receive it.
    const error = JSON.parse(JSON.stringify(r.ok ? null : r.error)) as AppFailure;
    expect(error.message).toBe(
      'people.csv: 3 row(s) have problems, so nothing was imported (line 3: NPS: 11 is outside 0–10; line 5: "ana" already appears on line 2; line 6: has 2 fields, the header has 3).',
    );
    expect(failureText(translatorFor('hr'), error)).toBe(
      'people.csv: 3 retka imaju probleme, pa ništa nije uvezeno (redak 3: NPS: 11 je izvan raspona 0–10; redak 5: „ana” se već pojavljuje u retku 2; redak 6: broj polja je 2, a zaglavlje ih ima 3).',
    );
    expect(failureText(translatorFor('zh-Hans'), error)).toBe(
      'people.csv：3 行有问题，因此未导入任何内容（第 3 行：NPS：11 超出 0–10 的范围；第 5 行：“ana”已出现在第 2 行；第 6 行：有 2 个字段，标题行有 3 个）。',
    );
  });

  it('refuses the whole file when any row is bad, and changes nothing at all', async () => {
    await env.ok('participants:create', { displayName: 'Existing' });
    const before = dumpStudy(env);
    const data = 'Name,NPS,Segment\nAna,9,A\nBen,11,B\nCy,7,A\nana,3,B\nDee,5\n';
    const r = await commit(data, [{ kind: 'name' }, NPS, { kind: 'newAttribute', name: 'Segment', type: 'category', scaleKind: null }]);
    expect(r).toMatchObject({ ok: false, error: { code: 'IMPORT_FAILED' } });
    const message = r.ok ? '' : r.error.message;
    expect(message).toMatch(/^people\.csv: 3 row\(s\) have problems, so nothing was imported/);
    expect(message).toContain('line 3: NPS: 11 is outside 0–10');
    expect(message).toContain('line 5: "ana" already appears on line 2');
    expect(message).toContain('line 6: has 2 fields, the header has 3');
    expect(dumpStudy(env)).toEqual(before);
  });

  it('a refused import leaves the study file byte-for-byte as it was', async () => {
    await env.ok('participants:create', { displayName: 'Existing' });
    await env.ok('study:close', {});
    const before = readFileSync(studyPath);
    await env.ok('study:open', { path: studyPath });
    expect((await commit('Name,NPS\nAna,9\nBen,99\n', [{ kind: 'name' }, NPS])).ok).toBe(false);
    expect((await commit('Name\n"never closed\n', [{ kind: 'name' }])).ok).toBe(false);
    await env.ok('study:close', {});
    expect(readFileSync(studyPath).equals(before)).toBe(true);
  });

  it('with skipInvalid imports the good rows and counts the skipped ones', async () => {
    const r = await commit('Name,NPS\nAna,9\nBen,11\n,4\nCy,0\n', [{ kind: 'name' }, NPS], true);
    expect(r).toEqual({ ok: true, value: { created: 2, updated: 0, attributesCreated: 1, skipped: 2 } });
    expect((await people()).map((p) => [p.name, p.values.NPS])).toEqual([
      ['Ana', 9],
      ['Cy', 0],
    ]);
  });

  it('never skips mapping problems, and refuses a file with nothing to import', async () => {
    const header = await commit('Name,X\nAna,1\n', [{ kind: 'ignore' }, { kind: 'ignore' }], true);
    expect(header).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_FAILED', message: 'Choose exactly one column as the participant name.' },
    });
    const score = await commit(
      'Name,X\nAna,1\n',
      [{ kind: 'name' }, { kind: 'newAttribute', name: 'X', type: 'score', scaleKind: null }],
      true,
    );
    expect(score).toMatchObject({ ok: false, error: { code: 'IMPORT_FAILED', message: expect.stringMatching(/choose NPS, CSAT or CES/) } });
    expect(await commit('Name,X\n', [{ kind: 'name' }, { kind: 'ignore' }])).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_FAILED', message: 'people.csv has no participant rows to import.' },
    });
    expect(await commit('Name\n\n', [{ kind: 'name' }, { kind: 'ignore' }])).toMatchObject({ ok: false, error: { code: 'IMPORT_FAILED' } });
    expect(
      (await commit('Name,NPS\nAna,x\n', [{ kind: 'name' }, { kind: 'newAttribute', name: 'NPS', type: 'number', scaleKind: null }], true))
        .ok,
    ).toBe(false);
    expect(await env.ok('attributes:list', {})).toEqual([]);
    expect(await env.ok('participants:list', {})).toEqual([]);
  });

  it('rolls everything back when a write fails part-way', async () => {
    // A temporary trigger (this connection only; the file's schema is untouched) fails the 3rd insert.
    env.backend.context.studies
      .require()
      .db.exec(
        "CREATE TEMP TRIGGER boom BEFORE INSERT ON participants WHEN NEW.display_name = 'Boom' BEGIN SELECT RAISE(ABORT, 'boom'); END",
      );
    const before = dumpStudy(env);
    const r = await commitSuggested('Name,Segment\nAna,A\nBen,B\nBoom,A\nDee,B\n');
    expect(r.ok).toBe(false);
    expect(dumpStudy(env)).toEqual(before);
  });
});

describe('importing again', () => {
  it('updates people by name in any case, keeps values for empty cells, adds new people', async () => {
    expect((await commitSuggested('Name,NPS,Segment\nAna,9,Solo\nBen,3,Family\nCy,5,Solo\nDee,8,Family\n')).ok).toBe(true);
    const attrs = await env.ok('attributes:list', {});
    const r = await commitSuggested('Name,NPS,Segment\nANA,10,\nben,,solo\nEve,6,Family\n');
    expect(r).toEqual({ ok: true, value: { created: 1, updated: 2, attributesCreated: 0, skipped: 0 } });
    expect(await env.ok('attributes:list', {})).toEqual(attrs);
    expect((await people()).map((p) => [p.name, p.values.NPS, p.values.Segment])).toEqual([
      ['Ana', 10, 'Solo'],
      ['Ben', 3, 'Solo'],
      ['Cy', 5, 'Solo'],
      ['Dee', 8, 'Family'],
      ['Eve', 6, 'Family'],
    ]);
  });

  it('maps columns to the existing attributes and checks values against them', async () => {
    const seg: Attribute = await env.ok('attributes:create', { name: 'Segment', type: 'category', options: ['Family', 'Solo'] });
    const p = await env.ok('participants:importPreview', incoming(env, 'csv', 'p.csv', b64('Name,segment\nAna,Couple\nBen,solo\n')));
    expect(p.mapping).toEqual([{ kind: 'name' }, { kind: 'attribute', attributeId: seg.id }]);
    expect(problemWords(p.errors)).toEqual([{ line: 2, message: 'Segment: "Couple" is not one of "Family", "Solo"' }]);
    expect(p.sample).toEqual([{ line: 3, name: 'Ben', values: ['Solo'] }]);
  });

  // Notes of people who already exist are dropped without a word: only values are updated. Either
  // fill them (as for new people) or tell the user in the preview; which one is a product decision.
  it('does something visible with the notes of existing participants', async () => {
    await env.ok('participants:create', { displayName: 'Ana', notes: 'old' });
    expect((await commit('Name,Notes\nAna,new\n', [{ kind: 'name' }, { kind: 'notes' }])).ok).toBe(true);
    expect((await people())[0]!.notes).toBe('new');
  });
});

describe('import edge cases', () => {
  // A new category column whose cells are all empty becomes a category with no values at all,
  // which attributes:create refuses ("a category attribute needs at least one value"). Skipping
  // the column or making it text are both reasonable; the choice is open.
  it('does not create a category attribute without values', async () => {
    const mapping: ColumnTarget[] = [{ kind: 'name' }, { kind: 'newAttribute', name: 'Segment', type: 'category', scaleKind: null }];
    expect((await commit('Name,Segment\nAna,\nBen,\n', mapping)).ok).toBe(true);
    for (const a of await env.ok('attributes:list', {})) if (a.type === 'category') expect(a.options.length).toBeGreaterThan(0);
  });
});

describe('import and events', () => {
  // The UI hears of an import and a rename through the one change event every write publishes
  // (it was a hand-placed study:changed, once missing from both).
  it('announces data:changed after an import and after a rename', async () => {
    env.events.length = 0;
    expect((await commit('Name\nAna\n', [{ kind: 'name' }])).ok).toBe(true);
    await env.ok('study:rename', { title: 'New title' });
    expect(env.events.map((e) => e.name)).toEqual(['data:changed', 'data:changed']);
    expect(env.events.map((e) => (e.payload as { kinds: string[] }).kinds)).toEqual([
      ['sessions', 'participants', 'attributes'],
      ['study'],
    ]);
  });
});
