import { promisify } from 'node:util';
import { constants, crc32, deflateRaw, deflateRawSync } from 'node:zlib';

const deflateRawPromise = promisify(deflateRaw);

/**
 * Async raw deflate that runs to the end on the threadpool: with zlib's default 16 KB output chunk, each
 * chunk waits for a turn of the event loop, so nothing moves while the thread is busy building XML.
 * An output buffer a quarter of the input lets it finish in one go (XML and transcripts deflate to under
 * a fifth at level 1) without reserving the input's size again; data that deflates worse still comes out
 * whole, in a few more turns.
 */
function deflateRawAsync(raw: Buffer, options: { level: number; finishFlush?: number }): Promise<Buffer> {
  return deflateRawPromise(raw, { ...options, chunkSize: Math.max(64 * 1024, (raw.length >> 2) + 1024) });
}

/** One file to put in an archive. */
export interface ZipFileSpec {
  /** Forward-slash path inside the archive, e.g. `sources/1f0c….txt`. */
  name: string;
  /**
   * The bytes, a string (written as UTF-8), or parts joined in this order: a large file built in parts
   * (project.qde) is then never copied into one buffer when its compressed form is ready.
   */
  data: Uint8Array | string | readonly Uint8Array[];
  /** Store without compression (already-compressed media); by default deflate is used when it saves space. */
  store?: boolean;
  /** zlib level for this entry (overrides the archive's). */
  level?: number;
  /** The data already raw-deflated (started while it was still being written; see {@link PieceDeflater}). Used by {@link writeZipAsync}. */
  deflated?: Promise<Buffer>;
}

export interface ZipWriteOptions {
  /** Modification time written for every entry (default: now). Fixed in tests for byte-identical output. */
  date?: Date;
  /** zlib level 1–9 (default 6, zlib's own balance of speed and size). */
  level?: number;
  /** Called after each entry with the entries done and the total (progress of a long export). */
  onEntry?: (done: number, total: number) => void;
}

/** The archive cannot be written as a plain (non-zip64) zip: too many entries, too large, or a bad name. */
export class ZipWriteError extends Error {
  override name = 'ZipWriteError';
}

const LOCAL_SIG = 0x04034b50;
const CENTRAL_SIG = 0x02014b50;
const EOCD_SIG = 0x06054b50;
const FLAG_UTF8 = 0x800;
const VERSION = 20; // 2.0: deflate; what every reader (ours, Windows Explorer, NVivo, ATLAS.ti) accepts
const MAX_U32 = 0xffffffff;
const BOMB_CHECK_FROM = 1024 * 1024;
const SAFE_RATIO = 100;

/**
 * Writes a zip archive in memory: stored or deflated entries, CRC-32, matching local and central
 * headers, the UTF-8 name flag for non-ASCII names, and no zip64, data descriptors or extra fields,
 * so the simplest readers open it. Names are checked the way {@link ZipArchive} checks them on the way
 * in: a product that refuses zip-slip names on import must not write them on export.
 */
export function writeZip(files: readonly ZipFileSpec[], options: ZipWriteOptions = {}): Uint8Array {
  checkEntries(files);
  const raws = files.map(rawBytes);
  const deflated = files.map((file, i) =>
    skipsDeflate(file, raws[i]!) ? null : deflateRawSync(joined(raws[i]!), { level: file.level ?? options.level ?? 6 }),
  );
  return assemble(files, raws, deflated, options, true);
}

/**
 * {@link writeZip} off the calling thread's clock: every entry is deflated on zlib's threadpool at
 * once, and an entry larger than {@link PIECE_BYTES} in pieces side by side, so a large export uses
 * every core. The archive holds the same files; only the compressed bytes of a split entry differ.
 */
