/**
 * The one way to shorten study text for a label, a list entry, an announcement or an undo step:
 * on one line (each run of white space becomes one space), and when longer than `max` UTF-16 units,
 * cut with "…" so that the whole, ellipsis included, is at most `max`. The cut never splits an
 * emoji's surrogate pair (half a pair is not text: XML cannot carry it, a screen reader stumbles),
 * and no space is left before the ellipsis.
 */
export function oneLineExcerpt(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  let cut = Math.max(0, max - 1);
  const c = line.charCodeAt(cut - 1);
  if (cut > 0 && c >= 0xd800 && c <= 0xdbff) cut--;
  return `${line.slice(0, cut).trimEnd()}…`;
}
