import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '../../shared/errors';
import type { Db } from './connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';

export interface MigrateResult {
  from: number;
  applied: number;
  backupPath: string | null;
}

/**
 * Brings a study up to the latest schema. An existing study is copied first (VACUUM INTO, so
 * the backup is a complete, consistent file), then every pending migration runs in ONE
 * transaction: the upgrade either succeeds whole or the file stays at its old version.
 */
export function migrate(db: Db, where: { backupDir: string; studyPath: string }): MigrateResult {
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > LATEST_SCHEMA_VERSION)
    throw new AppError('STUDY_FROM_NEWER_VERSION', 'errors.schemaNewer', { version: from, latest: LATEST_SCHEMA_VERSION });
  const pending = MIGRATIONS.filter((m) => m.version > from);
  if (pending.length === 0) return { from, applied: 0, backupPath: null };
  const backupPath = from > 0 ? backupStudy(db, where.backupDir, where.studyPath, `before-schema-${LATEST_SCHEMA_VERSION}`) : null;
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return { from, applied: pending.length, backupPath };
}

/** Writes a consistent copy of the open study into `dir` and returns its path. */
export function backupStudy(db: Db, dir: string, studyPath: string, reason: string): string {
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const name = basename(studyPath).replace(/\.verbatim$/i, '');
  // A random suffix: two backups in the same millisecond must not collide (VACUUM INTO refuses existing files).
  const target = join(dir, `${name}.${reason}.${stamp}-${crypto.randomUUID().slice(0, 8)}.verbatim`);
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}
