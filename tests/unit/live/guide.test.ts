import { describe, expect, it } from 'vitest';
import type { GuideItem } from '../../../shared/domain/live';
import {
  currentItemAt,
  formatGuideOutline,
  guideBudget,
  nextQuestion,
  parseGuideOutline,
  previousQuestion,
  sectionOf,
  type OutlineProblem,
} from '../../../shared/live/guide';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ITEMS: GuideItem[] = [
  { id: id(1), kind: 'section', text: 'Warm-up', plannedMinutes: null },
  { id: id(2), kind: 'question', text: 'How do you shop now?', plannedMinutes: 10 },
  { id: id(3), kind: 'section', text: 'Delivery', plannedMinutes: null },
  { id: id(4), kind: 'question', text: 'Slots?', plannedMinutes: 15 },
  { id: id(5), kind: 'question', text: 'Drivers?', plannedMinutes: 5 },
];
const MIN = 60_000;

describe('guide outline', () => {
  it('reads sections, questions, bullets, numbering and every form of planned minutes', () => {
    const parsed = parseGuideOutline(
      '# Warm-up (5 min)\r\n- How do you shop now? (10)\n\n1. Why that shop? [2.5 min]\n* What else (1,5 mins)\n2) Anything? ( 3 minutes )\n• Last one\n## Close [1m]\n',
    );
    expect(parsed).toEqual({
      items: [
        { kind: 'section', text: 'Warm-up', plannedMinutes: 5 },
        { kind: 'question', text: 'How do you shop now?', plannedMinutes: 10 },
        { kind: 'question', text: 'Why that shop?', plannedMinutes: 2.5 },
        { kind: 'question', text: 'What else', plannedMinutes: 1.5 },
        { kind: 'question', text: 'Anything?', plannedMinutes: 3 },
        { kind: 'question', text: 'Last one', plannedMinutes: null },
        { kind: 'section', text: 'Close', plannedMinutes: 1 },
      ],
    });
  });

  it('formats an outline that reads back to the same items', () => {
    const outline = formatGuideOutline(ITEMS);
    expect(outline).toBe('# Warm-up\nHow do you shop now? (10 min)\n# Delivery\nSlots? (15 min)\nDrivers? (5 min)');
    expect(parseGuideOutline(outline)).toEqual({ items: ITEMS.map(({ kind, text, plannedMinutes }) => ({ kind, text, plannedMinutes })) });
    const odd = [{ kind: 'question' as const, text: 'Why (really)? [honestly]', plannedMinutes: 0.75 }];
    expect(parseGuideOutline(formatGuideOutline(odd))).toEqual({ items: odd });
  });

  it('says which line is wrong', () => {
    expect(parseGuideOutline('Fine\n# (5)')).toEqual({ error: 'Line 2 has no text.' });
    expect(parseGuideOutline('- \n\nToo long (1441)')).toEqual({ error: 'Line 1 has no text.' });
    expect(parseGuideOutline('Too long (1441)')).toEqual({ error: 'Line 1 plans more than a day.' });
    expect(parseGuideOutline(`ok\n${'x'.repeat(2001)}`)).toEqual({ error: 'Line 2 is longer than 2,000 characters.' });
    expect(parseGuideOutline(Array.from({ length: 501 }, (_, i) => `Q${i}`).join('\n'))).toEqual({
      error: 'A guide holds at most 500 lines.',
    });
    expect(parseGuideOutline('\n  \n')).toEqual({ items: [] });
  });

  it('says it in the words it is given (the language of the UI), with the problem and its line', () => {
    const say = (p: OutlineProblem) => JSON.stringify(p);
    expect(parseGuideOutline('Fine\n# (5)', say)).toEqual({ error: '{"kind":"noText","line":2}' });
    expect(parseGuideOutline('Too long (1441)', say)).toEqual({ error: '{"kind":"overADay","line":1}' });
    expect(parseGuideOutline(`ok\n${'x'.repeat(2001)}`, say)).toEqual({ error: '{"kind":"tooLong","line":2,"max":2000}' });
    expect(parseGuideOutline(Array.from({ length: 501 }, (_, i) => `Q${i}`).join('\n'), say)).toEqual({
      error: '{"kind":"tooManyLines","max":500}',
    });
  });
});

describe('moving through the guide', () => {
  it('goes to the next and previous question, skipping sections', () => {
    expect(nextQuestion(ITEMS, null)?.id).toBe(id(2));
    expect(nextQuestion(ITEMS, id(2))?.id).toBe(id(4));
    expect(nextQuestion(ITEMS, id(5))).toBeNull();
    expect(previousQuestion(ITEMS, id(4))?.id).toBe(id(2));
    expect(previousQuestion(ITEMS, id(2))).toBeNull();
    expect(previousQuestion(ITEMS, null)).toBeNull();
    expect(sectionOf(ITEMS, id(5))?.text).toBe('Delivery');
    expect(sectionOf(ITEMS, id(2))?.text).toBe('Warm-up');
    expect(sectionOf(ITEMS, id(99))).toBeNull();
  });

  it('knows the current item at a time from the marks in any order', () => {
    const marks = [
      { atMs: 600_000, itemId: id(4) },
      { atMs: 0, itemId: id(2) },
      { atMs: 900_000, itemId: null },
    ];
    expect(currentItemAt(marks, 0)).toBe(id(2));
    expect(currentItemAt(marks, 599_999)).toBe(id(2));
    expect(currentItemAt(marks, 600_000)).toBe(id(4));
    expect(currentItemAt(marks, 950_000)).toBeNull();
    expect(currentItemAt([], 5)).toBeNull();
  });
});

describe('guideBudget', () => {
  // Planned: question 2 from 0 to 10 min, question 4 from 10 to 25 min, question 5 from 25 to 30 min.
  it('is on time inside the current question’s planned window', () => {
    const b = guideBudget(
      ITEMS,
      [
        { atMs: 0, itemId: id(2) },
        { atMs: 10 * MIN, itemId: id(4) },
        { atMs: 25 * MIN, itemId: null },
      ],
      20 * MIN,
    );
    expect([...b.spentMs]).toEqual([
      [id(2), 10 * MIN],
      [id(4), 10 * MIN],
    ]);
    expect(b).toMatchObject({ plannedTotalMs: 30 * MIN, plannedStartMs: 10 * MIN, plannedEndMs: 25 * MIN, overMs: 0 });
  });

  it('is behind past the planned end and ahead before the planned start', () => {
    const behind = guideBudget(
      ITEMS,
      [
        { atMs: 0, itemId: id(2) },
        { atMs: 12 * MIN, itemId: id(4) },
      ],
      28 * MIN,
    );
    expect(behind.spentMs.get(id(4))).toBe(16 * MIN);
    expect(behind.overMs).toBe(3 * MIN);
    const ahead = guideBudget(
      ITEMS,
      [
        { atMs: 0, itemId: id(2) },
        { atMs: 5 * MIN, itemId: id(4) },
      ],
      7 * MIN,
    );
    expect(ahead.overMs).toBe(-3 * MIN);
    const off = guideBudget(ITEMS, [{ atMs: 0, itemId: null }], 7 * MIN);
    expect(off).toMatchObject({ plannedStartMs: null, plannedEndMs: null, overMs: 0 });
    expect(off.spentMs.size).toBe(0);
  });
});
