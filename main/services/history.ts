import type { HistoryState, StepLabel } from '../../shared/domain/coding';
import type { MessageId } from '../../shared/i18n/catalogue';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/connection';
import type { Row, RowsRepo, TrackedTable } from '../db/repos/rowsRepo';
import { flushSearchIndex } from '../db/searchIndex';

interface RowChange {
  table: TrackedTable;
  id: string;
  before: Row | null;
  after: Row | null;
  /** Sizes of the images as JSON (the memory budget counts both). */
  beforeBytes: number;
  afterBytes: number;
}
interface Entry {
  label: StepLabel;
  changes: RowChange[];
  bytes: number;
  /** Steps with the same key in a row become one step (typing into one memo, say). */
  coalesceKey?: string;
}

/**
 * Declares that a change is about to modify (or create, or delete) this row. With `images`, the
 * caller gives the row as it is (a `SELECT *` row) and as the change leaves it, sparing two reads
 * per row when one statement shifts many; the change must then leave the row exactly so.
 */
export type Track = (table: TrackedTable, id: string, images?: { before: object; after: object }) => void;

/** Hears every row a step changes, as it records it and as undo or redo puts it back (for the change event). */
export type RowListener = (table: TrackedTable, id: string, before: Row | null, after: Row | null) => void;

/** The name of a step, as a catalogue message (`editing.step…`) with its values: each client says it in its language. */
export function stepLabel(id: MessageId, values: StepLabel['values'] = {}): StepLabel {
  return { id, values };
}

const MAX_ENTRIES = 500;
const MAX_BYTES = 64 * 1024 * 1024;

/**
 * Undo and redo for the coding workspace, as row images: each action records every row it
 * touches before and after, undo puts the "before" rows back, redo the "after" rows. One generic
 * mechanism covers coding, recoding, merging, moving, splitting and text edits alike. Before
 * applying, every row must still match what the action left behind; otherwise something else
 * changed it and the step is refused rather than overwriting newer work.
 */
export class History {
  private undoStack: Entry[] = [];
  private redoStack: Entry[] = [];
  private bytes = 0;
  private pending: Entry | null = null;

  constructor(
    private readonly db: Db,
    private readonly rows: RowsRepo,
    private readonly onRow: RowListener = () => {},
  ) {}

  /**
   * Runs `change` (inside the caller's transaction) and notes what it did under `label`. The step
   * joins the undo stack only at {@link commit}, after the transaction has committed.
   */
  record<T>(label: StepLabel, change: (track: Track) => T, coalesceKey?: string): T {
    const touched = new Map<string, RowChange>();
    const given = new Map<string, Row>();
    const track: Track = (table, id, images) => {
      const key = `${table}:${id}`;
      if (!touched.has(key))
        touched.set(key, {
          table,
          id,
          before: images ? (images.before as Row) : this.rows.read(table, id),
          after: null,
          beforeBytes: 0,
          afterBytes: 0,
        });
      if (images) given.set(key, images.after as Row);
    };
    const result = change(track);
    const changes: RowChange[] = [];
    let bytes = 0;
    for (const [key, c] of touched) {
      const known = given.get(key);
      if (known) {
        // Given images are a change by contract (rows moved by a shift); both are about this size.
        c.after = known;
        c.afterBytes = JSON.stringify(known).length;
        c.beforeBytes = c.afterBytes;
        bytes += 2 * c.afterBytes;
        changes.push(c);
        continue;
      }
      c.after = this.rows.read(c.table, c.id);
      const a = JSON.stringify(c.before);
      const b = JSON.stringify(c.after);
      if (a === b) continue;
      c.beforeBytes = a.length;
      c.afterBytes = b.length;
      bytes += a.length + b.length;
      changes.push(c);
    }
    for (const c of changes) this.onRow(c.table, c.id, c.before, c.after);
    this.pending = changes.length > 0 ? { label, changes, bytes, coalesceKey } : null;
    return result;
  }

  /** Call after the transaction of {@link record} committed (with `false` when it rolled back). */
  commit(committed: boolean): void {
    if (committed && this.pending) this.push(this.pending);
    this.pending = null;
  }

  undo(): StepLabel {
    const entry = this.undoStack.at(-1);
    if (!entry) throw new AppError('CONFLICT', 'editing.nothingToUndo');
    this.apply(entry, 'undo');
    this.undoStack.pop();
    this.redoStack.push(entry);
    return entry.label;
  }

  redo(): StepLabel {
    const entry = this.redoStack.at(-1);
    if (!entry) throw new AppError('CONFLICT', 'editing.nothingToRedo');
    this.apply(entry, 'redo');
    this.redoStack.pop();
    this.undoStack.push(entry);
    return entry.label;
  }

  state(): HistoryState {
    return { undo: this.undoStack.at(-1)?.label ?? null, redo: this.redoStack.at(-1)?.label ?? null };
  }

  /** Forgets every step (after changes the history cannot follow, such as deleting a session). */
  clear(): void {
    this.undoStack = [];
    this.redoStack = [];
    this.bytes = 0;
  }

  private push(entry: Entry): void {
    const last = this.undoStack.at(-1);
    if (entry.coalesceKey && last?.coalesceKey === entry.coalesceKey && this.redoStack.length === 0) {
      // Keep the first step's "before" images and take this step's "after" images; rows only this
      // step touched (a later note shifted by the second keystroke, say) join the step.
      const known = new Map(last.changes.map((c) => [`${c.table}:${c.id}`, c]));
      let bytes = 0;
      for (const c of entry.changes) {
        const earlier = known.get(`${c.table}:${c.id}`);
        if (earlier) {
          // Only the "after" image is replaced: the step grows by the difference, not by both images again.
          bytes += c.afterBytes - earlier.afterBytes;
          earlier.after = c.after;
          earlier.afterBytes = c.afterBytes;
        } else {
          bytes += c.beforeBytes + c.afterBytes;
          last.changes.push(c);
        }
      }
      last.bytes += bytes;
      this.bytes += bytes;
      return;
    }
    this.undoStack.push(entry);
    this.bytes += entry.bytes;
    this.redoStack = [];
    while (this.undoStack.length > MAX_ENTRIES || (this.bytes > MAX_BYTES && this.undoStack.length > 1))
      this.bytes -= this.undoStack.shift()!.bytes;
  }

  private apply(entry: Entry, direction: 'undo' | 'redo'): void {
    const ordered = direction === 'undo' ? [...entry.changes].reverse() : entry.changes;
    this.db.transaction(() => {
      // Rows are restored one by one; foreign keys are checked once, at commit.
      this.db.pragma('defer_foreign_keys = ON');
      for (const c of ordered) {
        const expected = direction === 'undo' ? c.after : c.before;
        if (JSON.stringify(this.rows.read(c.table, c.id)) !== JSON.stringify(expected))
          throw new AppError('CONFLICT', direction === 'undo' ? 'editing.cannotUndo' : 'editing.cannotRedo', {
            ...entry.label.values,
            stepMessage: entry.label.id,
          });
        const target = direction === 'undo' ? c.before : c.after;
        if (target === null) this.rows.remove(c.table, c.id);
        else this.rows.write(c.table, target);
        this.onRow(c.table, c.id, expected, target);
      }
      // The search index follows the restored rows, in the same transaction.
      flushSearchIndex(this.db);
    })();
  }
}
