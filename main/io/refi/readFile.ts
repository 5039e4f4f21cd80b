import type { MessageId } from '../../../shared/i18n/catalogue';
import { nested, sentence, SentenceError } from '../../../shared/i18n/sentence';
import { parseXml, XmlError, XmlTooLarge, type XmlElement, type XmlLimits } from '../../formats/xml';
import { DEFAULT_ZIP_LIMITS, ZipArchive, ZipError, type ZipLimits } from '../../formats/zip';
import type { ReadIssues, RefiCode } from './model';
import { parseCodes } from './parseCodes';
import { ImportRefused } from './plan';
import type { RefiProject } from './model';
import { readNote } from './report';
import { SourceFiles } from './sourceFiles';
import { readProjectXml } from './streamProject';
import { kids } from './xmlRead';

/**
 * A .qdpx may carry gigabytes of recordings, which are never read (only the .qde and the plain texts are);
 * what is read may unpack to at most 512 MB. 4 GB is the most a zip without zip64 can describe.
 */
export const QDPX_ZIP_LIMITS: ZipLimits = {
  ...DEFAULT_ZIP_LIMITS,
  maxEntries: 20_000,
  maxTotalBytes: 0xffffffff,
  maxReadBytes: 512 * 1024 * 1024,
};
/**
 * Measured on Verbatim's export of 100,000 codings over 500 transcripts: project.qde is 79 MB and
 * 79 million characters, with 556,000 elements, 1.5 million attributes and 19,000 texts (2.1 million
 * nodes, about 200 MB as a tree). The caps allow about twice that. At the node cap the tree of the
 * costliest shape (`<a b=""/>` repeated, ~135 bytes a node) is about 540 MB, so a small archive that
 * unpacks into millions of tiny elements is refused within a second or two, well under 1 GB.
 */
const QDE_XML_LIMITS = { maxChars: 160_000_000, maxDepth: 256, maxNodes: 4_000_000 };
/** Bytes of a .qde read at most (UTF-8 takes up to 3 bytes for a character of the character cap). */
const QDE_MAX_BYTES = 256 * 1024 * 1024;

/** Decodes the .qde / .qdc bytes: UTF-8 (a BOM is tolerated, QualCoder once wrote one), or UTF-16 with a BOM. */
/** What a refusal names: a file inside the .qdpx by its name, or the codebook (a .qdc has no inner name). */
type What = { file: string } | 'codebook';
const whatValues = (what: What) => (what === 'codebook' ? { codebook: 'yes', file: '' } : { codebook: 'no', file: what.file });

function xmlTextOf(bytes: Uint8Array, what: What): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportRefused('imports.refiNotUtf8', whatValues(what));
  }
}

/** Runs `read` over the XML, turning the reader's refusals into plain words for the user. */
function parse<T>(text: string, what: What, read: (text: string, limits: XmlLimits) => T, limits: XmlLimits = QDE_XML_LIMITS): T {
  try {
    return read(text, limits);
  } catch (error) {
    if (error instanceof XmlTooLarge) {
      const project = limits === QDE_XML_LIMITS;
      const values = { ...whatValues(what), project: project ? 'yes' : 'no' };
      throw error.cap === 'nodes'
        ? new ImportRefused('imports.refiTooManyNodes', { ...values, max: limits.maxNodes })
        : new ImportRefused('imports.refiTooManyCharacters', { ...values, millions: Math.round(limits.maxChars / 1e6) });
    }
    if (error instanceof XmlError)
      throw new ImportRefused('imports.refiBadXml', { ...whatValues(what), line: error.line, ...nested('reasonMessage', error.sentence) });
    throw error;
  }
}

const treeOf = (text: string, limits: XmlLimits): XmlElement => parseXml(text, limits, { dropIndentation: true });

/** What a .qdpx holds: the project, and its source files (read on demand while the archive is open). */
export interface QdpxContents {
  project: RefiProject;
  files: SourceFiles;
  qdeName: string;
}

/** Plain words for why a file could not be read at all (before any zip check). */
function unreadable(error: NodeJS.ErrnoException): ImportRefused {
  const why: Record<string, MessageId> = {
    ENOENT: 'imports.fileGone',
    EACCES: 'imports.fileForbidden',
    EPERM: 'imports.fileForbidden',
    EISDIR: 'imports.fileIsFolder',
  };
  const known = why[error.code ?? ''];
  return known
    ? new ImportRefused('imports.qdpxUnreadable', { reasonMessage: known })
    : new ImportRefused('imports.qdpxUnreadableSystem', { detail: error.code ?? error.message });
}

function openSafely(open: () => ZipArchive): ZipArchive {
  try {
    return open();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== undefined && !(error instanceof ZipError))
      throw unreadable(error as NodeJS.ErrnoException);
    throw error;
  }
}

