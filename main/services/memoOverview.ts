import type { MemoOverview } from '../../shared/domain/coding';
import { oneLineExcerpt } from '../../shared/text/excerpt';
import { listCodes } from './codebook';
import { listMemos } from './memos';
import type { Study } from './study';

const excerpt = (text: string) => oneLineExcerpt(text, 60);

/**
 * Every memo of the study with what it is about and where it opens: the Memos tab lists them all,
 * not only the project's. A memo whose target is gone (it cannot be, by the foreign keys of the
 * targets that have them, but a coding or code memo is kept by id) says so instead of failing.
 */
export function memoOverview(study: Study): MemoOverview[] {
  const { repos } = study;
  const codePaths = new Map(listCodes(study).map((c) => [c.id, c.path]));
  const titleOf = (id: string) => repos.documents.get(id)?.title ?? null;
  const documentTitle = (id: string) => titleOf(id) ?? 'a deleted document';
  return listMemos(study).map((memo): MemoOverview => {
    const t = memo.target;
    const none = { documentId: null, offset: null, codeId: null };
    if (t.kind === 'project') return { ...memo, ...none, about: 'The whole study', place: { kind: 'project' } };
    if (t.kind === 'session') {
      const title = repos.sessions.get(t.id)?.title ?? null;
      return { ...memo, ...none, about: `Session “${title ?? 'deleted'}”`, place: { kind: 'session', title } };
    }
    if (t.kind === 'document') {
      const title = titleOf(t.id);
      const known = title !== null;
      return {
        ...memo,
        ...none,
        documentId: known ? t.id : null,
        offset: known ? 0 : null,
        about: `Document “${documentTitle(t.id)}”`,
        place: { kind: 'document', title },
      };
    }
    if (t.kind === 'code') {
      const path = codePaths.get(t.id) ?? null;
      return { ...memo, ...none, codeId: path === null ? null : t.id, about: `Code ${path ?? '(deleted)'}`, place: { kind: 'code', path } };
    }
    const coding = repos.codings.get(t.id);
    if (!coding) return { ...memo, ...none, about: 'A coded passage that no longer exists', place: { kind: 'gone' } };
    const quote = excerpt(coding.quote);
    const codePath = codePaths.get(coding.code_id) ?? null;
    return {
      ...memo,
      documentId: coding.document_id,
      offset: coding.start_offset,
      codeId: coding.code_id,
      about: `“${quote}” coded ${codePath ?? ''} in ${documentTitle(coding.document_id)}`,
      place: { kind: 'coding', quote, codePath, documentTitle: titleOf(coding.document_id) },
    };
  });
}