export async function writeZipAsync(files: readonly ZipFileSpec[], options: ZipWriteOptions = {}): Promise<Uint8Array> {
  checkEntries(files);
  const raws = files.map(rawBytes);
  const deflated: (Buffer | null)[] = new Array(files.length).fill(null);
  let next = 0;
  let done = 0;
  // A few entries at a time (zlib's pool has 4 threads): 500 streams started at once each hold their
  // window and buffers, 100 MB more at the peak for no gain in speed.
  const lane = async () => {
    while (next < files.length) {
      const i = next++;
      const file = files[i]!;
      if (!skipsDeflate(file, raws[i]!))
        deflated[i] = await (file.deflated ?? deflateInPieces(joined(raws[i]!), file.level ?? options.level ?? 6));
      options.onEntry?.(++done, files.length);
    }
  };
  await Promise.all([lane(), lane(), lane(), lane()]);
  return assemble(files, raws, deflated, options, false);
}

/** Pieces of a large entry deflated on separate threads: 8 MB costs about 1% in size against one stream. */
export const PIECE_BYTES = 8 * 1024 * 1024;

/**
 * Deflates `raw` as independent pieces joined into one raw deflate stream: every piece but the last
 * ends with a sync flush (byte-aligned, no final-block bit), so the next piece's blocks simply follow,
 * as pigz does. A piece cannot refer back into the one before; that is the small size cost.
 */
async function deflateInPieces(raw: Buffer, level: number): Promise<Buffer> {
  if (raw.length <= PIECE_BYTES) return deflateRawAsync(raw, { level });
  const pieces: Promise<Buffer>[] = [];
  for (let at = 0; at < raw.length; at += PIECE_BYTES) {
    const last = at + PIECE_BYTES >= raw.length;
    pieces.push(
      deflateRawAsync(raw.subarray(at, at + PIECE_BYTES), { level, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }),
    );
  }
  return Buffer.concat(await Promise.all(pieces));
}

/**
 * Deflates a file while it is still being written: each full piece handed over goes to zlib's
 * threadpool at once, so compressing overlaps with producing the rest (the writer's thread is busy,
 * the pool's are not). {@link finish} deflates the remainder and joins the pieces into one stream.
 */
export class PieceDeflater {
  private readonly pieces: Promise<Buffer>[] = [];
  constructor(private readonly level: number) {}

  /** A piece that is complete and will not change (it is read later, on another thread). */
  push(piece: Buffer): void {
    this.pieces.push(deflateRawAsync(piece, { level: this.level, finishFlush: constants.Z_SYNC_FLUSH }));
  }

  /** A piece that goes before every piece pushed so far (a part written last but read first). */
  pushFirst(piece: Buffer): void {
    this.pieces.unshift(deflateRawAsync(piece, { level: this.level, finishFlush: constants.Z_SYNC_FLUSH }));
  }

  get started(): boolean {
    return this.pieces.length > 0;
  }

  async finish(rest: Buffer): Promise<Buffer> {
    this.pieces.push(deflateRawAsync(rest, { level: this.level }));
    return Buffer.concat(await Promise.all(this.pieces));
  }
}

function checkEntries(files: readonly ZipFileSpec[]): void {
  if (files.length > 0xffff) throw new ZipWriteError(`an archive holds at most 65,535 entries, not ${files.length}`);
  const seen = new Set<string>();
  for (const file of files) checkName(file.name, seen);
}

/** An entry's bytes as given: one buffer, or parts that follow each other. */
interface Raw {
  parts: Buffer[];
  length: number;
}

const viewOf = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

function rawBytes(file: ZipFileSpec): Raw {
  const { data } = file;
  const parts =
    typeof data === 'string' ? [Buffer.from(data, 'utf8')] : Array.isArray(data) ? data.map(viewOf) : [viewOf(data as Uint8Array)];
  const length = parts.reduce((n, p) => n + p.length, 0);
  if (length >= MAX_U32) throw new ZipWriteError(`"${file.name}" is 4 GB or larger`);
  return { parts, length };
}

/** The bytes in one buffer, for a deflate of its own (a copy only when there are several parts). */
const joined = (raw: Raw): Buffer => (raw.parts.length === 1 ? raw.parts[0]! : Buffer.concat(raw.parts, raw.length));

function crcOf(raw: Raw): number {
  let crc = 0;
  for (const part of raw.parts) crc = crc32(part, crc);
  return crc >>> 0;
}

