import type { MemoOverview } from '../../shared/domain/coding';
import { invoke } from '../api';
import { useMemoItems, type MemoItem } from './useMemoList';

/** A memo in the Memos tab's list: `key` stays the same when a new memo gets its id from its first save. */
export type OverviewItem = MemoItem<MemoOverview>;

// `about` is the backend's English, never shown: the Memos tab words `place` (memoPlace.ts).
const PROJECT_PLACE = { about: 'The whole study', place: { kind: 'project' as const }, documentId: null, offset: null, codeId: null };

/**
 * Every memo of the study, newest first, plus new project memos that exist only until something is
 * typed. A save keeps what the memo is about; a new (project) memo gets the project's.
 */
export function useMemoOverview() {
  return useMemoItems(
    () => invoke('memos:overview', {}),
    'overview',
    (before, memo): MemoOverview => ({ ...(before ?? PROJECT_PLACE), ...memo }),
  );
}
