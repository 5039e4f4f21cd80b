import { AppError } from '../../../shared/errors';
import type { AutocodeScope } from '../../../shared/domain/autocode';
import type { TurnRow } from '../../db/repos/documentsRepo';
import { scopeSpan } from '../../../shared/search/scope';
import { respondentTestOf } from '../respondents';
import type { Study } from '../study';

/** Where a hit is: a transcript (documentId) or a note or memo (documentId null, which autocode leaves out). */
export interface HitSpan {
  documentId: string | null;
  start: number;
  end: number;
}

/** One passage autocode would code: document offsets, trimmed, never overlapping another of the same document. */
export interface PlannedPassage {
  documentId: string;
  start: number;
  end: number;
  /** The turn the passage starts in (its speaker is the passage's). */
  turn: TurnRow;
}

export interface Plan {
  passages: PlannedPassage[];
  /** Hits in notes or memos: autocode codes transcripts only. */
  notInTranscript: number;
  /** Hits in a moderator's or observer's turn, left out unless asked for. */
  moderator: number;
}

/**
 * The passages a set of hits codes at a scope: the hit itself, its sentence or its turn (as
 * shared/search/scope.ts widens them for `verbatim search`), or the speaker's whole answer (their consecutive turns until someone else speaks). Passages
 * that overlap in a document become one, so no words are coded twice by one run.
 */
export function planPassages(study: Study, hits: readonly HitSpan[], scope: AutocodeScope, includeModerator: boolean): Plan {
  const byDocument = new Map<string, HitSpan[]>();
  let notInTranscript = 0;
  for (const hit of hits) {
    if (hit.documentId === null) notInTranscript++;
    else {
      const list = byDocument.get(hit.documentId);
      if (list) list.push(hit);
      else byDocument.set(hit.documentId, [hit]);
    }
  }
  const isRespondent = respondentTestOf(study);
  const passages: PlannedPassage[] = [];
  let moderator = 0;
  for (const [documentId, docHits] of byDocument) {
    const doc = study.repos.documents.get(documentId);
    if (!doc) throw new AppError('NOT_FOUND', 'editing.documentGone');
    const turns = study.repos.documents.turns(documentId);
    const ranges: PlannedPassage[] = [];
    for (const hit of docHits) {
      const index = turnIndexAt(turns, hit.start);
      const turn = turns[index];
      if (!turn) continue;
      if (!includeModerator && turn.participant_id && !isRespondent(documentId, turn.participant_id)) {
        moderator++;
        continue;
      }
      const range = expand(doc.plain_text, turns, index, hit, scope);
      const trimmed = trim(doc.plain_text, range.start, range.end);
      if (trimmed) ranges.push({ documentId, ...trimmed, turn });
    }
    passages.push(...mergeOverlaps(ranges));
  }
  return { passages, notInTranscript, moderator };
}

/** The index of the turn holding `offset` (turns are sorted and do not overlap), or -1. */
function turnIndexAt(turns: readonly TurnRow[], offset: number): number {
  let lo = 0;
  let hi = turns.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = turns[mid]!;
    if (offset < t.start_offset) hi = mid - 1;
    else if (offset >= t.end_offset) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function expand(text: string, turns: readonly TurnRow[], index: number, hit: HitSpan, scope: AutocodeScope) {
  const turn = turns[index]!;
  // The hit, its sentence or its turn as `verbatim search --scope` widens them (one rule for both).
  if (scope !== 'answer') return scopeSpan(text, { start: turn.start_offset, end: turn.end_offset }, hit, scope);
  // The answer: the same speaker's turns on either side, until someone else speaks.
  const same = (t: TurnRow | undefined) =>
    t !== undefined && (turn.participant_id ? t.participant_id === turn.participant_id : t.speaker_label === turn.speaker_label);
  let first = index;
  let last = index;
  while (same(turns[first - 1])) first--;
  while (same(turns[last + 1])) last++;
  return { start: turns[first]!.start_offset, end: turns[last]!.end_offset };
}

/** The range without white space at its ends, or null when nothing else is left. */
function trim(text: string, start: number, end: number) {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return s < e ? { start: s, end: e } : null;
}

/** Sorted, with overlapping passages joined (the earlier one's turn names the speaker). */
function mergeOverlaps(ranges: PlannedPassage[]): PlannedPassage[] {
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: PlannedPassage[] = [];
  for (const r of ranges) {
    const last = out.at(-1);
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