/** Anything the zip reader refuses, when opening or later while planning reads a source text, refuses the import. */
function refusingUnsafe<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof ZipError) throw new ImportRefused('imports.qdpxUnsafe', nested('reasonMessage', error.sentence));
    throw error;
  }
}

/**
 * Opens the .qdpx at `path` and hands its contents to `use` while the file is open, then closes it.
 * The file is read by position: the directory, the .qde and the texts `use` loads; recordings and
 * other media are never read, so a 1 GB project needs about as much memory as its text.
 */
export function withQdpxFile<T>(path: string, use: (contents: QdpxContents) => T): T {
  return refusingUnsafe(() => {
    const zip = openSafely(() => ZipArchive.openFile(path, QDPX_ZIP_LIMITS));
    try {
      return use(contentsOf(zip));
    } finally {
      zip.close();
    }
  });
}

/** The same for a .qdpx held in memory. */
export function withQdpxBytes<T>(bytes: Uint8Array, use: (contents: QdpxContents) => T): T {
  return refusingUnsafe(() => use(contentsOf(ZipArchive.open(bytes, QDPX_ZIP_LIMITS))));
}

/**
 * Reads the project of a .qdpx: exactly one `.qde` with any name (ATLAS.ti writes `<Project>.qde`), at
 * the root or, failing that, the only one in the archive; sources next to it in `sources/` (any letter
 * case). The zip reader has already refused zip-slip and absolute names, bombs and lying sizes.
 */
function contentsOf(zip: ZipArchive): QdpxContents {
  const qdes = zip.names().filter((n) => /\.qde$/i.test(n) && !n.endsWith('/'));
  const atRoot = qdes.filter((n) => !n.includes('/'));
  const candidates = atRoot.length > 0 ? atRoot : qdes;
  if (candidates.length === 0) throw new ImportRefused('imports.qdpxNoProject');
  if (candidates.length > 1)
    throw new ImportRefused('imports.qdpxManyProjects', { count: candidates.length, files: candidates.slice(0, 3).join(', ') });
  const qdeName = candidates[0]!;
  const text = xmlTextOf(zip.read(qdeName, QDE_MAX_BYTES), { file: qdeName });
  let project: RefiProject;
  try {
    project = parse(text, { file: qdeName }, readProjectXml);
  } catch (error) {
    if (error instanceof ImportRefused) throw error;
    // A reader's refusal says why in words; anything else is a program's own (English) detail.
    const reason =
      error instanceof SentenceError
        ? nested('reasonMessage', error.sentence)
        : { reasonMessage: 'imports.refiDetail', detail: (error as Error).message };
    throw new ImportRefused('imports.qdeNotRefi', { file: qdeName, ...reason });
  }
  if (qdeName !== 'project.qde')
    project.mapped.push(readNote(sentence('imports.whatProjectFileNamed', { file: qdeName }), sentence('imports.howReadAsProjectQde')));
  const base = qdeName.includes('/') ? qdeName.slice(0, qdeName.lastIndexOf('/') + 1) : '';
  return { project, files: new SourceFiles(zip, base), qdeName };
}

/** Reads a .qdc codebook: root `<CodeBook>` in any `urn:QDA-XML:codebook:*` namespace (1.0, 1:0, 0:4 are all seen). */
export function readQdc(bytes: Uint8Array): { codes: RefiCode[]; origin: string | null; sets: number; issues: ReadIssues } {
  if (bytes.length > 64 * 1024 * 1024) throw new ImportRefused('imports.qdcTooLarge');
  const root = parse(xmlTextOf(bytes, 'codebook'), 'codebook', treeOf, { maxChars: 64 * 1024 * 1024, maxDepth: 256, maxNodes: 2_000_000 });
  if (root.local !== 'CodeBook') throw new ImportRefused('imports.qdcWrongRoot', { root: root.local.slice(0, 40) });
  const issues: ReadIssues = { dropped: [], mapped: [] };
  if (root.ns !== null && !/^urn:QDA-XML:codebook:/i.test(root.ns))
    throw new ImportRefused('imports.qdcWrongNamespace', { namespace: root.ns.slice(0, 80) });
  if (root.ns !== 'urn:QDA-XML:codebook:1.0')
    issues.mapped.push(
      readNote(
        sentence('imports.whatNamespace', { named: root.ns === null ? 'no' : 'yes', namespace: root.ns ?? '' }),
        sentence('imports.howReadAsCodebookNamespace'),
      ),
    );
  const sets = kids(root, 'Sets').reduce((n, s) => n + kids(s, 'Set').length, 0);
  return { codes: parseCodes(kids(root, 'Codes'), issues), origin: root.attrs.get('origin') ?? null, sets, issues };
}
