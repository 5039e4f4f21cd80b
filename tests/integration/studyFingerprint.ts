/**
 * "The study is exactly as it was" as one assertion: a fingerprint of a whole study file holds
 * every table's rows (sorted, so row order in the file does not matter; sqlite_sequence included), the schema (tables,
 * indexes, triggers) and the pragmas that mark the file as ours (user_version, application_id).
 * Two fingerprints are equal only when no row anywhere was added, removed or changed.
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readClosedStudy } from './helpers';

/** What {@link fingerprintDb} returns; compare two with `toEqual` to see which table differs. */
export interface StudyFingerprint {
  userVersion: number;
  applicationId: number;
  schema: string[];
  tables: Record<string, string[]>;
}

/** The part of a connection the fingerprint needs (better-sqlite3's Database, or the app's Db). */
interface Readable {
  prepare(sql: string): { all(...params: unknown[]): unknown[]; raw(toggle?: boolean): { all(...params: unknown[]): unknown[] } };
  pragma(sql: string, options: { simple: true }): unknown;
}

/** One row as a stable string: blobs as hex, so two equal blobs print the same. */
function rowText(row: unknown[]): string {
  return JSON.stringify(
    row.map((v) => (v instanceof Uint8Array ? `x'${Buffer.from(v).toString('hex')}'` : typeof v === 'bigint' ? v.toString() : v)),
  );
}

/** Fingerprints a study through an open connection (the app's own one, while the study is open). */
export function fingerprintDb(db: Readable): StudyFingerprint {
  const schema = db
    .prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_autoindex%' ORDER BY type, name")
    .all() as { type: string; name: string; sql: string | null }[];
  const tables: Record<string, string[]> = {};
  for (const { type, name } of schema) {
    if (type !== 'table') continue;
    const rows = db
      .prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`)
      .raw(true)
      .all() as unknown[][];
    tables[name] = rows.map(rowText).sort();
  }
  return {
    userVersion: Number(db.pragma('user_version', { simple: true })),
    applicationId: Number(db.pragma('application_id', { simple: true })),
    schema: schema.map((s) => `${s.type} ${s.name}: ${s.sql ?? ''}`),
    tables,
  };
}

/** Fingerprints a closed study file (checkpointed: the app folds the WAL back on close). */
export function fingerprintClosedFile(path: string): StudyFingerprint {
  return readClosedStudy(path, (db) => fingerprintDb(db));
}

/**
 * Fingerprints a study file a killed process left behind, WAL included, and runs
 * `integrity_check`. It works on a copy (study, -wal, -shm) so the original stays as the kill left it.
 */
export function fingerprintKilledFile(path: string): { integrity: string; fingerprint: StudyFingerprint } {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-fp-'));
  const copy = join(dir, 'copy.verbatim');
  try {
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(path + suffix)) copyFileSync(path + suffix, copy + suffix);
    const db = new Database(copy, { fileMustExist: true });
    try {
      const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
      return { integrity, fingerprint: fingerprintDb(db) };
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How many rows each table holds: a short summary for failure messages and reports. */
export function rowCounts(fp: StudyFingerprint): Record<string, number> {
  return Object.fromEntries(Object.entries(fp.tables).map(([name, rows]) => [name, rows.length]));
}
