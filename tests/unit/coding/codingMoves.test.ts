import { describe, expect, it } from 'vitest';
import { diffEdit, planCodingMoves, type TextEdit, type TextRange } from '../../../shared/domain/anchoring';

interface Coded extends TextRange {
  name: string;
}

/**
 * Applies a plan the way the services do (shift first, then each placement) and answers the words
 * each coding covers afterwards, or `orphaned:` and its old words.
 */
function apply(
  oldText: string,
  newText: string,
  edit: TextEdit,
  coded: Coded[],
  options: Parameters<typeof planCodingMoves>[4] = {},
): Record<string, string> {
  const plan = planCodingMoves(coded, (c) => c, edit, oldText, options);
  const at = new Map(coded.map((c) => [c.name, { start: c.start, end: c.end, orphaned: false }]));
  for (const c of plan.shifted) at.set(c.name, { start: c.start + plan.delta, end: c.end + plan.delta, orphaned: false });
  for (const { coding, range } of plan.placed) at.set(coding.name, range);
  const out: Record<string, string> = {};
  for (const c of coded) {
    const r = at.get(c.name)!;
    out[c.name] = r.orphaned ? `orphaned:${oldText.slice(c.start, c.end)}` : newText.slice(r.start, r.end);
  }
  return out;
}

/** A coding of the first occurrence of `words` in `text`. */
const code = (text: string, name: string, words: string): Coded => {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`no "${words}"`);
  return { name, start, end: start + words.length };
};

describe('planCodingMoves: a turn of a transcript edited (documents.replaceTurnText)', () => {
  const before = 'The driver was rude.\nPrices are fine.\nDelivery was late.';
  const coded = (text: string) => [
    code(text, 'rude', 'driver was rude'),
    code(text, 'prices', 'Prices'),
    code(text, 'late', 'Delivery was late'),
  ];
  /** The second turn is edited; everything after it only shifts. */
  const editTurn = (newTurn: string) => {
    const turnStart = before.indexOf('Prices');
    const turnEnd = turnStart + 'Prices are fine.'.length;
    const local = diffEdit(before.slice(turnStart, turnEnd), newTurn);
    const edit = { start: local.start + turnStart, end: local.end + turnStart, insertedLength: local.insertedLength };
    const after = before.slice(0, turnStart) + newTurn + before.slice(turnEnd);
    return apply(before, after, edit, coded(before), { shiftFrom: turnEnd + 1 });
  };

  it('an insertion before a coding moves it, inside it grows it, after it leaves it', () => {
    expect(editTurn('Really, Prices are fine.')).toEqual({ rude: 'driver was rude', prices: 'Prices', late: 'Delivery was late' });
    expect(editTurn('Priices are fine.')).toEqual({ rude: 'driver was rude', prices: 'Priices', late: 'Delivery was late' });
    expect(editTurn('Prices are fine!!')).toEqual({ rude: 'driver was rude', prices: 'Prices', late: 'Delivery was late' });
    // A replacement over a coding's edge keeps its surviving words and takes in the replacement.
    expect(editTurn('Our prices are fine.')).toEqual({ rude: 'driver was rude', prices: 'Our prices', late: 'Delivery was late' });
  });

  it('the later turn moves in one shift, not one by one', () => {
    const turnStart = before.indexOf('Prices');
    const plan = planCodingMoves(coded(before), (c) => c, { start: turnStart, end: turnStart, insertedLength: 4 }, before, {
      shiftFrom: turnStart + 17,
    });
    expect(plan.shifted.map((c) => c.name)).toEqual(['late']);
    expect(plan.delta).toBe(4);
    expect(plan.placed.map((p) => p.coding.name)).toEqual(['rude', 'prices']);
  });

  it('a shift start before the edit end is never used (a coding would move twice)', () => {
    const plan = planCodingMoves(
      [{ name: 'x', start: 5, end: 8 }],
      (c) => c,
      { start: 2, end: 10, insertedLength: 0 },
      'abcdefghijklmnop',
      { shiftFrom: 3 },
    );
    expect(plan.shiftFrom).toBe(10);
    expect(plan.shifted).toEqual([]);
  });
});

