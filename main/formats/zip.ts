import { crc32, inflateRawSync } from 'node:zlib';
import { SentenceError, type SentenceValues } from '../../shared/i18n/sentence';
import { bytesSource, fileSource, type ZipSource } from './zipSource';

/** Caps that keep a hostile archive (zip bomb, entry flood) from exhausting memory. */
export interface ZipLimits {
  maxEntries: number;
  /** Sum of all entries' declared uncompressed sizes; also the cap on any one entry. */
  maxTotalBytes: number;
  /**
   * Sum of the entries actually read (inflated); defaults to `maxTotalBytes`. Lower it for archives whose
   * large entries are never read, such as the recordings a .qdpx may carry next to its texts.
   */
  maxReadBytes?: number;
  /** Largest uncompressed:compressed ratio for entries above {@link RATIO_CHECK_FROM_BYTES}. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 2000, maxTotalBytes: 200 * 1024 * 1024, maxRatio: 200 };
/** Small parts of repetitive XML can legitimately compress past 200:1 and cannot hurt; big ones are what bombs are made of. */
export const RATIO_CHECK_FROM_BYTES = 1024 * 1024;
/** 20,000 entries take about 2 MB of directory; a larger one is damaged or hostile, and is never read into memory. */
const MAX_CENTRAL_DIRECTORY_BYTES = 64 * 1024 * 1024;

/** The archive is damaged, unsupported or unsafe; the sentence says which, without the file name. */
export class ZipError extends SentenceError {
  override name = 'ZipError';
}

interface Entry {
  name: string;
  nameBytes: Buffer;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const FLAG_ENCRYPTED = 0x1;
const FLAG_STRONG_ENCRYPTION = 0x40;
const FLAG_UTF8 = 0x800;

/**
 * A read-only view of a zip archive, in memory or in a file read by position (only the central
 * directory and the entries asked for are ever read). Everything is read from the central
 * directory and checked before any entry is inflated: entry count, declared sizes, ratios,
 * encryption, zip64, and names. Entry names are lookup keys only and never become paths on disk;
 * still, an archive with `..`, absolute, NUL-containing or duplicate names is refused outright,
 * since nothing legitimate writes them. Inflated data must match the declared size and CRC, so a
 * header cannot understate what an entry holds.
 */
export class ZipArchive {
  /** Bytes inflated so far, against {@link ZipLimits.maxReadBytes}. */
  private unpacked = 0;

  private constructor(
    private readonly source: ZipSource,
    private readonly entries: ReadonlyMap<string, Entry>,
    private readonly limits: ZipLimits,
  ) {}

