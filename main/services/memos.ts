import type { Memo, MemoTarget } from '../../shared/domain/coding';
import type { MessageId } from '../../shared/i18n/catalogue';
import { AppError } from '../../shared/errors';
import type { MemoRecord } from '../db/repos/memosRepo';
import { stepLabel } from './history';
import { now, type Study } from './study';

function toMemo(row: MemoRecord, authors: Map<string, string>): Memo {
  const target: MemoTarget = row.targetKind === 'project' ? { kind: 'project' } : { kind: row.targetKind, id: row.targetId! };
  return {
    id: row.id,
    target,
    title: row.title,
    body: row.body,
    author: row.createdBy ? (authors.get(row.createdBy) ?? null) : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Memos on one target, or every memo of the study when no target is given. */
export function listMemos(study: Study, target?: MemoTarget): Memo[] {
  const authors = study.repos.codings.coderNames();
  const rows = target ? study.repos.memos.byTarget(target.kind, target.kind === 'project' ? null : target.id) : study.repos.memos.all();
  return rows.map((r) => toMemo(r, authors));
}

/** What a memo's target that is gone is called, per kind. */
const GONE: Record<Exclude<MemoTarget['kind'], 'project'>, MessageId> = {
  session: 'errors.sessionGone',
  document: 'editing.documentGone',
  code: 'editing.codeGone',
  coding: 'editing.codingGone',
};

/** A memo step's name: with the memo's title, or as an untitled memo. */
function memoStep(title: string, titled: MessageId, untitled: MessageId) {
  return title ? stepLabel(titled, { title }) : stepLabel(untitled);
}

function assertTargetExists(study: Study, target: MemoTarget): void {
  if (target.kind === 'project') return;
  const { repos } = study;
  const found =
    target.kind === 'session'
      ? repos.sessions.get(target.id)
      : target.kind === 'document'
        ? repos.documents.get(target.id)
        : target.kind === 'code'
          ? repos.codes.get(target.id)
          : repos.codings.get(target.id);
  if (!found) throw new AppError('NOT_FOUND', GONE[target.kind]);
}

/**
 * Creates a memo or saves an existing one's title and body. The id may come from the caller (ids
 * are made where a thing is created), so an editor can autosave a new memo without waiting for a
 * round trip. Consecutive saves of one memo are one undo step.
 */
export function saveMemo(study: Study, input: { id?: string; target: MemoTarget; title: string; body: string; existing?: boolean }): Memo {
  assertTargetExists(study, input.target);
  const at = now();
  const id = input.id ?? crypto.randomUUID();
  const existing = study.repos.memos.get(id);
  // Deleted in another window (or by undo there) while this one still edits it: bringing it back unasked would undo that.
  if (input.existing && !existing) throw new AppError('NOT_FOUND', 'editing.memoGone');
  if (existing && (existing.targetKind !== input.target.kind || (input.target.kind !== 'project' && existing.targetId !== input.target.id)))
    throw new AppError('CONFLICT', 'editing.memoElsewhere');
  study.change(
    existing
      ? memoStep(input.title, 'editing.stepEditMemo', 'editing.stepEditUntitledMemo')
      : memoStep(input.title, 'editing.stepAddMemo', 'editing.stepAddUntitledMemo'),
    'memos:save',
    { id, target: input.target },
    (track) => {
      track('memos', id);
      if (existing) study.repos.memos.update({ ...existing, title: input.title, body: input.body, updatedAt: at });
      else
        study.repos.memos.insert({
          id,
          targetKind: input.target.kind,
          targetId: input.target.kind === 'project' ? null : input.target.id,
          title: input.title,
          body: input.body,
          createdAt: at,
          updatedAt: at,
          createdBy: study.userId,
        });
    },
    `memo:${id}`,
  );
  return toMemo(study.repos.memos.get(id)!, study.repos.codings.coderNames());
}

export function deleteMemo(study: Study, id: string): void {
  const memo = study.repos.memos.get(id);
  if (!memo) throw new AppError('NOT_FOUND', 'editing.memoGone');
  study.change(memoStep(memo.title, 'editing.stepDeleteMemo', 'editing.stepDeleteUntitledMemo'), 'memos:delete', { id }, (track) => {
    track('memos', id);
    study.repos.memos.remove(id);
  });
}
