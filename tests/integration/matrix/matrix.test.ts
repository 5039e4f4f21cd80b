import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codingWorkspace, type Workspace } from '../codingFixtures';

let w: Workspace;
beforeEach(async () => {
  w = await codingWorkspace();
});
afterEach(() => w.close());

const dir = mkdtempSync(join(tmpdir(), 'verbatim-matrix-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * FG 1: Dana moderates; Priya (NPS 9) and Gareth (NPS 3) answer. Delivery (with the sub-code Slots)
 * and 价格 code their words; one Delivery coding holds only Dana's question.
 */
async function focusGroup() {
  const fg = w.transcript([
    ['Dana', 'What gets in the way when you order?'],
    ['Priya', 'Slots vanish by Tuesday, every single week.'],
    ['Gareth', '价格太贵了 and the drivers are rushed.'],
  ]);
  const people = await w.call('participants:list', {});
  const id = (name: string) => people.find((p) => p.displayName === name)!.id;
  await w.call('participants:setSessionRole', { participantId: id('Dana'), sessionId: w.session.id, role: 'moderator' });
  const nps = await w.call('attributes:create', { name: 'NPS', type: 'score', scaleKind: 'nps' });
  await w.call('participants:setValue', { participantId: id('Priya'), attributeId: nps.id, value: 9 });
  await w.call('participants:setValue', { participantId: id('Gareth'), attributeId: nps.id, value: 3 });
  const delivery = await w.call('codes:create', { name: 'Delivery' });
  const slots = await w.call('codes:create', { name: 'Slots', parentId: delivery.id });
  const price = await w.call('codes:create', { name: '价格' });
  const code = async (words: string, codeId: string) => (await w.call('codings:create', { ...(await w.rangeOf(fg, words)), codeId })).id;
  await code('Slots vanish by Tuesday', delivery.id);
  await code('when you order?\n\nSlots vanish', slots.id);
  const question = await code('What gets in the way', delivery.id);
  await code('价格太贵了', price.id);
  await code('every single week.\n\n价格太贵了 and', delivery.id);
  return { nps, delivery, slots, price, question };
}

describe('queries:matrix', () => {
  it('counts codings and respondents by NPS group, leaving the moderator’s words out', async () => {
    const s = await focusGroup();
    const input = { codeIds: [s.delivery.id, s.price.id], columns: { by: 'attribute' as const, attributeId: s.nps.id } };
    const m = await w.call('queries:matrix', input);
    expect(m.rows.map((r) => r.path)).toEqual(['Delivery', '价格']);
    expect(m.columns).toEqual([
      { key: 'promoter', label: 'Promoter' },
      { key: 'passive', label: 'Passive' },
      { key: 'detractor', label: 'Detractor' },
    ]);
    // Delivery: its own two codings of Priya's words, Slots (the question and her answer), and the
    // one across Priya and Gareth, which counts in both columns but once in the totals.
    expect(m.cells).toEqual([
      [3, 0, 1],
      [0, 0, 1],
    ]);
    expect(m.rowTotals).toEqual([3, 1]);
    expect(m.columnTotals).toEqual([3, 0, 2]);
    expect(m.total).toBe(4);
    expect(m.title).toBe('Codings by NPS · with sub-codes · respondents only');

    const people = await w.call('queries:matrix', { ...input, count: 'participants' });
    expect(people.cells).toEqual([
      [1, 0, 1],
      [0, 0, 1],
    ]);
    expect(people.total).toBe(2);

    const own = await w.call('queries:matrix', { ...input, includeChildren: false });
    expect(own.cells[0]).toEqual([2, 0, 1]);
  });

  it('counts the moderator’s coding by session only when asked to', async () => {
    const s = await focusGroup();
    const input = { codeIds: [s.delivery.id], columns: { by: 'sessions' as const } };
    expect((await w.call('queries:matrix', input)).cells).toEqual([[3]]);
    const everyone = await w.call('queries:matrix', { ...input, includeModerator: true });
    expect(everyone.cells).toEqual([[4]]);
    expect(everyone.title).toContain('moderators, observers and note-takers counted');
    const cell = await w.call('queries:matrixCell', {
      ...input,
      includeModerator: true,
      rowId: s.delivery.id,
      columnKey: w.session.id,
    });
    expect(cell.passages.map((p) => p.codingId)).toContain(s.question);
  });

  it('codes as columns count the row codings that overlap them', async () => {
    const s = await focusGroup();
    const m = await w.call('queries:matrix', {
      codeIds: [s.delivery.id, s.price.id],
      columns: { by: 'codes', codeIds: [s.price.id, s.slots.id] },
      includeChildren: false,
    });
    // Delivery's own codings in scope: "Slots vanish by Tuesday" shares "Slots vanish" with Slots; the one
    // across Priya and Gareth shares 价格太贵了 with 价格; the moderator's question is out of scope. 价格 meets itself.
    expect(m.cells).toEqual([
      [1, 1],
      [1, 0],
    ]);
  });

  it('a saved coding query is a row: its passages counted like codings, and a cell opens them', async () => {
    const s = await focusGroup();
    const saved = await w.call('queries:save', {
      name: 'Price or slots',
      expression: '"价格" OR "Delivery/Slots"',
      restrictions: { sessionIds: [], speakers: [], coderIds: [], attributes: [] },
    });
    const input = {
      codeIds: [s.price.id],
      savedQueryIds: [saved.id],
      columns: { by: 'attribute' as const, attributeId: s.nps.id },
    };
    const m = await w.call('queries:matrix', input);
    expect(m.rows).toEqual([
      { kind: 'code', id: s.price.id, path: '价格', name: '价格' },
      { kind: 'query', id: saved.id, path: 'Price or slots', name: 'Price or slots' },
    ]);
    // Two passages: Slots (Dana's question and Priya's answer: a promoter) and 价格 (Gareth: a detractor).
    expect(m.cells).toEqual([
      [0, 0, 1],
      [1, 0, 1],
    ]);
    expect(m.rowTotals).toEqual([1, 2]);
    // Both rows hold 价格太贵了: the column total counts it twice, once per row (they are different things).
    expect(m.columnTotals).toEqual([1, 0, 2]);
    const words = await w.call('queries:matrix', { ...input, count: 'words' });
    expect(words.cells[1]).toEqual([5, 0, 3]);
    const cell = await w.call('queries:matrixCell', { ...input, rowId: saved.id, columnKey: 'promoter' });
    expect(cell.passages.map((p) => [p.quote, p.codePath])).toEqual([['when you order?\n\nSlots vanish', 'Price or slots']]);
    const gone = await w.attempt('queries:matrix', { ...input, savedQueryIds: [crypto.randomUUID()] });
    expect(gone.ok || gone.error).toMatchObject({ code: 'NOT_FOUND', message: 'That saved query no longer exists.' });
    const none = await w.attempt('queries:matrix', { codeIds: [], columns: { by: 'sessions' } });
    expect(none.ok || none.error).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Choose at least one code or saved query for the rows.',
    });
  });

  it('refuses what it cannot count, in plain words, and writes nothing', async () => {
    const s = await focusGroup();
    const before = w.study.db.prepare('SELECT count(*) AS n FROM op_log').get();
    const since = await w.call('attributes:create', { name: 'Customer since', type: 'date' });
    const opsBefore = w.study.db.prepare('SELECT count(*) AS n FROM op_log').get();
    const gone = await w.attempt('queries:matrix', { codeIds: [crypto.randomUUID()], columns: { by: 'sessions' } });
    expect(gone.ok || gone.error).toMatchObject({ code: 'NOT_FOUND', message: 'That code no longer exists.' });
    const dates = await w.attempt('queries:matrix', { codeIds: [s.delivery.id], columns: { by: 'attribute', attributeId: since.id } });
    expect(dates.ok || dates.error).toMatchObject({ code: 'INVALID_INPUT' });
    expect(dates.ok || dates.error.message).toContain('“Customer since” has too many different values');
    const noAttribute = await w.attempt('queries:matrix', {
      codeIds: [s.delivery.id],
      columns: { by: 'attribute', attributeId: crypto.randomUUID() },
    });
    expect(noAttribute.ok || noAttribute.error).toMatchObject({ code: 'NOT_FOUND' });
    for (const bad of [
      { codeIds: [s.delivery.id], columns: { by: 'rows' } },
      { codeIds: [s.delivery.id], columns: { by: 'sessions' }, count: 'everything' },
      { codeIds: Array.from({ length: 201 }, () => s.delivery.id), columns: { by: 'sessions' } },
    ])
      expect((await w.attempt('queries:matrix', bad as never)).ok).toBe(false);
    const cell = await w.attempt('queries:matrixCell', {
      codeIds: [s.delivery.id],
      columns: { by: 'sessions' },
      rowId: s.delivery.id,
      columnKey: 'no such session',
    });
    expect(cell.ok || cell.error).toMatchObject({
      code: 'NOT_FOUND',
      message: 'That cell is no longer in the matrix. Run the matrix again.',
    });
    expect(w.study.db.prepare('SELECT count(*) AS n FROM op_log').get()).toEqual(opsBefore);
    expect(opsBefore).not.toEqual(before);
  });
});

