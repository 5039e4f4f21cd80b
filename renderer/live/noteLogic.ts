import type { Guide, GuideInput, QuestionMark } from '../../shared/domain/live';

/** Pure helpers of the live screen (unit-tested). */

/** "1:02:03", "02:03" or "125" (seconds) read back to ms; null when it is not a time. */
export function parseTime(text: string): number | null {
  const parts = text.trim().split(':');
  if (parts.length > 3 || parts.some((p) => !/^\d{1,3}$/.test(p))) return null;
  return parts.reduce((sum, p) => sum * 60 + Number(p), 0) * 1_000;
}

/** Reads a signed time ("-1:30", "+05:00", "0") as ms: how far apart two clocks are; null when it is not one. */
export function parseOffset(text: string): number | null {
  const m = /^\s*([+-]?)\s*(.+)$/.exec(text);
  const ms = m ? parseTime(m[2]!) : null;
  if (ms === null) return null;
  return m![1] === '-' && ms > 0 ? -ms : ms;
}

/** The item current now: the newest question mark (marks are set at the session's current time). */
export function currentItemOf(marks: readonly QuestionMark[]): string | null {
  let best: QuestionMark | null = null;
  for (const m of marks) if (!best || m.atMs >= best.atMs) best = m;
  return best?.itemId ?? null;
}

/**
 * Gives outline items the ids of the old guide's items with the same kind and text (first unused
 * match, in order), so the question marks of sessions that already ran stay on their questions;
 * everything else is new.
 */
export function keepGuideIds(parsed: GuideInput['items'], old: Pick<Guide, 'items'> | null): GuideInput['items'] {
  const free = [...(old?.items ?? [])];
  return parsed.map((item) => {
    const at = free.findIndex((o) => o.kind === item.kind && o.text === item.text);
    if (at < 0) return item;
    const [match] = free.splice(at, 1);
    return { ...item, id: match!.id };
  });
}