describe('planCodingMoves: a live note added, edited or deleted (notes.ts)', () => {
  it('a note added before a coded note moves its coding', () => {
    const before = 'First note\nSecond note';
    const inserted = '\nNew';
    const at = 'First note'.length;
    const after = before.slice(0, at) + inserted + before.slice(at);
    expect(
      apply(before, after, { start: at, end: at, insertedLength: inserted.length }, [
        code(before, 'second', 'Second note'),
        code(before, 'first', 'First'),
      ]),
    ).toEqual({
      second: 'Second note',
      first: 'First',
    });
  });

  it('a deletion across a coding boundary keeps the surviving words; one that takes all its words orphans it', () => {
    const before = 'alpha beta\ngamma delta\nepsilon';
    const from = before.indexOf('beta');
    const to = before.indexOf('delta');
    const after = before.slice(0, from) + before.slice(to);
    const result = apply(before, after, { start: from, end: to, insertedLength: 0 }, [
      code(before, 'ab', 'alpha beta'),
      code(before, 'gd', 'gamma delta'),
      code(before, 'g', 'gamma'),
      code(before, 'e', 'epsilon'),
    ]);
    expect(result).toEqual({ ab: 'alpha ', gd: 'delta', g: 'orphaned:gamma', e: 'epsilon' });
  });

  it('a tag on the whole note covers the whole note after words are added at its end', () => {
    const before = 'Slow checkout\nNext';
    const after = 'Slow checkout, twice\nNext';
    const edit = diffEdit(before, after);
    const whole = { before: { start: 0, end: 13 }, after: { start: 0, end: 20 } };
    expect(
      apply(before, after, edit, [code(before, 'note', 'Slow checkout'), code(before, 'slow', 'Slow')], { shiftFrom: 14, whole }),
    ).toEqual({
      note: 'Slow checkout, twice',
      slow: 'Slow',
    });
    // Without the rule, an insertion at the very end of a coding stays outside it.
    expect(apply(before, after, edit, [code(before, 'note', 'Slow checkout')], { shiftFrom: 14 })).toEqual({ note: 'Slow checkout' });
  });

  it('an emptied note does not stretch a whole-note tag to nothing', () => {
    const before = 'Gone\nNext';
    const plan = planCodingMoves([code(before, 'note', 'Gone')], (c) => c, { start: 0, end: 4, insertedLength: 0 }, before, {
      whole: { before: { start: 0, end: 4 }, after: { start: 0, end: 0 } },
    });
    expect(plan.placed[0]!.range.orphaned).toBe(true);
  });
});

describe('planCodingMoves: Chinese text and combining characters', () => {
  it('CJK: an insertion inside a coding of Chinese words grows it and moves the next one', () => {
    const before = '配送太慢了。价格还可以。';
    const after = '配送真的太慢了。价格还可以。';
    expect(apply(before, after, diffEdit(before, after), [code(before, 'slow', '配送太慢'), code(before, 'price', '价格')])).toEqual({
      slow: '配送真的太慢',
      price: '价格',
    });
  });

  it('CJK: a deletion across the boundary of two codings', () => {
    const before = '配送太慢了。价格还可以。';
    const after = '配送太格还可以。';
    expect(apply(before, after, diffEdit(before, after), [code(before, 'slow', '配送太慢'), code(before, 'price', '价格还可以')])).toEqual({
      slow: '配送太',
      price: '格还可以',
    });
  });

  it('combining marks: a mark added to a coded letter stays inside the coding', () => {
    // A combining acute typed after the e of a coded word (Hungarian "tér"), and after the coded word's last letter.
    const before = 'Szechenyi ter';
    const inside = 'Szechenyi te\u0301r';
    expect(apply(before, inside, diffEdit(before, inside), [code(before, 'name', 'Szechenyi'), code(before, 'ter', 'ter')])).toEqual({
      name: 'Szechenyi',
      ter: 'te\u0301r',
    });
    const atEnd = 'Szechenyi\u0301 ter';
    // At a coding's very end the mark lands outside, like any insertion after the coded words.
    expect(apply(before, atEnd, diffEdit(before, atEnd), [code(before, 'name', 'Szechenyi'), code(before, 'ter', 'ter')])).toEqual({
      name: 'Szechenyi',
      ter: 'ter',
    });
  });

  it('an emoji replaced at a coding edge is never split', () => {
    const before = 'ok 😀 fine';
    const after = 'ok 😃 fine';
    const result = apply(before, after, diffEdit(before, after), [code(before, 'smile', '😀 fine')]);
    expect(result.smile).toBe('😃 fine');
  });
});