const skipsDeflate = (file: ZipFileSpec, raw: Raw) => file.store === true || raw.length === 0;

/** Headers, bodies and the central directory around entries already deflated (`null`: stored). */
function assemble(
  files: readonly ZipFileSpec[],
  raws: Raw[],
  deflatedBodies: (Buffer | null)[],
  options: ZipWriteOptions,
  reportEntries: boolean,
): Uint8Array {
  const { time, date } = dosDateTime(options.date ?? new Date());
  const chunks: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  files.forEach((file, i) => {
    const raw = raws[i]!;
    const deflated = deflatedBodies[i]!;
    // Highly repetitive data (a generated transcript) can deflate past the ratio zip-bomb checks refuse
    // (ours: 200:1 from 1 MB); such an entry is stored, so every export can be imported again.
    const bombLike = deflated !== null && raw.length >= BOMB_CHECK_FROM && raw.length > deflated.length * SAFE_RATIO;
    const useDeflate = deflated !== null && deflated.length < raw.length && !bombLike;
    const body = useDeflate ? [deflated] : raw.parts;
    const bodyLength = useDeflate ? deflated.length : raw.length;
    const name = Buffer.from(file.name, 'utf8');
    const flags = /[^\x20-\x7e]/.test(file.name) ? FLAG_UTF8 : 0;
    const crc = crcOf(raw);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_SIG, 0);
    writeCommon(local, 4, flags, useDeflate ? 8 : 0, time, date, crc, bodyLength, raw.length);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_SIG, 0);
    central.writeUInt16LE(VERSION, 4); // made by: MS-DOS / FAT attributes, which every reader understands
    writeCommon(central, 6, flags, useDeflate ? 8 : 0, time, date, crc, bodyLength, raw.length);
    central.writeUInt16LE(name.length, 28);
    // extra length, comment length, disk number, internal and external attributes stay 0
    central.writeUInt32LE(offset, 42);

    chunks.push(local, name, ...body);
    centrals.push(central, name);
    offset += local.length + name.length + bodyLength;
    if (offset >= MAX_U32) throw new ZipWriteError('the archive would be 4 GB or larger');
    if (reportEntries) options.onEntry?.(i + 1, files.length);
  });
  const cdSize = centrals.reduce((n, b) => n + b.length, 0);
  if (offset + cdSize >= MAX_U32) throw new ZipWriteError('the archive would be 4 GB or larger');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD_SIG, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  const out = Buffer.concat([...chunks, ...centrals, end]);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/** The fields local and central headers share, from "version needed" to the uncompressed size. */
function writeCommon(
  b: Buffer,
  at: number,
  flags: number,
  method: number,
  time: number,
  date: number,
  crc: number,
  compressed: number,
  size: number,
): void {
  b.writeUInt16LE(VERSION, at);
  b.writeUInt16LE(flags, at + 2);
  b.writeUInt16LE(method, at + 4);
  b.writeUInt16LE(time, at + 6);
  b.writeUInt16LE(date, at + 8);
  b.writeUInt32LE(crc, at + 10);
  b.writeUInt32LE(compressed, at + 14);
  b.writeUInt32LE(size, at + 18);
}

function checkName(name: string, seen: Set<string>): void {
  const shown = JSON.stringify(name.slice(0, 80));
  if (name === '' || name.includes('\0') || name.includes('\\')) throw new ZipWriteError(`the entry name ${shown} is not allowed`);
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name) || name.split('/').includes('..'))
    throw new ZipWriteError(`the entry name ${shown} is not a relative path`);
  if (Buffer.byteLength(name, 'utf8') > 0xffff) throw new ZipWriteError(`the entry name ${shown} is too long`);
  if (seen.has(name)) throw new ZipWriteError(`the entry ${shown} is listed twice`);
  seen.add(name);
}

/** MS-DOS date and time (local fields, 2-second resolution, years 1980–2107), as zip headers store them. */
function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.min(2107, Math.max(1980, d.getFullYear()));
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}
