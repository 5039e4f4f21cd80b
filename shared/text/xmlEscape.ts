/**
 * The one XML escaper: every writer of XML, HTML or SVG (REFI-QDA projects, DOCX, XLSX, the HTML
 * report and its charts) puts study text through these functions.
 *
 * XML 1.0 cannot carry C0 controls other than tab, LF and CR, U+FFFE/U+FFFF, or unpaired surrogate
 * halves, not even as character references. Each is written as U+FFFD, one UTF-16 unit for one, so
 * offsets into the text do not move (REFI-QDA selections count characters) and a reader sees that
 * something stood there instead of words silently running together.
 */
const INVALID =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what XML 1.0 forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Cheap first look: most values have none of these, and skipping the replacements is what keeps large exports fast. */
// eslint-disable-next-line no-control-regex -- see INVALID
export const MAYBE_INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;
const REPLACEMENT = '\uFFFD';
const MARKUP = /[&<>"']/g;
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** How many characters of `s` XML cannot represent (they are written as U+FFFD). */
export function countInvalidXmlChars(s: string): number {
  INVALID.lastIndex = 0;
  let n = 0;
  while (INVALID.exec(s)) n++;
  return n;
}

/** `s` with every character XML cannot hold replaced by U+FFFD; counts the replacements when given a counter. */
export function replaceInvalidXmlChars(s: string, counter?: { replaced: number }): string {
  if (!MAYBE_INVALID_XML.test(s)) return s;
  if (!counter) return s.replace(INVALID, REPLACEMENT);
  return s.replace(INVALID, () => {
    counter.replaced++;
    return REPLACEMENT;
  });
}

/** Escapes text for XML/HTML content and attribute values (both quote kinds), the only safe way study text enters markup. */
export function escapeXml(text: string): string {
  return replaceInvalidXmlChars(text).replace(MARKUP, (c) => ENTITY[c]!);
}
