const ch = (code: number) => String.fromCharCode(code);
/** Control characters other than tab/LF/CR, and U+FFFE/U+FFFF: XML 1.0 cannot carry them at all. */
const NOT_XML = new RegExp(`[${ch(0)}-${ch(8)}${ch(11)}${ch(12)}${ch(14)}-${ch(31)}${ch(0xfffe)}${ch(0xffff)}]`, 'g');

/** Escapes text for XML/HTML content and attribute values (both quote kinds), the only safe way study text enters markup. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
    .replace(NOT_XML, '');
}

/** Shortens a label for a chart axis, keeping the start (code paths read left to right). */
export function clipLabel(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
