import { DATA_KINDS, type DataChange, type DataKind } from '../../shared/domain/dataChange';
import type { Row, TrackedTable } from '../db/repos/rowsRepo';

/** The kinds of data a tracked (undoable) row belongs to; turns are a document's text. */
const TABLE_KINDS: Record<TrackedTable, DataKind> = {
  codes: 'codes',
  codings: 'codings',
  memos: 'memos',
  documents: 'documents',
  turns: 'documents',
  saved_queries: 'queries',
};

/**
 * What a write that does not track its rows (Study.write) may change, by its op. Looked up by the
 * whole op first, then by its domain (the part before ':'). An op in neither says "anything":
 * a screen that refetches too often is slower, one that misses a change is wrong.
 */
const OP_KINDS: Record<string, readonly DataKind[]> = {
  study: ['study'],
  sessions: ['sessions'],
  // Deleting a session takes its documents, their codings and its live state with it.
  'sessions:delete': ['sessions', 'documents', 'codings', 'memos', 'live', 'participants'],
  participants: ['participants'],
  'participants:setSessionRole': ['participants', 'sessions'],
  'participants:import': ['participants', 'attributes', 'sessions'],
  attributes: ['attributes', 'participants'],
  'documents:delete': ['documents', 'codings', 'memos'],
  'transcripts:import': ['documents', 'codings', 'sessions', 'participants'],
  intercepts: ['sessions', 'participants', 'documents', 'live'],
  live: ['live'],
  guides: ['live', 'documents'],
  reports: ['reports'],
  // Undo and redo name their kinds from the rows they put back (see History's row listener).
  history: [],
};

export function kindsOfOp(op: string): readonly DataKind[] {
  return OP_KINDS[op] ?? OP_KINDS[op.split(':')[0]!] ?? DATA_KINDS;
}

/** Gathers what one outermost write changed, for the one event it publishes once committed. */
export class ChangeSet {
  private readonly kinds = new Set<DataKind>();
  private readonly documentIds = new Set<string>();
  /** False once a change may have touched documents it cannot name (an untracked write). */
  private documentsKnown = true;

  addOp(op: string): void {
    const kinds = kindsOfOp(op);
    for (const kind of kinds) this.kinds.add(kind);
    if (kinds.includes('documents') || kinds.includes('codings')) this.documentsKnown = false;
  }

  addRow(table: TrackedTable, id: string, before: Row | null, after: Row | null): void {
    this.kinds.add(TABLE_KINDS[table]);
    if (table === 'documents') this.documentIds.add(id);
    else if (table === 'codings' || table === 'turns') {
      for (const row of [before, after]) if (typeof row?.document_id === 'string') this.documentIds.add(row.document_id);
    }
  }

  /** The event's payload, or null when nothing changed. */
  toChange(): Omit<DataChange, 'history'> | null {
    if (this.kinds.size === 0) return null;
    const kinds = DATA_KINDS.filter((kind) => this.kinds.has(kind));
    return this.documentsKnown ? { kinds, documentIds: [...this.documentIds] } : { kinds };
  }
}