  /** Reads the central directory of `bytes`. Throws {@link ZipError}. */
  static open(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipArchive {
    return ZipArchive.fromSource(bytesSource(bytes), limits);
  }

  /**
   * Opens the archive at `path` and reads its central directory; the file stays open for {@link read}
   * until {@link close}. Throws {@link ZipError}, or the file system's error when the file cannot be read.
   */
  static openFile(path: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipArchive {
    const source = fileSource(path);
    try {
      return ZipArchive.fromSource(source, limits);
    } catch (error) {
      source.close();
      throw error;
    }
  }

  private static fromSource(source: ZipSource, limits: ZipLimits): ZipArchive {
    // The end record is 22 bytes plus a comment of at most 65,535 bytes; the zip64 locator sits just before it.
    const tailStart = Math.max(0, source.size - 22 - 0xffff - 20);
    const tail = source.read(tailStart, source.size - tailStart);
    if (tail === null) throw new ZipError('imports.zipCutOff');
    const eocd = findEndOfCentralDirectory(tail);
    if (eocd >= 20 && tail.readUInt32LE(eocd - 20) === ZIP64_LOCATOR_SIG) throw new ZipError('imports.zip64');
    const disk = tail.readUInt16LE(eocd + 4);
    const cdDisk = tail.readUInt16LE(eocd + 6);
    const onDisk = tail.readUInt16LE(eocd + 8);
    const count = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw new ZipError('imports.zip64');
    if (disk !== 0 || cdDisk !== 0 || onDisk !== count) throw new ZipError('imports.zipSplit');
    if (count > limits.maxEntries) throw new ZipError('imports.zipTooManyEntries', { count, max: limits.maxEntries });
    if (cdOffset + cdSize > tailStart + eocd) throw new ZipError('imports.zipDirectoryOutside');
    if (cdSize > MAX_CENTRAL_DIRECTORY_BYTES) throw new ZipError('imports.zipDirectoryTooLarge', size(MAX_CENTRAL_DIRECTORY_BYTES));
    const cd = source.read(cdOffset, cdSize);
    if (cd === null) throw new ZipError('imports.zipDirectoryOutside');
    const entries = new Map<string, Entry>();
    let total = 0;
    let p = 0;
    for (let k = 0; k < count; k++) {
      const entry = readCentralEntry(cd, p, cdSize);
      p = entry.next;
      checkEntry(entry.entry, entry.flags, limits);
      if (entries.has(entry.entry.name)) throw new ZipError('imports.zipListedTwice', { entry: entry.entry.name });
      total += entry.entry.size;
      if (total > limits.maxTotalBytes) throw new ZipError('imports.zipUnpacksTooLarge', size(limits.maxTotalBytes));
      entries.set(entry.entry.name, entry.entry);
    }
    return new ZipArchive(source, entries, limits);
  }

  /** Entry names in central-directory order. */
  names(): string[] {
    return [...this.entries.keys()];
  }

  /** True when the archive has an entry with exactly this name. */
  has(name: string): boolean {
    return this.entries.has(name);
  }

  /**
   * Inflates one entry; the result is exactly the declared size and matches the declared CRC.
   * `maxBytes` caps this entry below the archive's limits (one part that must fit in memory whole).
   */
  read(name: string, maxBytes = Infinity): Buffer {
    const e = this.entries.get(name);
    if (!e) throw new ZipError('imports.zipNoEntry', { entry: name });
    const budget = this.limits.maxReadBytes ?? this.limits.maxTotalBytes;
    // Charged before reading: what a reader can be made to hold is bounded by the budget, not by the archive.
    this.unpacked += Math.max(e.size, e.compressedSize);
    if (this.unpacked > budget) throw new ZipError('imports.zipUnpacksTooLarge', size(budget));
    if (e.size > maxBytes) throw new ZipError('imports.zipEntryTooLarge', { entry: name, ...size(maxBytes) });
    const header = this.source.read(e.localOffset, 30);
    if (header === null || header.readUInt32LE(0) !== LOCAL_SIG) throw new ZipError('imports.zipNoLocalHeader', { entry: name });
    const nameLength = header.readUInt16LE(26);
    const start = e.localOffset + 30 + nameLength + header.readUInt16LE(28);
    // Two different names for one entry is how archives trick one tool into reading what another skipped.
    const localName = this.source.read(e.localOffset + 30, nameLength);
    if (localName === null || !localName.equals(e.nameBytes)) throw new ZipError('imports.zipTwoNames', { entry: name });
    const data = this.source.read(start, e.compressedSize);
    if (data === null) throw new ZipError('imports.zipEntryCutOff', { entry: name });
    const out = e.method === 0 ? Buffer.from(data) : inflate(data, e);
    if (out.length !== e.size) throw new ZipError('imports.zipWrongSize', { entry: name, actual: out.length, declared: e.size });
    if (crc32(out) >>> 0 !== e.crc) throw new ZipError('imports.zipChecksum', { entry: name });
    return out;
  }

  /** Releases the file of an archive opened with {@link openFile} (nothing to do for one in memory). */
  close(): void {
    this.source.close();
  }
}

/** A size as the values of `{sizeMessage}`: whole megabytes from 1 MB, bytes below. */
function size(bytes: number): SentenceValues {
  return bytes >= 1048576
    ? { sizeMessage: 'imports.sizeMegabytes', megabytes: Math.round(bytes / 1048576) }
    : { sizeMessage: 'imports.sizeBytes', bytes };
}

function inflate(data: Buffer, e: Entry): Buffer {
  try {
    // maxOutputLength stops inflation the moment the real data exceeds what the header declared. One
    // output buffer of the declared size (plus the byte that shows a lie) instead of 16 KB pieces joined
    // at the end: a 79 MB project file is then held once, not twice, and never copied.
    return inflateRawSync(data, { maxOutputLength: Math.max(1, e.size), chunkSize: Math.max(64, e.size + 1) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw new ZipError('imports.zipMoreThanHeader', { entry: e.name, declared: e.size });
    throw new ZipError('imports.zipInflateFailed', { entry: e.name, detail: (err as Error).message });
  }
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const lowest = Math.max(0, buf.length - 22 - 0xffff);
  for (let p = buf.length - 22; p >= lowest; p--) {
    if (buf.readUInt32LE(p) === EOCD_SIG && p + 22 + buf.readUInt16LE(p + 20) <= buf.length) return p;
  }
  throw new ZipError('imports.zipNotZip');
}

function readCentralEntry(buf: Buffer, p: number, end: number): { entry: Entry; flags: number; next: number } {
  if (p + 46 > end || buf.readUInt32LE(p) !== CENTRAL_SIG) throw new ZipError('imports.zipDirectoryDamaged');
  const flags = buf.readUInt16LE(p + 8);
  const nameLength = buf.readUInt16LE(p + 28);
  const next = p + 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  if (next > end) throw new ZipError('imports.zipDirectoryDamaged');
  const nameBytes = buf.subarray(p + 46, p + 46 + nameLength);
  let name: string;
  try {
    // Without the UTF-8 flag names are CP437; for a lookup key latin1 is close enough and cannot fail.
    name = flags & FLAG_UTF8 ? new TextDecoder('utf-8', { fatal: true }).decode(nameBytes) : nameBytes.toString('latin1');
  } catch {
    throw new ZipError('imports.zipNameNotUtf8');
  }
  const entry: Entry = {
    name,
    nameBytes,
    method: buf.readUInt16LE(p + 10),
    crc: buf.readUInt32LE(p + 16),
    compressedSize: buf.readUInt32LE(p + 20),
    size: buf.readUInt32LE(p + 24),
    localOffset: buf.readUInt32LE(p + 42),
  };
  return { entry, flags, next };
}

function checkEntry(e: Entry, flags: number, limits: ZipLimits): void {
  // Escaped as JSON (a name may hold control characters); the message puts the quotes around it.
  const entry = JSON.stringify(e.name.slice(0, 80)).slice(1, -1);
  if (e.name.includes('\0')) throw new ZipError('imports.zipNameNul', { entry });
  if (/^[/\\]|^[a-zA-Z]:/.test(e.name)) throw new ZipError('imports.zipNameAbsolute', { entry });
  if (e.name.split(/[/\\]/).includes('..')) throw new ZipError('imports.zipNameClimbs', { entry });
  if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) throw new ZipError('imports.zipEncrypted', { entry });
  if (e.compressedSize === 0xffffffff || e.size === 0xffffffff || e.localOffset === 0xffffffff) throw new ZipError('imports.zip64');
  if (e.method !== 0 && e.method !== 8) throw new ZipError('imports.zipMethod', { entry, method: e.method });
  if (e.method === 0 && e.compressedSize !== e.size) throw new ZipError('imports.zipStoredSizes', { entry });
  if (Math.max(e.size, e.compressedSize) > limits.maxTotalBytes)
    throw new ZipError('imports.zipEntryTooLarge', { entry, ...size(limits.maxTotalBytes) });
  const readable = limits.maxReadBytes ?? limits.maxTotalBytes;
  // Too large to ever be read, and compressed like a bomb (recordings are stored or barely compressed): say what it claims.
  if (e.size > readable && e.size > e.compressedSize * limits.maxRatio)
    throw new ZipError('imports.zipEntryTooLarge', { entry, ...size(readable) });
  if (e.size >= RATIO_CHECK_FROM_BYTES && e.size > e.compressedSize * limits.maxRatio)
    throw new ZipError('imports.zipBomb', { entry, ratio: limits.maxRatio });
}
