import Database from 'better-sqlite3';
import { closeSync, existsSync, fsyncSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { AppError } from '../../shared/errors';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { migrate } from './migrate';
import { assertTrustedSchema } from './schemaGuard';
import { bringSearchIndexUpToDate } from './searchIndex';

/** Marks a SQLite file as a Verbatim study ('VRBT'); other SQLite files are refused. */
export const APPLICATION_ID = 0x56524254;

export type Db = Database.Database;

export interface OpenStudyOptions {
  /** Make a new file (it must not exist yet) instead of opening one. */
  create: boolean;
  /** better-sqlite3 binary for this runtime (Electron); Node's build when absent. */
  nativeBinding?: string;
  /** Where the automatic pre-migration backup goes. */
  backupDir: string;
  /**
   * With `create`: the file is built under a hidden name that no one opens before it is published
   * (StudyManager.create), and a crash means starting again, so it is written without an on-disk
   * journal or syncs (each page once, not to the WAL and then again at the checkpoint).
   * {@link finishBuild} makes it an ordinary, durable study before it is given its name.
   */
  building?: boolean;
  /**
   * Without `create`: the file is one this process has just built, synced and given its name
   * (StudyManager.create), so its page-by-page quick_check (a tenth of a second per 100 MB) would only
   * read back what was just written. Every other check still runs.
   */
  builtHere?: boolean;
}

export interface OpenedStudyDb {
  db: Db;
  /** The schema version the file had before this open migrated it, when it did. */
  migratedFrom: number | null;
  backupPath: string | null;
}

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * Opens (or creates) a study file with every check from ARCHITECTURE.md §4: SQLite header,
 * application_id, a schema no newer than this app and holding only what Verbatim made
 * (schemaGuard.ts), quick_check, then WAL, synchronous=FULL,
 * foreign keys and an exclusive lock (one writer: a second window or process gets STUDY_IN_USE).
 * On any failure the connection is closed and a half-made new file is removed.
 */
export function openStudyDb(path: string, options: OpenStudyOptions): OpenedStudyDb {
  if (options.create && existsSync(path)) throw new AppError('ALREADY_EXISTS', 'errors.fileExists', { path });
  if (!options.create) assertLooksLikeSqlite(path);
  let db: Db | undefined;
  try {
    db = new Database(path, {
      fileMustExist: !options.create,
      timeout: 250,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    // A study file may come from anyone: schema code (views, triggers, defaults, generated
    // columns) must not call functions with side effects. Set before anything reads the schema.
    db.pragma('trusted_schema = OFF');
    db.pragma('locking_mode = EXCLUSIVE');
    const opened = options.create ? initialise(db, options.backupDir, path, options.building === true) : checkAndUpgrade(db, path, options);
    db.pragma('foreign_keys = ON');
    db.pragma(options.create && options.building ? 'synchronous = OFF' : 'synchronous = FULL');
    // A study just migrated to the search index has every unit pending: it is indexed here, once.
    bringSearchIndexUpToDate(db);
    return opened;
  } catch (error) {
    db?.close();
    if (options.create) removeStudyFiles(path);
    throw translateOpenError(error, path);
  }
}

function initialise(db: Db, backupDir: string, path: string, building: boolean): OpenedStudyDb {
  // A rollback journal kept in memory still undoes a failed transaction; a crash discards the file anyway.
  if (building) setJournalMode(db, path, 'memory');
  else setWal(db, path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db, { backupDir, studyPath: path });
  return { db, migratedFrom: null, backupPath: null };
}

function checkAndUpgrade(db: Db, path: string, { backupDir, nativeBinding, builtHere }: OpenStudyOptions): OpenedStudyDb {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  if (applicationId !== APPLICATION_ID) throw new AppError('NOT_A_STUDY', 'errors.notAStudyDatabase', { path });
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === 0) throw new AppError('STUDY_CORRUPT', 'errors.studyIncomplete', { path });
  if (version > LATEST_SCHEMA_VERSION)
    throw new AppError('STUDY_FROM_NEWER_VERSION', 'errors.studyFromNewerVersion', { path, version, latest: LATEST_SCHEMA_VERSION });
  assertTrustedSchema(db, version, path, nativeBinding);
  const check = builtHere ? 'ok' : db.pragma('quick_check', { simple: true });
  if (check !== 'ok') throw new AppError('STUDY_CORRUPT', 'errors.studyCheckFailed', { path, detail: String(check) });
  setWal(db, path);
  const result = migrate(db, { backupDir, studyPath: path });
  return { db, migratedFrom: result.from === version && result.applied > 0 ? version : null, backupPath: result.backupPath };
}

/**
 * Makes a study opened with `building` what every study is (WAL, synchronous=FULL) and has its
 * pages on disk, so the file given its name next is complete even if the power goes right after.
 * Call with no transaction open, before the study is closed and published.
 */
export function finishBuild(db: Db, path: string): void {
  db.pragma('synchronous = FULL');
  setWal(db, path); // a commit of its own, synced (FULL), with every page the build wrote
}

/** Flushes a closed file's data to the disk (the build wrote it without syncs). */
export function syncFileToDisk(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function setWal(db: Db, path: string): void {
  setJournalMode(db, path, 'wal');
}

function setJournalMode(db: Db, path: string, want: 'wal' | 'memory'): void {
  const mode = db.pragma(`journal_mode = ${want.toUpperCase()}`, { simple: true });
  if (mode !== want) throw new AppError('IO_ERROR', 'errors.journalNotSwitched', { path, mode: want, got: String(mode) });
}

function assertLooksLikeSqlite(path: string): void {
  if (!existsSync(path)) throw new AppError('NOT_FOUND', 'errors.noStudyAt', { path });
  if (!statSync(path).isFile()) throw new AppError('NOT_A_STUDY', 'errors.notAFile', { path });
  const header = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 16 || header.toString('latin1') !== SQLITE_HEADER) throw new AppError('NOT_A_STUDY', 'errors.notSqlite', { path });
}

/** Maps SQLite's errors on open to sentences a researcher can act on. */
function translateOpenError(error: unknown, path: string): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new AppError('STUDY_IN_USE', 'errors.studyInUse', { path });
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return new AppError('STUDY_CORRUPT', 'errors.studyDamaged', { path });
  if (error instanceof TypeError && /directory does not exist/i.test(error.message))
    return new AppError('IO_ERROR', 'errors.studyFolderMissing', { path });
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'SQLITE_PERM')
    return new AppError('IO_ERROR', 'errors.studyNotWritable', { path });
  return error;
}

/** Deletes a study file together with its WAL and shared-memory companions. */
export function removeStudyFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    try {
      rmSync(path + suffix, { force: true });
    } catch (error) {
      // Cleanup of a failed create must not hide the error that made it fail. ENOTDIR: the
      // "folder" is a file, so nothing was created there.
      if ((error as { code?: unknown }).code !== 'ENOTDIR') console.error(`[verbatim] could not remove ${path + suffix}: ${String(error)}`);
    }
  }
}
