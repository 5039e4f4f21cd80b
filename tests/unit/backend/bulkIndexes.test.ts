import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withIndexesBuiltAfter } from '../../../main/db/bulkIndexes';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../main/db/migrations';
import { expectedSchema, schemaShape } from '../../../main/db/schemaGuard';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  for (const m of MIGRATIONS) db.exec(m.sql);
});
afterEach(() => db.close());

const indexesOf = (table: string) =>
  db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name")
    .pluck()
    .all(table) as string[];

describe('building the indexes of bulk-filled tables afterwards', () => {
  it('fills with the secondary indexes gone and ends with the schema the migrations make, rows indexed', () => {
    const during: string[][] = [];
    db.transaction(() =>
      withIndexesBuiltAfter(db, ['turns', 'codings'], () => {
        during.push(indexesOf('codings'), indexesOf('turns'), indexesOf('codes'));
        db.prepare("INSERT INTO users (id, name, created_at) VALUES ('u', 'Ana', 'x')").run();
        db.prepare("INSERT INTO codes (id, name, position, created_at) VALUES ('c', 'Price', 0, 'x')").run();
        db.prepare("INSERT INTO documents (id, kind, title, created_at, updated_at) VALUES ('d', 'transcript', 'T', 'x', 'x')").run();
        db.prepare(
          "INSERT INTO codings (id, document_id, code_id, start_offset, end_offset, quote, coder_id, created_at) VALUES ('k', 'd', 'c', 0, 3, 'abc', 'u', 'x')",
        ).run();
      }),
    )();
    expect(during[0]).toEqual([]);
    expect(during[1]).toEqual([]);
    expect(during[2]!.length).toBeGreaterThan(0); // other tables keep theirs
    expect(schemaShape(db)).toEqual(expectedSchema(LATEST_SCHEMA_VERSION));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT * FROM codings WHERE code_id = 'c'").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('codings_by_code');
  });

  it('puts the indexes back when the fill fails, and refuses to run outside a transaction', () => {
    const before = schemaShape(db);
    expect(() =>
      db.transaction(() =>
        withIndexesBuiltAfter(db, ['codings'], () => {
          throw new Error('the fill failed');
        }),
      )(),
    ).toThrow('the fill failed');
    expect(schemaShape(db)).toEqual(before);
    expect(() => withIndexesBuiltAfter(db, ['codings'], () => 1)).toThrow(/transaction/);
    expect(schemaShape(db)).toEqual(before);
  });
});
