import { describe, expect, it } from 'vitest';
import type { ColumnTarget } from '../../../shared/domain/participantImport';
import { categoryOptions, planImport, suggestMapping } from '../../../shared/domain/participantImportPlan';
import type { Attribute } from '../../../shared/domain/study';
import { parseCsv } from '../../../shared/text/csv';
import { problemWords } from '../../english';

const attr = (over: Partial<Attribute> & Pick<Attribute, 'name' | 'type'>): Attribute => ({
  id: crypto.randomUUID(),
  options: [],
  scaleKind: null,
  scaleMin: null,
  scaleMax: null,
  position: 0,
  ...over,
});
const NAME: ColumnTarget = { kind: 'name' };
const IGNORE: ColumnTarget = { kind: 'ignore' };

describe('suggestMapping', () => {
  it('finds the name column by common headers, once, and notes columns', () => {
    for (const header of ['Name', 'participant', 'Participant name', 'PSEUDONYM', 'Display name', 'Respondent', 'respondent name'])
      expect(suggestMapping(parseCsv(`${header}\nAna\n`), [])[0], header).toEqual(NAME);
    const t = parseCsv('Name,Respondent,Notes,Comment\nA,B,C,D\n');
    expect(suggestMapping(t, []).map((m) => m.kind)).toEqual(['name', 'newAttribute', 'notes', 'notes']);
  });

  it('maps headers to existing attributes by name in any case, and ignores empty headers', () => {
    const seg = attr({ name: 'Segment', type: 'category', options: ['A'] });
    const t = parseCsv('Name,SEGMENT,\nAna,A,x\n');
    expect(suggestMapping(t, [seg])).toEqual([NAME, { kind: 'attribute', attributeId: seg.id }, IGNORE]);
  });

  it('infers types from the values of new columns', () => {
    const t = parseCsv(
      [
        'Name,NPS,How likely to recommend,CSAT,Satisfaction,CES,Effort score,Orders,Since,Segment,Quote,NPS 2',
        'A,0,10,1,5,1,7,3,2024-01-01,Family,loved it,11',
        'B,10,3,5,2,7,2,4.5,2023-12-31,solo,slow,3',
        'C,7,, 3 ,4,4,1,-2,2022-02-28,Family,cold,5',
        'D,9,8,2,1,2,3,0,2021-06-30,FAMILY,late,7',
      ].join('\n'),
    );
    const kinds = suggestMapping(t, []).map((m) =>
      m.kind === 'newAttribute' ? `${m.type}${m.scaleKind ? `:${m.scaleKind}` : ''}` : m.kind,
    );
    expect(kinds).toEqual([
      'name',
      'score:nps',
      'score:nps',
      'score:csat',
      'score:csat',
      'score:ces',
      'score:ces',
      'number',
      'date',
      'category',
      'text',
      'number',
    ]);
  });

  it('needs enough repetition before calling a column a category', () => {
    expect(suggestMapping(parseCsv('Name,Seg\nA,x\nB,y\nC,x\n'), [])[1]).toMatchObject({ type: 'text' }); // only 3 values
    expect(suggestMapping(parseCsv('Name,Seg\nA,x\nB,y\nC,z\nD,w\n'), [])[1]).toMatchObject({ type: 'text' }); // all distinct
    expect(suggestMapping(parseCsv('Name,Seg\nA,x\nB,y\nC,x\nD,y\n'), [])[1]).toMatchObject({ type: 'category' });
    expect(suggestMapping(parseCsv('Name,Empty\nA,\nB,\n'), [])[1]).toMatchObject({ type: 'text' });
  });

  it('cuts long headers to the 80 characters an attribute name may have', () => {
    const m = suggestMapping(parseCsv(`Name,${'H'.repeat(120)}\nA,x\n`), [])[1];
    expect(m).toMatchObject({ kind: 'newAttribute', name: 'H'.repeat(80) });
  });
});

describe('categoryOptions', () => {
  it('lists distinct values in order of first appearance, first spelling wins', () => {
    const t = parseCsv('Name,Seg\nA,Solo\nB, family \nC,SOLO\nD,\nE,Family\nF,Older\n');
    expect(categoryOptions(t, 1)).toEqual(['Solo', 'family', 'Older']);
  });
});

