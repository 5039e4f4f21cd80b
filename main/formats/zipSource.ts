import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Random access to the bytes of an archive: from memory, or from a file read by position, so a 1 GB
 * project with embedded recordings is never loaded whole (only the directory and the entries read).
 */
export interface ZipSource {
  readonly size: number;
  /** Exactly `length` bytes from `at`; null when the source is shorter (a cut-off archive). */
  read(at: number, length: number): Buffer | null;
  close(): void;
}

export function bytesSource(bytes: Uint8Array): ZipSource {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    size: buf.length,
    read: (at, length) => (at < 0 || at + length > buf.length ? null : buf.subarray(at, at + length)),
    close: () => {},
  };
}

/** Opens `path` for reading; file-system errors (missing, unreadable) are thrown as Node raises them. */
export function fileSource(path: string): ZipSource {
  const fd = openSync(path, 'r');
  let size: number;
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw Object.assign(new Error(`${path} is not a file`), { code: 'EISDIR' });
    size = stat.size;
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  let open = true;
  return {
    size,
    read(at, length) {
      if (at < 0 || at + length > size) return null;
      const out = Buffer.allocUnsafe(length);
      let done = 0;
      while (done < length) {
        const n = readSync(fd, out, done, length - done, at + done);
        // The file shrank after it was opened: treat it like an archive that is cut off.
        if (n === 0) return null;
        done += n;
      }
      return out;
    },
    close() {
      if (open) closeSync(fd);
      open = false;
    },
  };
}
