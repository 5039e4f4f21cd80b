import type { SearchHit, SearchInput, SearchResult } from '../../../shared/domain/search';
import { searchTokens } from '../../../shared/text/searchText';
import { AppError } from '../../../shared/errors';
import type { SearchUnitRow } from '../../db/repos/searchRepo';
import type { Study } from '../study';
import { studyPeople } from './units';

/** How much text a keyword-in-context line shows on each side of the hit (UTF-16 code units). */
const CONTEXT = 60;
const DEFAULT_LIMIT = 500;

/** Every hit of the query that passes the filter, in reading order, and the words it matched. */
export interface FoundHits {
  hits: SearchHit[];
  units: number;
  terms: string[];
}

/** The text before and after `[start, end)` within `[unitStart, unitEnd)`, cut with "…" and never inside an emoji. */
function inContext(text: string, unitStart: number, unitEnd: number, start: number, end: number) {
  let from = Math.max(unitStart, start - CONTEXT);
  let to = Math.min(unitEnd, end + CONTEXT);
  if (from > unitStart && /[\udc00-\udfff]/.test(text[from] ?? '')) from += 1;
  if (to < unitEnd && /[\ud800-\udbff]/.test(text[to - 1] ?? '')) to -= 1;
  return {
    before: `${from > unitStart ? '…' : ''}${text.slice(from, start)}`,
    match: text.slice(start, end),
    after: `${text.slice(end, to)}${to < unitEnd ? '…' : ''}`,
  };
}

/** Every hit of `input.query` in the study (no limit): what autocode and word frequencies build on. */
export function findHits(study: Study, input: SearchInput): FoundHits {
  const words = searchTokens(input.query).map((t) => t.stem);
  if (words.length === 0) throw new AppError('INVALID_INPUT', 'search.emptyQuery');
  const wanted = new Set(words);
  const people = studyPeople(study, input.filter);
  const texts = new Map<string, string>();
  const textOf = (unit: SearchUnitRow): string => {
    const key = unit.document_id ?? `memo:${unit.unit_id}`;
    let text = texts.get(key);
    if (text === undefined) {
      text = (unit.document_id ? study.repos.search.documentText(unit.document_id) : study.repos.search.memoBody(unit.unit_id)) ?? '';
      texts.set(key, text);
    }
    return text;
  };
  const hits: SearchHit[] = [];
  let units = 0;
  for (const unit of study.repos.search.allUnits()) {
    if (!people.passes(unit)) continue;
    const text = textOf(unit);
    const unitEnd = unit.kind === 'memo' ? text.length : unit.end_offset;
    const tokens = searchTokens(text.slice(unit.start_offset, unitEnd));
    const seen = new Set(tokens.map((t) => t.stem));
    if (![...wanted].every((w) => seen.has(w))) continue;
    units += 1;
    const place = people.place(unit);
    for (const t of tokens) {
      if (!wanted.has(t.stem)) continue;
      const start = unit.start_offset + t.start;
      const end = unit.start_offset + t.end;
      hits.push({
        kind: unit.kind,
        documentId: unit.document_id,
        noteId: unit.kind === 'notes' ? unit.unit_id : null,
        memoId: unit.kind === 'memo' ? unit.unit_id : null,
        sessionId: unit.session_id,
        sessionTitle: place.sessionTitle,
        unitId: unit.unit_id,
        unitStart: unit.start_offset,
        unitEnd,
        start,
        end,
        speaker: place.speaker,
        attributes: place.attributes,
        ...inContext(text, unit.start_offset, unitEnd, start, end),
      });
    }
  }
  return { hits, units, terms: [...wanted] };
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
