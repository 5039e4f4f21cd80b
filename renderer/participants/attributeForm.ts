import type { Translator } from '../../shared/i18n/translator';

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
export function optionsProblem(options: string[], { t }: Translator): string | null {
  if (options.length === 0) return t('participants.optionsEmpty');
  const seen = new Set<string>();
  for (const o of options) {
    if (o.length > 80) return t('participants.optionTooLong', { start: o.slice(0, 30), max: 80 });
    const key = o.toLocaleLowerCase();
    if (seen.has(key)) return t('participants.optionTwice', { value: o });
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
