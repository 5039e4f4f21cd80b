import { nested } from '../../../shared/i18n/sentence';
import { assembleTranscript } from '../../../shared/transcripts/assemble';
import { checkTranscriptSize } from './detect';
import { classifyLine, linesToTurns, textLine, type TextLine } from '../../../shared/transcripts/plainText';
import { TranscriptParseError, type ParsedTranscript } from '../../../shared/transcripts/types';
import { WarningList } from '../../../shared/transcripts/warnings';
import { docxTableLines } from './transcriptDocxTables';
import { isW, paragraphText } from './docxText';
import { parseXml, XmlError, type XmlElement } from '../../formats/xml';
import { ZipArchive, ZipError } from '../../formats/zip';

const MAIN_PART = 'word/document.xml';

/** Reads the document's body into classified lines: paragraphs first split at line breaks, tables via {@link docxTableLines}. */
function bodyLines(body: XmlElement): TextLine[] {
  const out: TextLine[] = [];
  let paragraph = 0;
  const blank = (): TextLine => textLine(paragraph, null, null, null, '', '', true);
  const visit = (el: XmlElement): void => {
    for (const child of el.children) {
      if (typeof child === 'string') continue;
      if (isW(child, 'p')) {
        paragraph++;
        for (const line of paragraphText(child).split('\n')) out.push(classifyLine(line, paragraph, false));
        out.push(blank());
      } else if (isW(child, 'tbl')) {
        paragraph++;
        // A loop, not push(...lines): a huge table would exceed the argument limit.
        for (const line of docxTableLines(child, paragraph)) out.push(line);
        out.push(blank());
      } else if (isW(child, 'sdt') || isW(child, 'sdtContent') || isW(child, 'customXml') || isW(child, 'ins')) visit(child);
    }
  };
  visit(body);
  return out;
}

/** Finds the main document part: from the package relationships when present, else the usual name. */
function mainPartName(zip: ZipArchive): string {
  if (!zip.has('_rels/.rels')) return MAIN_PART;
  const rels = parseXmlPart(decodeXmlBytes(zip.read('_rels/.rels'), '_rels/.rels'), '_rels/.rels');
  for (const r of rels.children) {
    if (typeof r === 'string' || r.local !== 'Relationship' || !r.attrs.get('Type')?.endsWith('/officeDocument')) continue;
    // Used only as a key into the archive, never as a path.
    const target = (r.attrs.get('Target') ?? '').replace(/^\/+/, '');
    if (zip.has(target)) return target;
  }
  return MAIN_PART;
}

function decodeXmlBytes(bytes: Buffer, part: string): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  try {
    return new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new TranscriptParseError('imports.docxPartNotText', { part, encoding: utf16 ?? 'UTF-8' });
  }
}

/**
 * Reads a Word (.docx) transcript: paragraphs with `Name: text` speakers, `[00:01:02]` stamps and
 * Otter-style headings (the plain-text rules, applied to paragraphs as lines), and tables whose
 * header or content looks like time / speaker / text columns. Only `word/document.xml` (and the
 * package relationships that name it) is read: the zip and the XML are read with caps and with
 * DOCTYPE refused; links keep their text and are never followed.
 */
export function parseDocx(_fileName: string, bytes: Uint8Array): ParsedTranscript {
  checkTranscriptSize(bytes);
  try {
    const zip = ZipArchive.open(bytes);
    const part = mainPartName(zip);
    if (!zip.has(part)) throw new TranscriptParseError('imports.docxNotWord', { part: MAIN_PART });
    const root = parseXmlPart(decodeXmlBytes(zip.read(part), part), part);
    const body = root.children.find((c): c is XmlElement => isW(c, 'body'));
    if (!isW(root, 'document') || !body) throw new TranscriptParseError('imports.docxNotWordprocessing', { part });
    const warnings = new WarningList();
    return assembleTranscript('docx', linesToTurns(bodyLines(body), warnings), warnings);
  } catch (e) {
    if (e instanceof ZipError) throw new TranscriptParseError('imports.docxUnsafe', nested('causeMessage', e.sentence));
    if (e instanceof XmlError) throw new TranscriptParseError('imports.docxXmlRefused', nested('causeMessage', e.sentence));
    throw e;
  }
}

function parseXmlPart(xml: string, part: string): XmlElement {
  try {
    return parseXml(xml);
  } catch (e) {
    if (e instanceof XmlError)
      throw new XmlError('imports.xmlInPart', { part, line: e.line, ...nested('reasonMessage', e.sentence) }, e.line);
    throw e;
  }
}
