/**
 * Category values as typed: one per line, or comma-separated when all on one line (so a value that
 * itself holds a comma, "Lapsed, over a year", survives when values are listed one per line).
 */
export function parseOptions(text: string): string[] {
  return text
    .split(text.includes('\n') ? '\n' : ',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
}

/** A readable problem with a list of category values, or null (the backend checks again). */
export function optionsProblem(options: string[]): string | null {
  if (options.length === 0) return 'List at least one value for the category.';
  const seen = new Set<string>();
  for (const o of options) {
    if (o.length > 80) return `“${o.slice(0, 30)}…” is longer than 80 characters.`;
    const key = o.toLocaleLowerCase();
    if (seen.has(key)) return `“${o}” is listed twice.`;
    seen.add(key);
  }
  return null;
}

/** Values listed one per line (the edit dialog shows them so; commas stay part of a value). */
export function parseLines(text: string): string[] {
  return text
    .split('\n')
    .map((o) => o.trim())
    .filter((o) => o !== '');
}
