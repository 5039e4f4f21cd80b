import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Delivery } from '../../shared/domain/files';
import { AppError } from '../../shared/errors';
import type { Host, SaveFileRequest } from '../app/host';
import { passPointOfNoReturn, type JobControl } from '../jobs/control';

/** A file an export produced: its suggested name, MIME type and bytes. */
export interface OutgoingFile {
  name: string;
  mimeType: string;
  /** The bytes, or chunks of them (a producer may stream; a chunk source that throws aborts the write). */
  data: Uint8Array | AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

/** What a producer hands over: one file, or several that belong together (a report as CSV tables). */
export interface Produced {
  files: OutgoingFile[];
  notes?: string[];
}

/** The producer runs only after the user chose where to save. */
export type Producer = () => Promise<Produced>;

// O_EXCL with O_CREAT refuses any existing entry at the temp name, a symlink included, so a planted
// link is never followed; O_NOFOLLOW says the same where the platform has it (not Windows).
const CREATE_NEW = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

export interface AtomicWriteOptions {
  /** The temp file's name in the target's folder (tests pin it); random otherwise. */
  tempName?: (target: string) => string;
  /** Runs once every file is staged, before the first rename; throwing drops every temp file (a cancel). */
  beforeRename?: () => void;
}

const randomTempName = (target: string) => `.${basename(target)}.${randomBytes(6).toString('hex')}.partial`;

/**
 * Removes temp files an earlier export of `target` left behind (the app ended between writing and
 * renaming). Only names exactly of the form {@link randomTempName} gives are touched; best effort.
 */
async function removeAbandonedTemps(target: string): Promise<void> {
  const prefix = `.${basename(target)}.`;
  const names = await readdir(dirname(target)).catch(() => [] as string[]);
  for (const name of names) {
    if (name.startsWith(prefix) && /^[0-9a-f]{12}\.partial$/.test(name.slice(prefix.length)))
      await rm(join(dirname(target), name), { force: true }).catch(() => {});
  }
}

/**
 * The permissions the written file gets: an existing target's own (a user who made a report private
 * keeps it private), else 0o644, which the process umask narrows as for any new file.
 */
async function modeFor(target: string): Promise<number | null> {
  const existing = await lstat(target).catch(() => null);
  return existing?.isFile() ? existing.mode & 0o777 : null;
}

/** A file written in full next to its target, waiting to be renamed over it (or dropped). */
interface Staged {
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * Writes the bytes to a temp file created exclusively next to the target (same file system, so the
 * later rename is atomic) and flushes them to disk. On failure the temp is removed and nothing else
 * was touched.
 */
async function stage(target: string, data: OutgoingFile['data'], options: AtomicWriteOptions): Promise<Staged> {
  const temp = join(dirname(target), (options.tempName ?? randomTempName)(target));
  let created = false;
  try {
    const mode = await modeFor(target);
    const handle = await open(temp, CREATE_NEW, 0o644);
    created = true;
    try {
      if (mode !== null) await handle.chmod(mode);
      if (data instanceof Uint8Array) await handle.writeFile(data);
      else for await (const chunk of data) await handle.write(chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    // Only a temp this call created is removed: an entry that was already there is not ours.
    if (created) await rm(temp, { force: true });
    throw writeError(target, error);
  }
  return {
    async commit() {
      try {
        await rename(temp, target);
      } catch (error) {
        await rm(temp, { force: true });
        throw writeError(target, error, 'replacing');
      }
      await syncFolder(dirname(target));
    },
    abort: () => rm(temp, { force: true }),
  };
}

/**
 * Writes a file so that the target either keeps its old content or gets the whole new one: staged
 * in full (exclusive temp, fsync), then renamed over the target.
 */
export async function writeFileAtomic(target: string, data: OutgoingFile['data'], options: AtomicWriteOptions = {}): Promise<void> {
  await writeFilesAtomic([{ target, data }], options);
}

/**
 * Writes several files that belong together (a report's CSV tables): every one is staged before any
 * is renamed into place, so a failure while writing leaves all the targets as they were. A rename
 * that fails part-way cannot be undone (the earlier targets are already replaced): every remaining
 * temp file is removed and the error names the files that were saved and those that were not.
 */
export async function writeFilesAtomic(
  files: { target: string; data: OutgoingFile['data'] }[],
  options: AtomicWriteOptions = {},
): Promise<void> {
  for (const f of files) await removeAbandonedTemps(f.target);
  const staged: Staged[] = [];
  try {
    for (const f of files) staged.push(await stage(f.target, f.data, options));
    options.beforeRename?.();
  } catch (error) {
    await Promise.all(staged.map((s) => s.abort()));
    throw error;
  }
  for (let i = 0; i < staged.length; i++) {
    try {
      await staged[i]!.commit();
    } catch (error) {
      await Promise.all(staged.slice(i + 1).map((s) => s.abort()));
      if (i === 0) throw error;
      throw partlySaved(
        files.map((f) => f.target),
        i,
        error,
      );
    }
  }
}

/** The error of a rename that failed after `done` files were already saved: which are new, which are not. */
function partlySaved(targets: string[], done: number, error: unknown): AppError {
  const failed = writeError(targets[done]!, error);
  const names = (list: string[]) => list.map((t) => basename(t)).join(', ');
  const lists = { saved: names(targets.slice(0, done)), notSaved: names(targets.slice(done)) };
  if (failed.messageId === 'errors.writeFailedHeldOpen')
    return new AppError('IO_ERROR', 'errors.partlySavedHeldOpen', { ...failed.values, ...lists });
  if (failed.messageId === 'errors.writeFailed') return new AppError('IO_ERROR', 'errors.partlySaved', { ...failed.values, ...lists });
  // Not reached today (a commit fails only with writeError's two messages); kept so a new one still names the files.
  return new AppError('IO_ERROR', 'errors.partlySaved', { target: targets[done]!, detail: failed.message, ...lists });
}

/** Makes the rename itself durable where folders can be opened (not Windows); best effort. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, constants.O_RDONLY).catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => {});
  await handle.close();
}

/** Errors of a rename over a file another program holds open (Excel on Windows locks what it shows). */
const HELD_OPEN = new Set(['EBUSY', 'EPERM', 'EACCES']);

function writeError(target: string, error: unknown, step: 'writing' | 'replacing' = 'writing'): AppError {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const detail = code ?? (error instanceof Error ? error.message : String(error));
  // The file was written in full next to the target, so the folder is writable: the target itself is held.
  const heldOpen = step === 'replacing' && code !== undefined && HELD_OPEN.has(code);
  return new AppError('IO_ERROR', heldOpen ? 'errors.writeFailedHeldOpen' : 'errors.writeFailed', { target, detail });
}

/**
 * Where the files of one export go once the user chose `target`: one file goes to the target
 * itself; several (a report's CSV tables) share the chosen name as a prefix, each keeping the part
 * of its own name after the suggested stem (`Chosen-themes.csv`, `Chosen-quotes.csv`).
 */
export function targetsFor(target: string, suggestedFileName: string, names: string[]): string[] {
  if (names.length === 1) return [target];
  const stem = suggestedFileName.slice(0, suggestedFileName.length - extname(suggestedFileName).length);
  const chosen = target.slice(0, target.length - extname(target).length);
  return names.map((name) => `${chosen}-${name.startsWith(`${stem}-`) ? name.slice(stem.length + 1) : name}`);
}

/**
 * The save dialog asked about the chosen name only; the files written next to it under other names
 * (a report's CSV tables) must not silently replace files the user never confirmed. Refuses, naming
 * them, when any already exists; nothing is written.
 */
async function refuseUnaskedReplacements(chosen: string, targets: string[]): Promise<void> {
  const unasked = targets.filter((t) => t !== chosen);
  const existing = (await Promise.all(unasked.map(async (t) => ((await lstat(t).catch(() => null)) ? t : null)))).filter((t) => t !== null);
  if (existing.length === 0) return;
  const names = existing.map((t) => basename(t)).join(', ');
  throw new AppError('ALREADY_EXISTS', 'errors.unaskedReplacements', { folder: dirname(chosen), names, chosen: basename(chosen) });
}

async function bytesOf(data: OutgoingFile['data']): Promise<Uint8Array> {
  if (data instanceof Uint8Array) return data;
  const chunks: Uint8Array[] = [];
  for await (const chunk of data) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * The one road out for every file the app writes. Where the host has save dialogs it asks where
 * (cancelling is `CANCELLED`, not a failure to show), produces, and writes atomically; it answers
 * with the paths. Without dialogs (browser mode) nothing touches the disk: the bytes come back for
 * the page to download. A job's `control` can cancel it until every file is written in full, not after.
 */
export async function deliver(host: Host, request: SaveFileRequest, produce: Producer, control?: JobControl): Promise<Delivery> {
  let target: string | null = null;
  if (host.nativeDialogs) {
    target = await host.pickFileToSave(request);
    if (target === null) throw new AppError('CANCELLED', 'errors.noFileChosen');
  }
  const { files, notes = [] } = await produce();
  if (target === null) {
    const downloads = await Promise.all(
      files.map(async (f) => ({ name: f.name, mimeType: f.mimeType, dataBase64: Buffer.from(await bytesOf(f.data)).toString('base64') })),
    );
    return { saved: [], files: downloads, notes };
  }
  const targets = targetsFor(
    target,
    request.suggestedFileName,
    files.map((f) => f.name),
  );
  await refuseUnaskedReplacements(target, targets);
  await writeFilesAtomic(
    files.map((file, i) => ({ target: targets[i]!, data: file.data })),
    { beforeRename: () => passPointOfNoReturn(control, 'export') },
  );
  return { saved: targets, files: [], notes };
}
