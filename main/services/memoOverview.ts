import type { MemoOverview } from '../../shared/domain/coding';
import { listCodes } from './codebook';
import { listMemos } from './memos';
import type { Study } from './study';

const EXCERPT_CHARS = 60;
const excerpt = (text: string) => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > EXCERPT_CHARS ? `${t.slice(0, EXCERPT_CHARS - 1)}…` : t;
};

/**
 * Every memo of the study with what it is about and where it opens: the Memos tab lists them all,
 * not only the project's. A memo whose target is gone (it cannot be, by the foreign keys of the
 * targets that have them, but a coding or code memo is kept by id) says so instead of failing.
 */
export function memoOverview(study: Study): MemoOverview[] {
  const { repos } = study;
  const codePaths = new Map(listCodes(study).map((c) => [c.id, c.path]));
  const documentTitle = (id: string) => repos.documents.get(id)?.title ?? 'a deleted document';
  return listMemos(study).map((memo): MemoOverview => {
    const t = memo.target;
    const none = { documentId: null, offset: null, codeId: null };
    if (t.kind === 'project') return { ...memo, ...none, about: 'The whole study' };
    if (t.kind === 'session') return { ...memo, ...none, about: `Session “${repos.sessions.get(t.id)?.title ?? 'deleted'}”` };
    if (t.kind === 'document') {
      const known = repos.documents.get(t.id) !== null;
      return { ...memo, ...none, documentId: known ? t.id : null, offset: known ? 0 : null, about: `Document “${documentTitle(t.id)}”` };
    }
    if (t.kind === 'code') return { ...memo, ...none, codeId: codePaths.has(t.id) ? t.id : null, about: `Code ${codePaths.get(t.id) ?? '(deleted)'}` };
    const coding = repos.codings.get(t.id);
    if (!coding) return { ...memo, ...none, about: 'A coded passage that no longer exists' };
    return {
      ...memo,
      documentId: coding.document_id,
      offset: coding.start_offset,
      codeId: coding.code_id,
      about: `“${excerpt(coding.quote)}” coded ${codePaths.get(coding.code_id) ?? ''} in ${documentTitle(coding.document_id)}`,
    };
  });
}
