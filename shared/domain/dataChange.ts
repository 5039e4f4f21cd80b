import { z } from 'zod';
import { HistoryState } from './coding';

/**
 * The kinds of data a write can change. Screens declare which kinds their reads depend on and
 * refetch when a change names one of them (renderer/ui/useQuery.ts).
 */
export const DATA_KINDS = [
  'study',
  'sessions',
  'participants',
  'attributes',
  'documents',
  'codings',
  'codes',
  'memos',
  'live',
  'reports',
  'queries',
] as const;
export type DataKind = (typeof DATA_KINDS)[number];

/**
 * One committed write, as the write path saw it (main/services/study.ts). `documentIds`, when
 * present, are the only documents whose text, turns or codings changed; when absent any may have.
 * `history` is the undo/redo state after the write, so the Edit menu follows without asking.
 */
export const DataChange = z.object({
  kinds: z.array(z.enum(DATA_KINDS)).min(1),
  documentIds: z.array(z.string()).optional(),
  history: HistoryState.optional(),
  /** The id the page gave the call that made this change (renderer/api.ts), so that page knows it made it. */
  callId: z.string().max(64).optional(),
});
export type DataChange = z.output<typeof DataChange>;

/**
 * True when `change` may alter a read that depends on `kinds` (and, for a read of one document,
 * on `documentId`): a change names the documents it touched only where that is cheap to know.
 */
export function touches(change: DataChange, kinds: readonly DataKind[], documentId?: string | null): boolean {
  const overlapping = change.kinds.filter((kind) => kinds.includes(kind));
  if (overlapping.length === 0) return false;
  if (!documentId || !change.documentIds) return true;
  // Only the per-document kinds narrow by document; a codebook change still reaches every view.
  return overlapping.some((kind) => !PER_DOCUMENT.has(kind)) || change.documentIds.includes(documentId);
}

const PER_DOCUMENT: ReadonlySet<DataKind> = new Set(['documents', 'codings']);
