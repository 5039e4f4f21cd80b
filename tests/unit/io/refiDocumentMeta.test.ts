import { describe, expect, it } from 'vitest';
import { DocumentMeta, readDocumentMeta } from '../../../main/io/refi/verbatimMeta';

// A document's `[verbatim]` line is checked by plain code first (the zod schema was slow over 100,000
// turns); the schema keeps the last word. Whatever the line holds, both must give the same answer.

const turn = (): unknown[] => [0, 12, '3f0c6a52-9d1e-4c2b-8a7f-1e2d3c4b5a69', 'Anna', 0, 2500, null, 0];

/** A turn spoiled in one place, each way the schema refuses (or the plain checks might get wrong). */
const spoiled: [string, (t: unknown[]) => unknown][] = [
  ['a negative start', (t) => ((t[0] = -1), t)],
  ['a fractional end', (t) => ((t[1] = 1.5), t)],
  ['an end past safe integers', (t) => ((t[1] = 2 ** 53), t)],
  ['a start as text', (t) => ((t[0] = '0'), t)],
  ['a participant that is a number', (t) => ((t[2] = 7), t)],
  ['a participant id of 101 characters', (t) => ((t[2] = 'x'.repeat(101)), t)],
  ['a label of 201 characters', (t) => ((t[3] = 'y'.repeat(201)), t)],
  ['a label of 200 characters (allowed)', (t) => ((t[3] = 'y'.repeat(200)), t)],
  ['a negative time', (t) => ((t[4] = -5), t)],
  ['no times (allowed)', (t) => ((t[4] = null), (t[5] = null), t)],
  ['a question id that is an object', (t) => ((t[6] = {}), t)],
  ['a star of 2', (t) => ((t[7] = 2), t)],
  ['a star of true', (t) => ((t[7] = true), t)],
  ['a missing star', (t) => t.slice(0, 7)],
  ['a ninth value', (t) => [...t, 0]],
  ['an object instead of a tuple', (t) => Object.fromEntries(t.map((v, i) => [i, v]))],
  ['null instead of a tuple', () => null],
];

const verdicts = (meta: unknown) => {
  const fast = readDocumentMeta(meta);
  const schema = DocumentMeta.safeParse(meta);
  return { fast, schema: schema.success ? schema.data : null };
};

describe('reading the turns a Verbatim export carries', () => {
  it('takes a line as Verbatim writes it, as the schema does', () => {
    const meta = { document: { length: 40, turns: [turn(), [14, 40, null, null, null, null, 'q1', 1]] } };
    const { fast, schema } = verdicts(meta);
    expect(schema).not.toBeNull();
    expect(fast).toEqual(schema);
  });

  it.each(spoiled)('answers as the schema does for a turn with %s', (_, spoil) => {
    const meta = { document: { length: 40, turns: [turn(), spoil(turn())] } };
    const { fast, schema } = verdicts(meta);
    expect(fast).toEqual(schema);
  });

  it.each([
    ['no document', { other: 1 }],
    ['a document that is a list', { document: [] }],
    ['a negative length', { document: { length: -1, turns: [] } }],
    ['a length as text', { document: { length: '40', turns: [] } }],
    ['turns that are not a list', { document: { length: 40, turns: {} } }],
    ['no turns', { document: { length: 40 } }],
    ['extra keys (dropped, as the schema drops them)', { document: { length: 40, turns: [turn()], extra: true }, more: 1 }],
    ['null', null],
  ])('answers as the schema does for %s', (_, meta) => {
    const { fast, schema } = verdicts(meta);
    expect(fast).toEqual(schema);
  });
});
