import type { CodeDescription } from '../../../shared/domain/coding';

/**
 * A code's four description fields travel in the one `<Description>` REFI-QDA has, as labelled
 * paragraphs other tools show as readable text:
 *
 *     Customers who stop buying.
 *
 *     When to use: they say they left.
 *
 *     When not to use: a pause, not an exit.
 *
 *     Example: "We switched last month."
 *
 * Reading it back splits at those labels, so a Verbatim codebook survives the round trip; a
 * description from another tool (no labels) becomes the definition.
 */
const LABELS = [
  ['whenToUse', 'When to use: '],
  ['whenNotToUse', 'When not to use: '],
  ['example', 'Example: '],
] as const;

export function encodeCodeDescription(d: CodeDescription): string | null {
  const parts: string[] = [];
  if (d.definition) parts.push(d.definition);
  for (const [field, label] of LABELS) if (d[field]) parts.push(`${label}${d[field]}`);
  return parts.length > 0 ? parts.join('\n\n') : null;
}

export function decodeCodeDescription(text: string | null): CodeDescription {
  const out: CodeDescription = { definition: null, whenToUse: null, whenNotToUse: null, example: null };
  if (text === null || text.trim() === '') return out;
  const t = text.replace(/\r\n?/g, '\n');
  // Find each label at the start of the text or after a blank line, in order; later fields end earlier ones.
  const cuts: { field: (typeof LABELS)[number][0]; at: number; from: number }[] = [];
  let searchFrom = 0;
  for (const [field, label] of LABELS) {
    const at = t.startsWith(label, searchFrom) && searchFrom === 0 ? 0 : t.indexOf(`\n\n${label}`, searchFrom);
    if (at < 0) continue;
    const from = at === 0 && t.startsWith(label) ? label.length : at + 2 + label.length;
    cuts.push({ field, at, from });
    searchFrom = from;
  }
  const definitionEnd = cuts[0]?.at ?? t.length;
  if (definitionEnd > 0) out.definition = t.slice(0, definitionEnd);
  cuts.forEach((c, i) => {
    out[c.field] = t.slice(c.from, cuts[i + 1]?.at ?? t.length);
  });
  return out;
}

const MARK = '[verbatim] ';

/**
 * What other tools have no field for (an attribute's category values or score scale, a session's
 * kind, date and roles) rides in a `<Description>` as a last line `[verbatim] {json}` under a line
 * people can read. Other tools show it as text; Verbatim reads it back.
 */
export function withMeta(readable: string | null, meta: unknown): string {
  return `${readable ? `${readable}\n` : ''}${MARK}${JSON.stringify(meta)}`;
}

/** Splits a description into its readable text and the parsed `[verbatim]` data (null when absent or broken). */
export function readMeta(description: string | null): { text: string | null; meta: unknown } {
  if (description === null) return { text: null, meta: null };
  // A source's description carries its turns (tens of kilobytes); most have no CR to replace.
  const t = description.includes('\r') ? description.replace(/\r\n?/g, '\n') : description;
  const at = t.lastIndexOf(MARK);
  if (at < 0 || (at > 0 && t[at - 1] !== '\n')) return { text: description, meta: null };
  let meta: unknown = null;
  try {
    meta = JSON.parse(t.slice(at + MARK.length));
  } catch {
    return { text: description, meta: null };
  }
  const text = t.slice(0, Math.max(0, at - 1));
  return { text: text.trim() === '' ? null : text, meta };
}
