import type { GuideInput, GuideItem, QuestionMark } from '../domain/live';

/**
 * Discussion guide logic shared by the live screen, the backend and exports: the plain-text
 * outline a researcher types, moving through the questions, and the time budget.
 */

type OutlineItem = GuideInput['items'][number];

const MINUTES = /\s*[([]\s*(\d+(?:[.,]\d+)?)\s*(?:m|min|mins|minutes?)?\s*[)\]]\s*$/i;
// A bullet or number alone on a line counts as a line without text.
const BULLET = /^(?:[-*•](?:\s+|$)|\d+[.)](?:\s+|$))/;

/** What is wrong with an outline, for the words of the UI's language (`line` counts from 1). */
export type OutlineProblem =
  | { kind: 'noText'; line: number }
  | { kind: 'tooLong'; line: number; max: number }
  | { kind: 'overADay'; line: number }
  | { kind: 'tooManyLines'; max: number };

/** The problems in English, for callers without a translator (the backend, tests). */
function inEnglish(p: OutlineProblem): string {
  if (p.kind === 'noText') return `Line ${p.line} has no text.`;
  if (p.kind === 'tooLong') return `Line ${p.line} is longer than ${p.max.toLocaleString('en')} characters.`;
  if (p.kind === 'overADay') return `Line ${p.line} plans more than a day.`;
  return `A guide holds at most ${p.max} lines.`;
}

/**
 * Reads a guide written as an outline, one item a line:
 * `# Section` lines are sections, other lines are questions; a trailing "(5)", "(5 min)" or
 * "[2.5 min]" gives the planned minutes. Bullets and numbering are dropped, blank lines ignored.
 */
export function parseGuideOutline(
  outline: string,
  say: (problem: OutlineProblem) => string = inEnglish,
): { items: OutlineItem[] } | { error: string } {
  const items: OutlineItem[] = [];
  const lines = outline.replace(/\r\n?/g, '\n').split('\n');
  for (const [i, raw] of lines.entries()) {
    let line = raw.trim();
    if (!line) continue;
    const kind = line.startsWith('#') ? 'section' : 'question';
    if (kind === 'section') line = line.replace(/^#+\s*/, '');
    else line = line.replace(BULLET, '');
    const minutes = MINUTES.exec(line);
    const plannedMinutes = minutes ? Number(minutes[1]!.replace(',', '.')) : null;
    const text = (minutes ? line.slice(0, minutes.index) : line).trim();
    if (!text) return { error: say({ kind: 'noText', line: i + 1 }) };
    if (text.length > 2_000) return { error: say({ kind: 'tooLong', line: i + 1, max: 2_000 }) };
    if (plannedMinutes !== null && plannedMinutes > 24 * 60) return { error: say({ kind: 'overADay', line: i + 1 }) };
    items.push({ kind, text, plannedMinutes });
  }
  if (items.length > 500) return { error: say({ kind: 'tooManyLines', max: 500 }) };
  return { items };
}

/** The outline text of a guide: what {@link parseGuideOutline} reads back to the same items. */
export function formatGuideOutline(items: readonly Pick<GuideItem, 'kind' | 'text' | 'plannedMinutes'>[]): string {
  return items
    .map((item) => {
      const minutes = item.plannedMinutes === null ? '' : ` (${item.plannedMinutes} min)`;
      return `${item.kind === 'section' ? '# ' : ''}${item.text}${minutes}`;
    })
    .join('\n');
}

/** The question after `currentId` (or the first, when none is current); null at the end. Sections are headings, never current. */
export function nextQuestion(items: readonly GuideItem[], currentId: string | null): GuideItem | null {
  const from = currentId === null ? -1 : items.findIndex((i) => i.id === currentId);
  return items.slice(from + 1).find((i) => i.kind === 'question') ?? null;
}

/** The question before `currentId`; null at the start. */
export function previousQuestion(items: readonly GuideItem[], currentId: string | null): GuideItem | null {
  if (currentId === null) return null;
  const at = items.findIndex((i) => i.id === currentId);
  return items.slice(0, Math.max(0, at)).findLast((i) => i.kind === 'question') ?? null;
}

/** The section heading a guide item falls under, if any. */
export function sectionOf(items: readonly GuideItem[], itemId: string): GuideItem | null {
  const at = items.findIndex((i) => i.id === itemId);
  return at < 0 ? null : (items.slice(0, at + 1).findLast((i) => i.kind === 'section') ?? null);
}

/** The item current at session time `ms`, from the marks (in any order). */
export function currentItemAt(marks: readonly QuestionMark[], ms: number): string | null {
  let best: QuestionMark | null = null;
  for (const m of marks) if (m.atMs <= ms && (!best || m.atMs >= best.atMs)) best = m;
  return best?.itemId ?? null;
}

export interface GuideBudget {
  /** Time spent on each item so far (ms), by item id. */
  spentMs: Map<string, number>;
  plannedTotalMs: number;
  /** Planned session time at which the current item should start and end; null off the guide. */
  plannedStartMs: number | null;
  plannedEndMs: number | null;
  /** > 0: behind the plan by that much; < 0: ahead of it; 0: on time (or off the guide). */
  overMs: number;
}

/**
 * Where the session stands against the plan at session time `elapsedMs`. Every item's planned
 * minutes count in guide order; being behind means the clock has passed the planned end of the
 * current question, being ahead means the question was reached before its planned start.
 */
export function guideBudget(items: readonly GuideItem[], marks: readonly QuestionMark[], elapsedMs: number): GuideBudget {
  const spentMs = new Map<string, number>();
  const sorted = [...marks].sort((a, b) => a.atMs - b.atMs);
  sorted.forEach((m, i) => {
    if (m.itemId === null) return;
    const end = Math.max(m.atMs, Math.min(sorted[i + 1]?.atMs ?? elapsedMs, elapsedMs));
    spentMs.set(m.itemId, (spentMs.get(m.itemId) ?? 0) + end - m.atMs);
  });
  const current = currentItemAt(sorted, elapsedMs);
  let plannedTotalMs = 0;
  let plannedStartMs: number | null = null;
  let plannedEndMs: number | null = null;
  for (const item of items) {
    const planned = (item.plannedMinutes ?? 0) * 60_000;
    if (item.id === current) {
      plannedStartMs = plannedTotalMs;
      plannedEndMs = plannedTotalMs + planned;
    }
    plannedTotalMs += planned;
  }
  let overMs = 0;
  if (plannedStartMs !== null && plannedEndMs !== null) {
    if (elapsedMs > plannedEndMs) overMs = elapsedMs - plannedEndMs;
    else if (elapsedMs < plannedStartMs) overMs = elapsedMs - plannedStartMs;
  }
  return { spentMs, plannedTotalMs: Math.round(plannedTotalMs), plannedStartMs, plannedEndMs, overMs: Math.round(overMs) };
}
