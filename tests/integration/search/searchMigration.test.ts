import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../main/db/migrations';
import { freshEnvForEachTest } from '../helpers';
import { expectIndexCurrent } from './indexCheck';

const env = freshEnvForEachTest();
const BEFORE_SEARCH = MIGRATIONS.find((m) => m.name === '0070_search_index')!.version - 10;

/** Takes a closed study back to the schema before the search index (and what came after it), as an older Verbatim left it. */
function withoutSearchIndex(path: string): void {
  const db = new Database(path);
  try {
    const objects = db
      .prepare(
        "SELECT type, name FROM sqlite_schema WHERE name LIKE 'search%' AND type IN ('table', 'trigger') AND name NOT LIKE 'search_index_%'",
      )
      .all() as { type: string; name: string }[];
    for (const o of objects.filter((x) => x.type === 'trigger')) db.exec(`DROP TRIGGER "${o.name}"`);
    for (const o of objects.filter((x) => x.type === 'table')) db.exec(`DROP TABLE "${o.name}"`);
    // Later migrations' tables did not exist then either.
    db.exec('DROP TABLE IF EXISTS saved_queries');
    db.pragma(`user_version = ${BEFORE_SEARCH}`);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name LIKE 'search%'").all()).toEqual([]);
  } finally {
    db.close();
  }
}

describe('migration 0070_search_index', () => {
  it('builds the index of an existing study file when it is opened', async () => {
    const { path } = await env.createStudy('old', true);
    const before = await env.ok('search:run', { query: 'delivery OR price', filter: { includeModerator: true } });
    expect(before.total).toBeGreaterThan(0);
    await env.ok('study:close', {});
    withoutSearchIndex(path);

    const summary = await env.ok('study:open', { path });
    expect(summary.migratedFrom).toBe(BEFORE_SEARCH);
    expectIndexCurrent(env.backend.context.studies.require().db);
    const after = await env.ok('search:run', { query: 'delivery OR price', filter: { includeModerator: true } });
    expect(after).toEqual(before);
  });
});
