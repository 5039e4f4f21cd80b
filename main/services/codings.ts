import { splitsSurrogatePair } from '../../shared/domain/anchoring';
import { oneLineExcerpt } from '../../shared/text/excerpt';
import type { Coding } from '../../shared/domain/coding';
import { AppError } from '../../shared/errors';
import type { CodingRow } from '../db/repos/codingsRepo';
import type { DocumentRow } from '../db/repos/documentsRepo';
import { insertCode } from './codebook';
import { stepLabel } from './history';
import { now, type Study } from './study';

/** Maps a codings row to what crosses the boundary, with the coder's name. */
export function toCoding(row: CodingRow, coders: Map<string, string>): Coding {
  return {
    id: row.id,
    documentId: row.document_id,
    codeId: row.code_id,
    start: row.start_offset,
    end: row.end_offset,
    quote: row.quote,
    status: row.status,
    memo: row.memo,
    coder: row.coder_id ? (coders.get(row.coder_id) ?? null) : null,
    createdAt: row.created_at,
  };
}

function requireDocument(study: Study, id: string): DocumentRow {
  const doc = study.repos.documents.get(id);
  if (!doc) throw new AppError('NOT_FOUND', 'editing.documentGone');
  return doc;
}

function requireCoding(study: Study, id: string): CodingRow {
  const row = study.repos.codings.get(id);
  if (!row) throw new AppError('NOT_FOUND', 'editing.codingGone');
  return row;
}

/**
 * Checks a range against the document text and trims surrounding white space (a dragged selection
 * usually catches a space or a line break). Offsets are UTF-16 code units, half-open.
 */
export function checkedRange(text: string, start: number, end: number): { start: number; end: number } {
  if (start < 0 || end > text.length || start >= end)
    throw new AppError('INVALID_INPUT', 'editing.textRangeOutside', { start, end, length: text.length });
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end))
    throw new AppError('INVALID_INPUT', 'editing.codingSplitsCharacter');
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (s === e) throw new AppError('INVALID_INPUT', 'editing.selectionBlank');
  return { start: s, end: e };
}

export interface CreateCodingInput {
  documentId: string;
  start: number;
  end: number;
  codeId?: string;
  /** Creates this code and applies it in one step (palette "create", in-vivo coding). */
  newCode?: { name: string; parentId: string | null };
}

/** Codes a passage. Coding the same words with the same code again (as the same coder) returns the existing coding. */
export function createCoding(study: Study, input: CreateCodingInput): Coding {
  const doc = requireDocument(study, input.documentId);
  const range = checkedRange(doc.plain_text, input.start, input.end);
  if (!input.codeId === !input.newCode) throw new AppError('INVALID_INPUT', 'editing.codeOrNewCode');
  if (input.codeId && !study.repos.codes.get(input.codeId)) throw new AppError('NOT_FOUND', 'editing.codeGone');
  const existing = input.codeId ? study.repos.codings.findSame(doc.id, input.codeId, range.start, range.end, study.userId) : null;
  if (existing) return toCoding(existing, study.repos.codings.coderNames());
  const quote = doc.plain_text.slice(range.start, range.end);
  const codeName = input.newCode?.name ?? study.repos.codes.get(input.codeId!)!.name;
  const row = study.change(
    stepLabel('editing.stepCode', { quote: short(quote), code: codeName }),
    'codings:create',
    { ...input, ...range },
    (track) => {
      const codeId = input.newCode ? insertCode(study, track, input.newCode).id : input.codeId!;
      const coding: CodingRow = {
        id: crypto.randomUUID(),
        document_id: doc.id,
        code_id: codeId,
        start_offset: range.start,
        end_offset: range.end,
        quote,
        status: 'anchored',
        memo: null,
        coder_id: study.userId,
        created_at: now(),
      };
      track('codings', coding.id);
      study.repos.codings.insert(coding);
      return coding;
    },
  );
  return toCoding(row, study.repos.codings.coderNames());
}

export function deleteCoding(study: Study, id: string): void {
  const row = requireCoding(study, id);
  study.change(stepLabel('editing.stepRemoveCoding', { quote: short(row.quote) }), 'codings:delete', { id }, (track) => {
    track('codings', id);
    study.repos.codings.remove(id);
  });
}

/** Changes a coding's code, its boundaries or its memo. New boundaries re-take the quote and re-anchor it. */
export function updateCoding(
  study: Study,
  id: string,
  changes: { codeId?: string; start?: number; end?: number; memo?: string | null },
): Coding {
  const row = requireCoding(study, id);
  const doc = requireDocument(study, row.document_id);
  const next: CodingRow = { ...row };
  let label = stepLabel('editing.stepEditCoding', { quote: short(row.quote) });
  if (changes.codeId !== undefined && changes.codeId !== row.code_id) {
    const code = study.repos.codes.get(changes.codeId);
    if (!code) throw new AppError('NOT_FOUND', 'editing.codeGone');
    next.code_id = code.id;
    label = stepLabel('editing.stepRecode', { quote: short(row.quote), code: code.name });
  }
  if (changes.start !== undefined || changes.end !== undefined) {
    const range = checkedRange(doc.plain_text, changes.start ?? row.start_offset, changes.end ?? row.end_offset);
    next.start_offset = range.start;
    next.end_offset = range.end;
    next.quote = doc.plain_text.slice(range.start, range.end);
    next.status = 'anchored';
    label = stepLabel('editing.stepAdjustCoding', { quote: short(next.quote) });
  }
  if (changes.memo !== undefined) next.memo = changes.memo;
  const duplicate = study.repos.codings.findSame(doc.id, next.code_id, next.start_offset, next.end_offset, next.coder_id);
  if (duplicate && duplicate.id !== id) throw new AppError('ALREADY_EXISTS', 'editing.wordsCarryCode');
  study.change(label, 'codings:update', { id, changes }, (track) => {
    track('codings', id);
    study.repos.codings.update(next);
  });
  return toCoding(study.repos.codings.get(id)!, study.repos.codings.coderNames());
}

/** The words of a note or coding as an undo step names them. */
const short = (text: string) => oneLineExcerpt(text, 40);
