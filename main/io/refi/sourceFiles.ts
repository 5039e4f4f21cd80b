import { saySentence, sentence, type Sentence } from '../../../shared/i18n/sentence';
import { translatorFor } from '../../../shared/i18n/translator';
import { decodeKeepingLineBreaks, decodeWindows1252, TextDecodeError } from '../../formats/text/decode';
import { ENCODING_NAMES } from '../../../shared/text/encodings';
import type { ZipArchive } from '../../formats/zip';
import type { TextRef } from './model';

/** A source's text as read: the characters exactly as in the file (BOM removed, line breaks kept). */
export interface LoadedText {
  text: string;
  /** The file started with a byte order mark (NVivo for Windows and QualCoder write one). */
  bom: boolean;
  /** Set when the text could not be read as UTF-8. */
  note: Sentence | null;
  /** How the path was resolved, when it needed leniency. */
  resolved: Sentence | null;
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
  load(ref: TextRef): LoadedText | { error: Sentence } {
    if (ref.path === null || ref.path.trim() === '') {
      if (ref.content !== null) return { text: ref.content, bom: false, note: null, resolved: null };
      return { error: sentence('imports.sourceNoText') };
    }
    const path = ref.path.trim();
    const internal = /^internal:\/\/(.*)$/i.exec(path);
    if (!internal && /^(relative|absolute|file):/i.test(path)) {
      if (ref.content !== null) return { text: ref.content, bom: false, note: null, resolved: null };
      return { error: sentence('imports.sourceExternal', { path: path.slice(0, 120) }) };
    }
    // Not URLs, despite the look (the spec's own examples keep spaces unescaped), so no URL-decoding.
    const file = (internal ? internal[1]! : path).replace(/^\/+/, '');
    const entry = this.byLowerName.get(file.toLowerCase());
    if (!entry || !this.zip) {
      if (ref.content !== null) return { text: ref.content, bom: false, note: null, resolved: null };
      return { error: sentence('imports.sourceFileMissing', { path: path.slice(0, 120) }) };
    }
    const decoded = decodeSource(this.zip.read(entry));
    return { ...decoded, resolved: internal ? null : sentence('imports.sourcePathResolved', { path: path.slice(0, 120), entry }) };
  }
}

/**
 * Decodes a source text file. REFI-QDA says UTF-8; NVivo for Windows adds a BOM. UTF-16 files with a
 * BOM are read too; bytes that are not UTF-8 are read in the legacy encoding the evidence points to
 * (decode.ts), with a note that names it and says when it is a guess. Line breaks are kept exactly:
 * positions may count them.
 */
export function decodeSourceBytes(bytes: Uint8Array): { text: string; bom: boolean; note: string | null } {
  const { note, ...decoded } = decodeSource(bytes);
  return { ...decoded, note: note && saySentence(translatorFor('en'), note) };
}

/** {@link decodeSourceBytes} with its note as a sentence, said in the reader's language. */
function decodeSource(bytes: Uint8Array): { text: string; bom: boolean; note: Sentence | null } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return {
      text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)),
      bom: true,
      note: sentence('imports.sourceReadUtf16'),
    };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return {
      text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)),
      bom: true,
      note: sentence('imports.sourceReadUtf16'),
    };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    // ignoreBOM: the BOM is already off; a second U+FEFF would be a real character that positions count.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), bom, note: null };
  } catch {
    return { ...decodeLegacySource(body), bom };
  }
}

function decodeLegacySource(body: Uint8Array): { text: string; note: Sentence } {
  try {
    const d = decodeKeepingLineBreaks(body, 'the source');
    return {
      text: d.text,
      note: sentence('imports.sourceReadLegacy', {
        encodingMessage: ENCODING_NAMES[d.encoding],
        guess: d.evidence === 'weak' ? 'yes' : 'no',
      }),
    };
  } catch (e) {
    // Binary bytes (NUL): read one character per byte, as before, so nothing is lost and positions still count.
    if (!(e instanceof TextDecodeError)) throw e;
    return { text: decodeWindows1252(body), note: sentence('imports.sourceReadBinary') };
  }
}
