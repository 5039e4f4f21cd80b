/** The result of turning a file's bytes into text, with what was detected for the user to see. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** Set when Verbatim had to guess, so the preview can say so. */
  note: string | null;
}

/** Thrown for bytes that are not text Verbatim can read; the message names the file. */
export class TextDecodeError extends Error {}

/**
 * Decodes an imported file: UTF-8 (with or without BOM) and UTF-16 with BOM are read as they are;
 * bytes that are not valid UTF-8 fall back to Windows-1252 (what Excel writes on Windows) with a
 * visible note; binary data (NUL bytes without a UTF-16 BOM) is refused. Line endings become \n once.
 */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes.length === 0) throw new TextDecodeError(`${fileName} is empty.`);
  let decoded: DecodedText;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) decoded = { text: strict('utf-16le', bytes.subarray(2), fileName), encoding: 'utf-16le', note: null };
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) decoded = { text: strict('utf-16be', bytes.subarray(2), fileName), encoding: 'utf-16be', note: null };
  else {
    if (bytes.includes(0)) throw new TextDecodeError(`${fileName} looks like a binary file, not text.`);
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const body = hasBom ? bytes.subarray(3) : bytes;
    try {
      decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: hasBom ? 'utf-8-bom' : 'utf-8', note: null };
    } catch {
      decoded = {
        text: decodeWindows1252(body),
        encoding: 'windows-1252',
        note: `${fileName} is not UTF-8, so it was read as Windows-1252 (Western European). Check accented letters in the preview; if they look wrong, save the file as "CSV UTF-8" and import again.`,
      };
    }
  }
  if (decoded.text.length === 0) throw new TextDecodeError(`${fileName} is empty.`);
  return { ...decoded, text: normalizeNewlines(decoded.text) };
}

/** CRLF and lone CR become LF, so offsets and line numbers mean the same on every platform. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function strict(label: 'utf-16le' | 'utf-16be', bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    throw new TextDecodeError(`${fileName} says it is ${label.toUpperCase()} but contains invalid characters.`);
  }
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. Some Node versions decode the label
// 'windows-1252' as Latin-1 (nodejs/node#56542), turning € and curly quotes into control
// characters, so that block is mapped here. Unassigned bytes keep their Latin-1 value, as in WHATWG.
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decodes Windows-1252 bytes (what Excel writes for "CSV" on Western Windows). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    chunk += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}
