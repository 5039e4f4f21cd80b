import type { QueryRestrictions } from '../../../shared/domain/codingQuery';
import { AppError } from '../../../shared/errors';
import type { CodingRow } from '../../db/repos/codingsRepo';
import { insertCode } from '../codebook';
import { stepLabel } from '../history';
import { now, type Study } from '../study';
import { runCodingQuery } from './runQuery';

/**
 * Codes every passage a query finds with a new code, as one undo step by the current coder. The
 * query runs again inside the step, so the codings are exactly the passages of the study as it is.
 * Blank edges are left out of each coding (as a dragged selection's are); a passage of blanks only is skipped.
 */
export function codeQueryResults(
  study: Study,
  input: { expression: string; restrictions: QueryRestrictions; code: { name: string; parentId: string | null } },
): { codeId: string; codings: number } {
  return study.change(stepLabel('queries.stepCodeResults', { code: input.code.name.trim() }), 'queries:codeResults', input, (track) => {
    const { passages } = runCodingQuery(study, input.expression, input.restrictions);
    if (passages.length === 0) throw new AppError('INVALID_INPUT', 'queries.errorNothingToCode');
    const code = insertCode(study, track, input.code);
    let count = 0;
    for (const p of passages) {
      let start = p.start;
      let end = p.end;
      while (start < end && /\s/.test(p.text[start - p.start]!)) start++;
      while (end > start && /\s/.test(p.text[end - 1 - p.start]!)) end--;
      if (start === end) continue;
      const row: CodingRow = {
        id: crypto.randomUUID(),
        document_id: p.documentId,
        code_id: code.id,
        start_offset: start,
        end_offset: end,
        quote: p.text.slice(start - p.start, end - p.start),
        status: 'anchored',
        memo: null,
        coder_id: study.userId,
        created_at: now(),
      };
      track('codings', row.id);
      study.repos.codings.insert(row);
      count++;
    }
    return { codeId: code.id, codings: count };
  });
}
