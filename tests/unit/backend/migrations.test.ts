import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { migrate } from '../../../main/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../main/db/migrations';

const MIGRATIONS_DIR = new URL('../../../main/db/migrations/', import.meta.url).pathname;

let dir: string;
let db: Database.Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-'));
});
afterEach(() => {
  if (db?.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

const userVersion = (d: Database.Database) => d.pragma('user_version', { simple: true }) as number;
const tables = (d: Database.Database) =>
  (
    d.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
  ).map((r) => r.name);

describe('the migration list', () => {
  it('has versions that strictly increase in steps that are multiples of 10', () => {
    expect(MIGRATIONS.length).toBeGreaterThan(0);
    MIGRATIONS.forEach((m, i) => {
      expect(Number.isInteger(m.version) && m.version > 0 && m.version % 10 === 0, `${m.name}`).toBe(true);
      if (i > 0) expect(m.version).toBeGreaterThan(MIGRATIONS[i - 1]!.version);
    });
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.at(-1)!.version);
  });

  it('names each migration NNNN_snake_name after its version', () => {
    for (const m of MIGRATIONS) {
      expect(m.name).toMatch(/^\d{4}_[a-z0-9]+(_[a-z0-9]+)*$/);
      expect(Number(m.name.slice(0, 4))).toBe(m.version);
      expect(m.sql.trim().length).toBeGreaterThan(0);
    }
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
  });

  it('lists every migration file in the folder, and only those', () => {
    const files = readdirSync(MIGRATIONS_DIR)
      .filter((f) => /^\d{4}_/.test(f))
      .map((f) => f.replace(/\.(ts|sql)$/, ''))
      .sort();
    expect(files).toEqual(MIGRATIONS.map((m) => m.name));
  });
});

describe('the schema a fresh study gets', () => {
  beforeEach(() => {
    db = new Database(':memory:');
    migrate(db, { backupDir: join(dir, 'backups'), studyPath: join(dir, 'mem.verbatim') });
  });

  it('uses STRICT tables only (besides FTS5, whose own tables SQLite makes)', () => {
    const sql = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
      name: string;
      sql: string;
    }[];
    const virtual = sql.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql));
    const fts = virtual.filter((t) => /\bUSING\s+fts5(vocab)?\s*\(/i.test(t.sql)).map((t) => t.name);
    expect(virtual.map((t) => t.name)).toEqual(fts);
    // FTS5's shadow tables: <table>_data, _idx, _content, _docsize, _config.
    const shadow = (name: string) => fts.some((f) => new RegExp(`^${f}_(data|idx|content|docsize|config)$`).test(name));
    const own = sql.filter((t) => !fts.includes(t.name) && !shadow(t.name));
    expect(own.length).toBeGreaterThanOrEqual(10);
    for (const t of own) expect(t.sql, t.name).toMatch(/\)\s*STRICT\b/i);
  });

  it('gives every foreign key an explicit ON DELETE', () => {
    for (const t of tables(db)) {
      const fks = db.pragma(`foreign_key_list("${t}")`) as { table: string; on_delete: string }[];
      for (const fk of fks) expect(fk.on_delete, `${t} -> ${fk.table}`).not.toBe('NO ACTION');
    }
  });

  it('has no foreign key that points at a missing table or column', () => {
    expect(db.pragma('foreign_key_check')).toEqual([]);
    for (const t of tables(db)) expect(() => db.prepare(`SELECT * FROM "${t}" LIMIT 0`).all()).not.toThrow();
  });
});

describe('migrate()', () => {
  it('brings an empty database to the latest version without a backup', () => {
    db = new Database(':memory:');
    const result = migrate(db, { backupDir: join(dir, 'backups'), studyPath: join(dir, 'x.verbatim') });
    expect(result).toEqual({ from: 0, applied: MIGRATIONS.length, backupPath: null });
    expect(userVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('is a no-op on a study that is already at the latest version', () => {
    db = new Database(join(dir, 'current.verbatim'));
    migrate(db, { backupDir: join(dir, 'backups'), studyPath: join(dir, 'current.verbatim') });
    const before = tables(db);
    expect(migrate(db, { backupDir: join(dir, 'backups'), studyPath: join(dir, 'current.verbatim') })).toEqual({
      from: LATEST_SCHEMA_VERSION,
      applied: 0,
      backupPath: null,
    });
    expect(tables(db)).toEqual(before);
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('refuses a schema newer than this app', () => {
    db = new Database(':memory:');
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 10}`);
    let thrown: unknown;
    try {
      migrate(db, { backupDir: dir, studyPath: join(dir, 'x.verbatim') });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe('STUDY_FROM_NEWER_VERSION');
  });

  it('backs up an older study before upgrading it, and the backup keeps the old version', () => {
    const studyPath = join(dir, 'old.verbatim');
    db = new Database(studyPath);
    db.pragma('user_version = 5'); // an "older" schema that the real migrations can build on
    const result = migrate(db, { backupDir: join(dir, 'backups'), studyPath });
    expect(result.from).toBe(5);
    expect(result.applied).toBe(MIGRATIONS.filter((m) => m.version > 5).length);
    expect(result.backupPath).not.toBeNull();
    expect(result.backupPath!.startsWith(join(dir, 'backups'))).toBe(true);
    expect(result.backupPath).toMatch(new RegExp(`old\\.before-schema-${LATEST_SCHEMA_VERSION}\\..+\\.verbatim$`));
    const backup = new Database(result.backupPath!, { readonly: true });
    expect(userVersion(backup)).toBe(5);
    expect(tables(backup)).toEqual([]);
    backup.close();
    expect(userVersion(db)).toBe(LATEST_SCHEMA_VERSION);
  });

  it('runs all pending migrations in one transaction: a failure leaves the old version and schema', () => {
    const studyPath = join(dir, 'clash.verbatim');
    db = new Database(studyPath);
    db.exec('CREATE TABLE codings (x TEXT)'); // collides with a table the first migration creates
    db.pragma('user_version = 5');
    expect(() => migrate(db, { backupDir: join(dir, 'backups'), studyPath })).toThrow(/codings/);
    expect(userVersion(db)).toBe(5);
    expect(tables(db)).toEqual(['codings']);
  });
});
