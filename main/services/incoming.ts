import { randomUUID } from 'node:crypto';
import { constants, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { INCOMING_LIMITS, type IncomingFile, type IncomingKind } from '../../shared/domain/files';
import { AppError } from '../../shared/errors';

interface Held {
  kind: IncomingKind;
  path: string;
  name: string;
  size: number;
  /** An upload is our own temp file and is deleted when let go; a file the user picked is theirs. */
  owned: boolean;
}

/** A display name: the last segment only, no control characters, at most 260 characters. */
function displayName(name: string, kind: IncomingKind): string {
  const clean = basename(name.replace(/\\/g, '/'))
    // eslint-disable-next-line no-control-regex -- control characters are what a name must not carry
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, 260);
  return clean || `file.${kind}`;
}

/**
 * The one road in for files. The page never names a path: the desktop app's open dialog (a path the
 * host produced) or a browser-mode upload (streamed to a temp file here) is registered under an
 * opaque id, and an import channel names only that id. Uploads are deleted after use, and the whole
 * folder on start and on exit.
 */
export class IncomingFiles {
  private readonly held = new Map<string, Held>();

  constructor(private readonly dir: string) {
    this.clear();
  }

  /** A file the host's open dialog chose: registered where it is (read later, never changed). */
  registerPicked(kind: IncomingKind, path: string): IncomingFile {
    const size = statSync(path).size;
    this.checkSize(kind, size, basename(path));
    return this.hold({ kind, path, name: displayName(basename(path), kind), size, owned: false });
  }

  /**
   * Streams an upload into a new temp file (created exclusively), stopping at the kind's limit: a
   * larger upload is refused and nothing of it stays behind.
   */
  async receive(kind: IncomingKind, name: string, chunks: AsyncIterable<Uint8Array>): Promise<IncomingFile> {
    mkdirSync(this.dir, { recursive: true });
    const fileId = randomUUID();
    const path = join(this.dir, `${fileId}.upload`);
    const handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    let size = 0;
    try {
      for await (const chunk of chunks) {
        size += chunk.byteLength;
        this.checkSize(kind, size, name);
        await handle.write(chunk);
      }
    } catch (error) {
      await handle.close();
      rmSync(path, { force: true });
      throw error instanceof AppError ? error : new AppError('IO_ERROR', 'errors.uploadIncomplete', { name: displayName(name, kind) });
    }
    await handle.close();
    if (size === 0) {
      rmSync(path, { force: true });
      throw new AppError('INVALID_INPUT', 'errors.fileEmpty', { name: displayName(name, kind) });
    }
    return this.hold({ kind, path, name: displayName(name, kind), size, owned: true }, fileId);
  }

  /** Where a held file of `kind` is, for readers that stream from disk; NOT_FOUND for an id this backend does not hold. */
  locate(fileId: string, kind: IncomingKind): { name: string; path: string } {
    const held = this.held.get(fileId);
    if (!held || held.kind !== kind) throw new AppError('NOT_FOUND', 'errors.fileGone');
    return { name: held.name, path: held.path };
  }

  /** The bytes of a held file of `kind` (small files only); NOT_FOUND for an id this backend does not hold. */
  read(fileId: string, kind: IncomingKind): { name: string; bytes: Uint8Array } {
    const held = this.held.get(fileId);
    if (!held || held.kind !== kind) throw new AppError('NOT_FOUND', 'errors.fileGone');
    try {
      return { name: held.name, bytes: readFileSync(held.path) };
    } catch (error) {
      throw new AppError('IO_ERROR', 'errors.fileUnreadable', {
        name: held.name,
        detail: (error as NodeJS.ErrnoException).code ?? String(error),
      });
    }
  }

  /** Done with a file: an upload is deleted, and the id is forgotten either way. */
  release(fileId: string): void {
    const held = this.held.get(fileId);
    this.held.delete(fileId);
    if (held?.owned) rmSync(held.path, { force: true });
  }

  /** Lets go of everything and empties the upload folder (start and exit). */
  clear(): void {
    this.held.clear();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private checkSize(kind: IncomingKind, size: number, name: string): void {
    const limit = INCOMING_LIMITS[kind];
    if (size > limit.bytes)
      throw new AppError('INVALID_INPUT', 'errors.fileTooLarge', { name: displayName(name, kind), limit: limit.label });
  }

  private hold(file: Held, fileId: string = randomUUID()): IncomingFile {
    this.held.set(fileId, file);
    return { fileId, name: file.name, size: file.size };
  }
}
