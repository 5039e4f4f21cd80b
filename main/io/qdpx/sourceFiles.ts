import { decodeKeepingLineBreaks, decodeWindows1252, TextDecodeError } from '../../../shared/text/decode';
import { ENCODING_LABELS } from '../../../shared/text/encodings';
import type { ZipArchive } from '../zip';
import type { TextRef } from './model';

/** A source's text as read: the characters exactly as in the file (BOM removed, line breaks kept). */
export interface LoadedText {
  text: string;
  /** The file started with a byte order mark (NVivo for Windows and QualCoder write one). */
  bom: boolean;
  /** Set when the text could not be read as UTF-8. */
  note: string | null;
  /** How the path was resolved, when it needed leniency. */
  resolved: string | null;
}

/**
 * Finds source files inside a .qdpx. Spec: `sources/` next to `project.qde`; in practice also
 * `Sources/` (NVivo for Windows, the spec's own examples) and any letter case of file names, so
 * lookups are case-insensitive. Entry names are only ever lookup keys, never paths on disk.
 */
export class SourceFiles {
  private readonly byLowerName = new Map<string, string>();

  constructor(
    private readonly zip: ZipArchive | null,
    /** Folder of the .qde inside the archive ('' at the root, else ending in '/'). */
    private readonly base: string,
  ) {
    for (const name of zip?.names() ?? []) {
      if (!name.toLowerCase().startsWith(`${base.toLowerCase()}sources/`) || name.endsWith('/')) continue;
      const file = name.slice(base.length + 'sources/'.length);
      // The spec says the folder is flat; a nested entry is looked up by its file name only when unambiguous.
      const key = file.toLowerCase();
      if (!this.byLowerName.has(key)) this.byLowerName.set(key, name);
    }
  }

  /** Reads a text from its `PlainTextContent`, or its `plainTextPath` file; a sentence says why when it cannot. */
  load(ref: TextRef): LoadedText | { error: string } {
    if (ref.path === null || ref.path.trim() === '') {
      if (ref.content !== null) return { text: ref.content, bom: false, note: null, resolved: null };
      return { error: 'it has neither a text file nor text content' };
    }
    const path = ref.path.trim();
    const internal = /^internal:\/\/(.*)$/i.exec(path);
    if (!internal && /^(relative|absolute|file):/i.test(path)) {
      if (ref.content !== null) return { text: ref.content, bom: false, note: null, resolved: null };
      return { error: `its text is an external file (${path.slice(0, 120)}) that is not inside the .qdpx` };
    }
    // Not URLs, despite the look (the spec's own examples keep spaces unescaped), so no URL-decoding.
    const file = (internal ? internal[1]! : path).replace(/^\/+/, '');
    const entry = this.byLowerName.get(file.toLowerCase());
    if (!entry || !this.zip) {
      if (ref.content !== null) return { text: ref.content, bom: false, note: null, resolved: null };
      return { error: `its text file ${path.slice(0, 120)} is not in the .qdpx` };
    }
    const decoded = decodeSourceBytes(this.zip.read(entry));
    return { ...decoded, resolved: internal ? null : `the path "${path.slice(0, 120)}" has no internal:// prefix; read ${entry}` };
  }
}

/**
 * Decodes a source text file. REFI-QDA says UTF-8; NVivo for Windows adds a BOM. UTF-16 files with a
 * BOM are read too; bytes that are not UTF-8 are read in the legacy encoding the evidence points to
 * (decode.ts), with a note that names it and says when it is a guess. Line breaks are kept exactly:
 * positions may count them.
 */
export function decodeSourceBytes(bytes: Uint8Array): { text: string; bom: boolean; note: string | null } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), bom: true, note: 'read as UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), bom: true, note: 'read as UTF-16' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    // ignoreBOM: the BOM is already off; a second U+FEFF would be a real character that positions count.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), bom, note: null };
  } catch {
    return { ...decodeLegacySource(body), bom };
  }
}

function decodeLegacySource(body: Uint8Array): { text: string; note: string } {
  try {
    const d = decodeKeepingLineBreaks(body, 'the source');
    const guess = d.evidence === 'weak' ? ' (a guess: check its accented letters)' : '';
    return { text: d.text, note: `not UTF-8; read as ${ENCODING_LABELS[d.encoding]}${guess}` };
  } catch (e) {
    // Binary bytes (NUL): read one character per byte, as before, so nothing is lost and positions still count.
    if (!(e instanceof TextDecodeError)) throw e;
    return { text: decodeWindows1252(body), note: 'not UTF-8 and looks binary; read as Windows-1252' };
  }
}
