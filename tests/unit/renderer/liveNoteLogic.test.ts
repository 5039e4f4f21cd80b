import { describe, expect, it } from 'vitest';
import { currentItemOf, keepGuideIds, parseOffset, parseTime } from '../../../renderer/live/noteLogic';

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

describe('parseTime', () => {
  it('reads h:mm:ss, mm:ss and seconds', () => {
    expect(parseTime('1:02:03')).toBe(3_723_000);
    expect(parseTime(' 02:03 ')).toBe(123_000);
    expect(parseTime('125')).toBe(125_000);
  });
  it('refuses what is not a time', () => {
    expect(parseTime('')).toBeNull();
    expect(parseTime('1:2:3:4')).toBeNull();
    expect(parseTime('ten')).toBeNull();
    expect(parseTime('-5')).toBeNull();
  });
});

describe('parseOffset', () => {
  it('reads signed times: how far apart the notes clock and the transcript are', () => {
    expect(parseOffset('-1:30')).toBe(-90_000);
    expect(parseOffset(' - 0:05 ')).toBe(-5_000);
    expect(parseOffset('+05:00')).toBe(300_000);
    expect(parseOffset('1:02:03')).toBe(3_723_000);
    expect(parseOffset('0')).toBe(0);
    expect(parseOffset('-0')).toBe(0);
  });
  it('refuses what is not a time', () => {
    for (const bad of ['', '-', '--5', 'soon', '1:2:3:4', '+-3']) expect(parseOffset(bad), bad).toBeNull();
  });
});

describe('currentItemOf', () => {
  it('is the newest mark, in any order; null off the guide or without marks', () => {
    expect(currentItemOf([])).toBeNull();
    expect(
      currentItemOf([
        { atMs: 5, itemId: id(2) },
        { atMs: 1, itemId: id(1) },
      ]),
    ).toBe(id(2));
    expect(
      currentItemOf([
        { atMs: 1, itemId: id(1) },
        { atMs: 9, itemId: null },
      ]),
    ).toBeNull();
  });
});

describe('keepGuideIds', () => {
  const old = {
    items: [
      { id: id(1), kind: 'section' as const, text: 'Warm-up', plannedMinutes: 5 },
      { id: id(2), kind: 'question' as const, text: 'How do you shop?', plannedMinutes: 3 },
      { id: id(3), kind: 'question' as const, text: 'Anything else?', plannedMinutes: null },
    ],
  };
  it('keeps ids of unchanged lines, even moved, and makes changed lines new', () => {
    const items = keepGuideIds(
      [
        { kind: 'question', text: 'Anything else?', plannedMinutes: 2 },
        { kind: 'question', text: 'How do you shop for food?', plannedMinutes: 3 },
        { kind: 'section', text: 'Warm-up', plannedMinutes: 5 },
      ],
      old,
    );
    expect(items.map((i) => i.id)).toEqual([id(3), undefined, id(1)]);
    expect(items[0]!.plannedMinutes).toBe(2);
  });
  it('gives one old id to one line only', () => {
    const items = keepGuideIds(
      [
        { kind: 'question', text: 'Anything else?', plannedMinutes: null },
        { kind: 'question', text: 'Anything else?', plannedMinutes: null },
      ],
      old,
    );
    expect(items.map((i) => i.id)).toEqual([id(3), undefined]);
    expect(keepGuideIds([{ kind: 'question', text: 'Q', plannedMinutes: null }], null)[0]!.id).toBeUndefined();
  });
});