describe('planImport', () => {
  const existing = new Map([['ana lopez', 'id-ana']]);

  it('plans new and existing participants with coerced values and notes', () => {
    const nps = attr({ name: 'NPS', type: 'score', scaleKind: 'nps', scaleMin: 0, scaleMax: 10 });
    const t = parseCsv('Name,NPS,Notes,Skip\n ANA LOPEZ ,9, likes it ,x\nBen,,,y\n');
    const plan = planImport(t, [NAME, { kind: 'attribute', attributeId: nps.id }, { kind: 'notes' }, IGNORE], [nps], existing);
    expect(problemWords(plan.errors)).toEqual([]);
    expect(plan.rows).toEqual([
      { line: 2, name: 'ANA LOPEZ', notes: 'likes it', existingId: 'id-ana', values: new Map([[1, 9]]) },
      { line: 3, name: 'Ben', notes: null, existingId: null, values: new Map([[1, null]]) },
    ]);
  });

  it('reports every bad row with its physical line and all of its problems', () => {
    const seg = attr({ name: 'Segment', type: 'category', options: ['Family', 'Solo'] });
    const t = parseCsv(
      'Name,Segment\nAna,Family\n"Ben\nBenson",Couple\n,Solo\nana,Solo\nDee\nEve,Solo,extra\n' + `${'x'.repeat(201)},Solo\n`,
    );
    const plan = planImport(t, [NAME, { kind: 'attribute', attributeId: seg.id }], [seg], new Map());
    expect(plan.rows.map((r) => r.name)).toEqual(['Ana']);
    expect(problemWords(plan.errors)).toEqual([
      { line: 3, message: 'Segment: "Couple" is not one of "Family", "Solo"' },
      { line: 5, message: 'the participant name is empty' },
      { line: 6, message: '"ana" already appears on line 2' },
      { line: 7, message: 'has 1 fields, the header has 2' },
      { line: 8, message: 'has 3 fields, the header has 2' },
      { line: 9, message: 'the participant name is longer than 200 characters' },
    ]);
  });

  it('needs exactly one name column and a mapping as wide as the file', () => {
    const t = parseCsv('A,B\n1,2\n');
    expect(problemWords(planImport(t, [IGNORE, IGNORE], [], new Map()).errors)).toEqual([
      { line: 1, message: 'Choose exactly one column as the participant name.' },
    ]);
    expect(planImport(t, [NAME, NAME], [], new Map()).errors[0]!.line).toBe(1);
    expect(problemWords(planImport(t, [NAME], [], new Map()).errors)).toEqual([
      { line: 1, message: 'The mapping has 1 columns but the file has 2.' },
    ]);
  });

  it('reports mapping problems on line 1: missing attributes, double targets, name clashes, scores without a scale', () => {
    const seg = attr({ name: 'Segment', type: 'text' });
    const t = parseCsv('Name,A,B,C,D,E\nAna,1,2,3,4,5\n');
    const plan = planImport(
      t,
      [
        NAME,
        { kind: 'attribute', attributeId: crypto.randomUUID() },
        { kind: 'attribute', attributeId: seg.id },
        { kind: 'attribute', attributeId: seg.id },
        { kind: 'newAttribute', name: 'SEGMENT', type: 'text', scaleKind: null },
        { kind: 'newAttribute', name: 'Mood', type: 'score', scaleKind: 'custom' },
      ],
      [seg],
      new Map(),
    );
    expect(plan.errors.filter((e) => e.line === 1).map((e) => e.message)).toEqual([
      'Column "A" is mapped to an attribute that no longer exists.',
      'Two columns are mapped to "Segment".',
      'There is already an attribute called "SEGMENT": map the column to it instead.',
      'Column "Mood": choose NPS, CSAT or CES for a score.',
    ]);
  });

  it('checks new attribute columns with the rule they will get', () => {
    const t = parseCsv('Name,NPS,Seg,When\nAna,11,Solo,2024-02-30\nBen,10,solo,2024-02-29\n');
    const mapping: ColumnTarget[] = [
      NAME,
      { kind: 'newAttribute', name: 'NPS', type: 'score', scaleKind: 'nps' },
      { kind: 'newAttribute', name: 'Seg', type: 'category', scaleKind: null },
      { kind: 'newAttribute', name: 'When', type: 'date', scaleKind: null },
    ];
    const plan = planImport(t, mapping, [], new Map());
    expect(problemWords(plan.errors)).toEqual([
      { line: 2, message: 'NPS: 11 is outside 0–10; When: "2024-02-30" is not a date (YYYY-MM-DD)' },
    ]);
    expect(plan.rows[0]!.values).toEqual(
      new Map<number, unknown>([
        [1, 10],
        [2, 'Solo'],
        [3, '2024-02-29'],
      ]),
    );
    expect(plan.rules.get(2)).toMatchObject({ type: 'category', options: ['Solo'] });
  });

  // Long category values are cut to 80 characters for the option list but compared in full, so a
  // row whose value is longer than 80 characters fails its own column. Which way to fix it
  // (keep longer options, or refuse the column as a category) is a product decision.
  it('accepts a new category column whose values are longer than 80 characters', () => {
    const long = 'L'.repeat(90);
    const t = parseCsv(`Name,Answer\nA,${long}\nB,${long}\n`);
    const plan = planImport(t, [NAME, { kind: 'newAttribute', name: 'Answer', type: 'category', scaleKind: null }], [], new Map());
    expect(problemWords(plan.errors)).toEqual([]);
  });
});
