import type { SearchHit, SearchInput, SearchResult } from '../../../shared/domain/search';
import { ftsExpression } from '../../../shared/search/ftsQuery';
import { matchUnit, type Expansions } from '../../../shared/search/matcher';
import { parseQuery } from '../../../shared/search/query';
import { searchTokens } from '../../../shared/text/searchText';
import type { SearchUnitRow } from '../../db/repos/searchRepo';
import { bringSearchIndexUpToDate } from '../../db/searchIndex';
import { sessionRank } from '../retrieve';
import type { Study } from '../study';
import { fuzzyExpansions } from './fuzzy';
import { studyPeople } from './units';

/** How much text a keyword-in-context line shows on each side of the hit (UTF-16 code units). */
const CONTEXT = 80;
const DEFAULT_LIMIT = 500;
/** At most this many distinct matched words are listed in `terms`. */
const MAX_TERMS = 200;
const KIND_ORDER = { transcript: 0, notes: 1, memo: 2 } as const;

/** Every hit of the query that passes the filter, in reading order, and the words it matched. */
export interface FoundHits {
  hits: SearchHit[];
  units: number;
  terms: string[];
}

/** The text of a unit before and after the hit `[start, end)` in it, cut with "…" and never inside an emoji. */
function inContext(text: string, start: number, end: number) {
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(text.length, end + CONTEXT);
  if (from > 0 && /[\udc00-\udfff]/.test(text[from]!)) from += 1;
  if (to < text.length && /[\ud800-\udbff]/.test(text[to - 1]!)) to -= 1;
  return {
    before: `${from > 0 ? '…' : ''}${text.slice(from, start)}`,
    match: text.slice(start, end),
    after: `${text.slice(end, to)}${to < text.length ? '…' : ''}`,
  };
}

/** Units in reading order: sessions as retrieve orders them, transcripts, then notes, then memos, each from its start. */
function readingOrder(study: Study): (a: SearchUnitRow, b: SearchUnitRow) => number {
  const rank = sessionRank(study);
  return (a, b) =>
    rank(a.session_id) - rank(b.session_id) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    (a.document_title ?? '').localeCompare(b.document_title ?? '') ||
    (a.document_id ?? a.unit_id).localeCompare(b.document_id ?? b.unit_id) ||
    a.start_offset - b.start_offset;
}

/**
 * Every hit of `input.query` in the study that passes the filter, in reading order, with no limit:
 * what autocode and word frequencies build on. Throws an AppError naming what is wrong with a
 * malformed query.
 */
export function findHits(study: Study, input: SearchInput): FoundHits {
  const query = parseQuery(input.query);
  // Safety net: every write path brings the index up to date itself; one that did not is caught here.
  bringSearchIndexUpToDate(study.db);
  const expansions: Expansions | undefined = input.fuzzy ? fuzzyExpansions(study, query) : undefined;
  const people = studyPeople(study, input.filter);
  const documents = new Map<string, string>();
  /** The unit's own text, as the index holds it; read from its document should it not fit the turn (never expected). */
  const textOf = (unit: SearchUnitRow): string => {
    if (unit.kind === 'memo' || unit.unit_text.length === unit.end_offset - unit.start_offset) return unit.unit_text;
    let text = documents.get(unit.document_id!);
    if (text === undefined) {
      text = study.repos.search.documentText(unit.document_id!) ?? '';
      documents.set(unit.document_id!, text);
    }
    return text.slice(unit.start_offset, unit.end_offset);
  };
  const units = study.repos.search
    .candidates(ftsExpression(query, expansions))
    .filter((u) => people.passes(u))
    .sort(readingOrder(study));
  const hits: SearchHit[] = [];
  const terms = new Set<string>();
  let answering = 0;
  for (const unit of units) {
    const text = textOf(unit);
    const found = matchUnit(query, searchTokens(text), expansions);
    if (found.length === 0) continue;
    answering += 1;
    const place = people.place(unit);
    const at = unit.start_offset;
    for (const f of found) {
      const context = inContext(text, f.start, f.end);
      if (terms.size < MAX_TERMS) for (const t of searchTokens(context.match)) terms.add(t.word);
      hits.push({
        kind: unit.kind,
        documentId: unit.document_id,
        noteId: unit.kind === 'notes' ? unit.unit_id : null,
        memoId: unit.kind === 'memo' ? unit.unit_id : null,
        sessionId: unit.session_id,
        sessionTitle: place.sessionTitle,
        unitId: unit.unit_id,
        unitStart: at,
        unitEnd: at + text.length,
        start: at + f.start,
        end: at + f.end,
        speaker: place.speaker,
        attributes: place.attributes,
        ...context,
      });
    }
  }
  return { hits, units: answering, terms: [...terms].sort() };
}

/** The hits of a search for the Search tab and the CLI: at most `limit`, with how many there are in all. */
export function searchStudy(study: Study, input: SearchInput): SearchResult {
  const found = findHits(study, input);
  const limit = input.limit ?? DEFAULT_LIMIT;
  return {
    hits: found.hits.slice(0, limit),
    total: found.hits.length,
    units: found.units,
    truncated: found.hits.length > limit,
    terms: found.terms,
  };
}
