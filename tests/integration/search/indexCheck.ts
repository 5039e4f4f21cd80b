import { expect } from 'vitest';
import type { Db } from '../../../main/db/connection';
import { searchTokens } from '../../../shared/text/searchText';

/**
 * Checks the search index of a study against its text, from scratch: the units it holds are exactly
 * the turns of its transcripts and notes and its memos, nothing is left pending, and the index's
 * vocabulary (each word and stem, in how many units, how many times) is what reading every unit's
 * text again gives.
 */
export function expectIndexCurrent(db: Db): void {
  const units: string[] = [];
  const expected = new Map<string, { doc: number; cnt: number }>();
  const add = (text: string) => {
    const seen = new Set<string>();
    for (const t of searchTokens(text))
      for (const key of [`words ${t.word}`, `stems ${t.stem}`]) {
        const e = expected.get(key) ?? { doc: 0, cnt: 0 };
        e.cnt += 1;
        if (!seen.has(key)) e.doc += 1;
        seen.add(key);
        expected.set(key, e);
      }
  };
  const docs = db.prepare("SELECT id, plain_text FROM documents WHERE kind IN ('transcript', 'notes')").all() as {
    id: string;
    plain_text: string;
  }[];
  const turns = db.prepare('SELECT id, start_offset, end_offset FROM turns WHERE document_id = ?');
  for (const d of docs)
    for (const t of turns.all(d.id) as { id: string; start_offset: number; end_offset: number }[]) {
      units.push(t.id);
      add(d.plain_text.slice(t.start_offset, t.end_offset));
    }
  for (const m of db.prepare('SELECT id, body FROM memos').all() as { id: string; body: string }[]) {
    units.push(m.id);
    add(m.body);
  }
  expect(db.prepare('SELECT count(*) AS n FROM search_pending').get()).toEqual({ n: 0 });
  const indexed = (db.prepare('SELECT unit_id FROM search_units').all() as { unit_id: string }[]).map((r) => r.unit_id);
  expect(indexed.sort()).toEqual(units.sort());
  const vocab = db.prepare('SELECT col, term, doc, cnt FROM search_vocab').all() as {
    col: string;
    term: string;
    doc: number;
    cnt: number;
  }[];
  const actual = new Map(vocab.map((v) => [`${v.col} ${v.term}`, { doc: v.doc, cnt: v.cnt }]));
  expect(Object.fromEntries([...actual].sort())).toEqual(Object.fromEntries([...expected].sort()));
}
