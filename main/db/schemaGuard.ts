import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import type { Db } from './connection';
import { MIGRATIONS } from './migrations';

/** One row of sqlite_schema, keyed by what it is and what it is called. */
interface SchemaRow {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/** "type name" -> "table|sql", the shape two schemas are compared in. */
export type SchemaShape = Map<string, string>;

// ANALYZE (or PRAGMA optimize) may add these statistics tables to any study; they hold planner
// hints, not code, and SQLite reserves the names, so their presence is not a sign of tampering.
const STATISTICS_TABLES = new Set(['sqlite_stat1', 'sqlite_stat2', 'sqlite_stat3', 'sqlite_stat4']);

const expectedByVersion = new Map<number, SchemaShape>();

/** Reads the objects of a database's main schema (tables, indexes, views, triggers). */
export function schemaShape(db: Db): SchemaShape {
  const rows = db.prepare('SELECT type, name, tbl_name, sql FROM main.sqlite_schema').all() as SchemaRow[];
  const shape: SchemaShape = new Map();
  for (const row of rows) {
    if (row.type === 'table' && STATISTICS_TABLES.has(row.name)) continue;
    // Whitespace only: a study written by another SQLite build may lay out spliced-in columns differently.
    shape.set(`${row.type} ${row.name}`, `${row.tbl_name}|${(row.sql ?? '').replace(/\s+/g, ' ').trim()}`);
  }
  return shape;
}

/**
 * The schema Verbatim itself makes at `version`: every migration up to it, run on an empty
 * in-memory database, so the list can never drift from the migrations (FTS5 shadow tables and
 * automatic indexes included). Built once per version per process.
 */
export function expectedSchema(version: number, nativeBinding?: string): SchemaShape {
  const cached = expectedByVersion.get(version);
  if (cached) return cached;
  const memory = new Database(':memory:', nativeBinding ? { nativeBinding } : {});
  try {
    for (const m of MIGRATIONS) if (m.version <= version) memory.exec(m.sql);
    const shape = schemaShape(memory);
    expectedByVersion.set(version, shape);
    return shape;
  } finally {
    memory.close();
  }
}

/**
 * Refuses a study whose schema holds anything Verbatim did not create at its version: a trigger
 * or view could run SQL of someone else's choosing whenever we write, and a changed table could
 * drop the constraints that keep codings consistent. Runs before migrating, so nothing of the
 * file's own runs first.
 */
export function assertTrustedSchema(db: Db, version: number, path: string, nativeBinding?: string): void {
  const expected = expectedSchema(version, nativeBinding);
  const actual = schemaShape(db);
  const foreign: ForeignObject[] = [];
  for (const [key, value] of actual) {
    const want = expected.get(key);
    if (want === undefined) foreign.push(describeObject(key, 'added'));
    else if (want !== value) foreign.push(describeObject(key, 'changed'));
  }
  for (const key of expected.keys()) if (!actual.has(key)) foreign.push(describeObject(key, 'removed'));
  if (foreign.length === 0) return;
  throw new AppError('STUDY_UNTRUSTED', 'errors.studyUntrusted', { path, ...shownValues(foreign) });
}

/** One object that differs: what happened to it (a key of the message's select), its SQLite type and its name. */
interface ForeignObject {
  change: 'added' | 'changed' | 'removed';
  type: string;
  name: string;
}

/**
 * The first three differences as the message's numbered values (`change1`, `type1`, `name1` …) and
 * how many more there are: each language words the change itself. The type stays SQLite's own word
 * (table, index, view, trigger), as a database tool shows it.
 */
function shownValues(foreign: ForeignObject[]): Record<string, string | number> {
  const values: Record<string, string | number> = { shown: Math.min(foreign.length, 3), more: Math.max(0, foreign.length - 3) };
  foreign.slice(0, 3).forEach((object, i) => {
    values[`change${i + 1}`] = object.change;
    values[`type${i + 1}`] = object.type;
    values[`name${i + 1}`] = object.name;
  });
  return values;
}

/** Names come from the file, so they are cut short and made printable (one line on a terminal). */
function describeObject(key: string, change: ForeignObject['change']): ForeignObject {
  const printable = Array.from(key.replace(/[\p{Cc}\p{Cf}]/gu, '?'));
  const text = printable.length > 70 ? `${printable.slice(0, 67).join('')}...` : printable.join('');
  const space = text.indexOf(' ');
  return { change, type: text.slice(0, space), name: text.slice(space + 1) };
}