/** Python's zipfile and ElementTree read the sheet: each cell's reference, type and value. */
function pythonSheet(bytes: Uint8Array): { ref: string; type: string | null; value: string }[] {
  const file = join(dir, `${crypto.randomUUID()}.xlsx`);
  writeFileSync(file, bytes);
  const script = [
    'import json, sys, zipfile, xml.etree.ElementTree as ET',
    'ns = {"s": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}',
    'root = ET.fromstring(zipfile.ZipFile(sys.argv[1]).read("xl/worksheets/sheet1.xml"))',
    'out = []',
    'for c in root.iter("{%s}c" % ns["s"]):',
    '    v = c.find("s:v", ns)',
    '    t = c.find("s:is/s:t", ns)',
    '    out.append({"ref": c.get("r"), "type": c.get("t"), "value": v.text if v is not None else t.text})',
    'print(json.dumps(out))',
  ].join('\n');
  const r = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { ref: string; type: string | null; value: string }[];
}

function pythonCsv(bytes: Uint8Array, delimiter: string): string[][] {
  const file = join(dir, `${crypto.randomUUID()}.csv`);
  writeFileSync(file, bytes);
  const script = `import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline=""), delimiter=${JSON.stringify(delimiter)}))))`;
  const r = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[][];
}

describe('queries:matrixExport', () => {
  it('writes an Excel sheet with a title row and the counts as numbers', async () => {
    const s = await focusGroup();
    const input = {
      codeIds: [s.delivery.id, s.price.id],
      columns: { by: 'attribute' as const, attributeId: s.nps.id },
      format: 'xlsx' as const,
    };
    const delivery = await w.call('queries:matrixExport', input);
    expect(delivery.files).toHaveLength(1);
    expect(delivery.files[0]!.name).toBe('Codings-by-NPS.xlsx');
    const cells = pythonSheet(Buffer.from(delivery.files[0]!.dataBase64, 'base64'));
    const at = (ref: string) => cells.find((c) => c.ref === ref);
    expect(at('A1')).toMatchObject({ type: 'inlineStr', value: 'Codings by NPS · with sub-codes · respondents only' });
    expect(['A2', 'B2', 'C2', 'D2', 'E2'].map((r) => at(r)?.value)).toEqual(['Code', 'Promoter', 'Passive', 'Detractor', 'Total']);
    expect(['A3', 'B3', 'C3', 'D3', 'E3'].map((r) => at(r)?.value)).toEqual(['Delivery', '3', '0', '1', '3']);
    expect(['A4', 'B4', 'D4', 'E4'].map((r) => at(r)?.value)).toEqual(['价格', '0', '1', '1']);
    expect(['A5', 'B5', 'C5', 'D5', 'E5'].map((r) => at(r)?.value)).toEqual(['Total', '3', '0', '2', '4']);
    // Numbers are numbers: no type attribute (a number cell), never an inline string.
    for (const ref of ['B3', 'E3', 'D4', 'E5']) expect(at(ref)!.type).toBeNull();
  });

  it('writes a CSV with a BOM in the language’s separator, readable with accents and Chinese', async () => {
    const s = await focusGroup();
    const input = {
      codeIds: [s.delivery.id, s.price.id],
      columns: { by: 'attribute' as const, attributeId: s.nps.id },
      format: 'csv' as const,
    };
    const hu = await w.call('queries:matrixExport', { ...input, language: 'hu' });
    const bytes = Buffer.from(hu.files[0]!.dataBase64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(pythonCsv(bytes, ';')).toEqual([
      ['Kódolások – NPS szerint · alkódokkal · csak válaszadók'],
      ['Kód', 'Ajánló', 'Passzív', 'Kritikus', 'Összesen'],
      ['Delivery', '3', '0', '1', '3'],
      ['价格', '0', '0', '1', '1'],
      ['Összesen', '3', '0', '2', '4'],
    ]);
  });

  it('refuses a matrix without columns before any file is made', async () => {
    const code = await w.call('codes:create', { name: 'Delivery' });
    const r = await w.attempt('queries:matrixExport', { codeIds: [code.id], columns: { by: 'participants' }, format: 'csv' });
    expect(r.ok || r.error).toMatchObject({ code: 'INVALID_INPUT', message: 'The matrix has no columns, so there is nothing to export.' });
  });
});
