import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../main/api/backend';
import { generatedReportStudy } from './generatedReportStudy';

// The report's one-go read of the codings (a column each, documents, codes and coders matched to
// their rows by SQLite) against the row-by-row read a report job sends in slices: the same codings,
// in the same order, with the same ids, even for a coding whose document, code or coder row is gone;
// the same for the turns against the read document by document.
let gen: ReturnType<typeof generatedReportStudy>;
let backend: Backend;
beforeAll(async () => {
  gen = generatedReportStudy(4, 30);
  backend = await gen.open();
});
afterAll(() => {
  backend.close();
  gen.remove();
});

function readBothWays() {
  const { reports } = backend.context.studies.require().repos;
  const c = reports.codings();
  const columns = c.ids.map((id, i) => [id, c.documentIds[i], c.codeIds[i], c.starts[i], c.ends[i], c.coderIds[i]]);
  const rows = reports.codingsAfter(0, 1_000_000).map((row) => row.slice(0, 6));
  const turns = reports.turns();
  const turnsByDocument = reports.documentIds().flatMap((id) => reports.turnsOf(id));
  return { columns, rows, turns, turnsByDocument };
}

describe('the report read of the codings', () => {
  it('gives the rows of the sliced read, in table order', () => {
    const { columns, rows, turns, turnsByDocument } = readBothWays();
    expect(rows.length).toBeGreaterThan(100);
    expect(columns).toEqual(rows);
    expect(turns.length).toBeGreaterThan(100);
    expect(turns).toEqual(turnsByDocument);
  });

  it('keeps the ids of a document, code, coder or speaker that no row names any more (a study damaged elsewhere)', () => {
    const { db } = backend.context.studies.require();
    const [first] = db.prepare('SELECT id, document_id, code_id, coder_id FROM codings ORDER BY rowid LIMIT 1').all() as {
      id: string;
    }[];
    db.pragma('foreign_keys = OFF');
    try {
      db.prepare(
        `INSERT INTO codings (id, document_id, code_id, start_offset, end_offset, quote, coder_id, created_at)
         VALUES ('dangling', 'gone-document', 'gone-code', 0, 4, 'word', 'gone-coder', '2026-03-01T10:00:00.000Z')`,
      ).run();
      // An existing coding of a user who is gone, between the others in table order.
      db.prepare("UPDATE codings SET coder_id = 'gone-coder-2' WHERE id = ?").run(first!.id);
      // A turn spoken by someone whose participant row is gone.
      db.prepare("UPDATE turns SET participant_id = 'gone-speaker' WHERE rowid = (SELECT min(rowid) FROM turns)").run();
    } finally {
      db.pragma('foreign_keys = ON');
    }
    const { columns, rows, turns, turnsByDocument } = readBothWays();
    expect(columns).toEqual(rows);
    expect(turns).toEqual(turnsByDocument);
    expect(turns.some((t) => t[3] === 'gone-speaker')).toBe(true);
    expect(columns.at(-1)).toEqual(['dangling', 'gone-document', 'gone-code', 0, 4, 'gone-coder']);
    expect(columns[0]![5]).toBe('gone-coder-2');
  });
});
