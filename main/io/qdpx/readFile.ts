import { parseXml, XmlError, type XmlElement } from '../xml';
import { DEFAULT_ZIP_LIMITS, ZipArchive, ZipError } from '../zip';
import type { ReadIssues, RefiCode } from './model';
import { parseCodes } from './parseCodes';
import { parseProject } from './parseProject';
import { ImportRefused } from './plan';
import type { RefiProject } from './model';
import { SourceFiles } from './sourceFiles';
import { kids } from './xmlRead';

/** A .qdpx may hold up to this much once unpacked (text, rich text and media together). */
export const QDPX_ZIP_LIMITS = { ...DEFAULT_ZIP_LIMITS, maxEntries: 20_000, maxTotalBytes: 512 * 1024 * 1024 };
/** project.qde of a large project (100,000 codings) is about 60 MB; the node cap bounds the tree's memory. */
const QDE_XML_LIMITS = { maxChars: 256 * 1024 * 1024, maxDepth: 256, maxNodes: 12_000_000 };

/** Decodes the .qde / .qdc bytes: UTF-8 (a BOM is tolerated, QualCoder once wrote one), or UTF-16 with a BOM. */
function xmlTextOf(bytes: Uint8Array, what: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportRefused(`${what} is not UTF-8 text, as REFI-QDA requires.`);
  }
}

function parse(text: string, what: string, limits = QDE_XML_LIMITS): XmlElement {
  try {
    return parseXml(text, limits, { dropIndentation: true });
  } catch (error) {
    if (error instanceof XmlError) throw new ImportRefused(`${what} is not well-formed XML Verbatim will read: ${error.message} (line ${error.line}).`);
    throw error;
  }
}

/**
 * Opens a .qdpx: exactly one `.qde` with any name (ATLAS.ti writes `<Project>.qde`), at the root or,
 * failing that, the only one in the archive; sources next to it in `sources/` (any letter case).
 * The zip reader has already refused zip-slip and absolute names, bombs and lying sizes.
 */
export function readQdpx(bytes: Uint8Array): { project: RefiProject; files: SourceFiles; qdeName: string } {
  let zip: ZipArchive;
  try {
    zip = ZipArchive.open(bytes, QDPX_ZIP_LIMITS);
  } catch (error) {
    if (error instanceof ZipError) throw new ImportRefused(`This .qdpx cannot be opened safely: ${error.message}.`);
    throw error;
  }
  const qdes = zip.names().filter((n) => /\.qde$/i.test(n) && !n.endsWith('/'));
  const atRoot = qdes.filter((n) => !n.includes('/'));
  const candidates = atRoot.length > 0 ? atRoot : qdes;
  if (candidates.length === 0) throw new ImportRefused('This .qdpx has no project file (.qde) inside; it may be another kind of zip file.');
  if (candidates.length > 1) throw new ImportRefused(`This .qdpx has ${candidates.length} project files (${candidates.slice(0, 3).join(', ')}); a REFI-QDA project has one.`);
  const qdeName = candidates[0]!;
  let root: XmlElement;
  try {
    root = parse(xmlTextOf(zip.read(qdeName), qdeName), qdeName);
  } catch (error) {
    if (error instanceof ZipError) throw new ImportRefused(`This .qdpx cannot be opened safely: ${error.message}.`);
    throw error;
  }
  let project: RefiProject;
  try {
    project = parseProject(root);
  } catch (error) {
    if (error instanceof ImportRefused) throw error;
    throw new ImportRefused(`${qdeName} is not a REFI-QDA project: ${(error as Error).message}.`);
  }
  if (qdeName !== 'project.qde') project.mapped.push({ what: `the project file "${qdeName}"`, how: 'read as project.qde (the spec\'s name)' });
  const base = qdeName.includes('/') ? qdeName.slice(0, qdeName.lastIndexOf('/') + 1) : '';
  return { project, files: new SourceFiles(zip, base), qdeName };
}

/** Reads a .qdc codebook: root `<CodeBook>` in any `urn:QDA-XML:codebook:*` namespace (1.0, 1:0, 0:4 are all seen). */
export function readQdc(bytes: Uint8Array): { codes: RefiCode[]; origin: string | null; sets: number; issues: ReadIssues } {
  if (bytes.length > 64 * 1024 * 1024) throw new ImportRefused('This codebook is larger than 64 MB; a codebook is a few kilobytes.');
  const root = parse(xmlTextOf(bytes, 'The codebook'), 'The codebook', { maxChars: 64 * 1024 * 1024, maxDepth: 256, maxNodes: 2_000_000 });
  if (root.local !== 'CodeBook') throw new ImportRefused(`This is not a REFI-QDA codebook: its root element is <${root.local.slice(0, 40)}>, not <CodeBook>.`);
  const issues: ReadIssues = { dropped: [], mapped: [] };
  if (root.ns !== null && !/^urn:QDA-XML:codebook:/i.test(root.ns)) throw new ImportRefused(`The codebook uses the namespace "${root.ns.slice(0, 80)}", not REFI-QDA's urn:QDA-XML:codebook.`);
  if (root.ns !== 'urn:QDA-XML:codebook:1.0') issues.mapped.push({ what: `namespace ${root.ns ?? '(none)'}`, how: 'read as urn:QDA-XML:codebook:1.0 (the elements are the same)' });
  const sets = kids(root, 'Sets').reduce((n, s) => n + kids(s, 'Set').length, 0);
  return { codes: parseCodes(kids(root, 'Codes'), issues), origin: root.attrs.get('origin') ?? null, sets, issues };
}
