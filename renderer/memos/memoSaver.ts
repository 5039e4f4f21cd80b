import type { Memo, MemoTarget } from '../../shared/domain/coding';
import type { AppFailure, Result } from '../../shared/result';
import { Autosaver, failedSave, type SendOutcome, type Timers } from '../ui/autosave';

/** 'error': a save failed and is retried; 'stopped': it failed for good (see MemoSaverOptions.onStopped). */
export type SaveStatus = 'idle' | 'unsaved' | 'saving' | 'saved' | 'error' | 'stopped';

/** What of a memo is edited. */
export interface MemoDraft {
  title: string;
  body: string;
}

export interface MemoSaverOptions {
  /** The memo being edited, or null for a new one (it gets its id here). */
  memo: Memo | null;
  /** Where the memo belongs: fixed for the editor's life, so a late save never lands on another target. */
  target: MemoTarget;
  /** Sends one save (the `memos:save` channel). */
  save: (input: { id: string; target: MemoTarget; existing: boolean } & MemoDraft) => Promise<Result<Memo>>;
  onSaved: (memo: Memo) => void;
  onStatus: (status: SaveStatus) => void;
  /** The last failure's words, or null once a save succeeded. */
  onError: (message: string | null) => void;
  /** Why saving stopped for good (the memo was deleted elsewhere...), or null once the text is saved again. */
  onStopped?: (failure: AppFailure | null) => void;
  timers?: Timers;
}

/**
 * One memo's autosave, through the app's one queue (renderer/ui/autosave.ts): saved ~300 ms after
 * typing pauses and never more than ~750 ms behind, one request at a time, a failed save retried
 * until it succeeds, and what is unsaved sent at once when the page goes away. The memo's id is
 * made here, so every save names the same memo (the first creates it, the others update it).
 * A new memo nobody has written anything in is not worth a row: it is never sent. A save that can
 * never succeed (the memo was deleted in another window) stops; the text stays, and
 * {@link MemoSaver.saveAsNew} writes it to a new memo.
 */
export class MemoSaver {
  private memoId: string;
  /** The memo has a row (it existed, or a save of it succeeded). */
  private stored: boolean;
  private draft: MemoDraft;
  private readonly queue: Autosaver<MemoDraft>;
  private onSaved: (memo: Memo) => void;

  constructor(private readonly options: MemoSaverOptions) {
    this.memoId = options.memo?.id ?? crypto.randomUUID();
    this.stored = options.memo !== null;
    this.draft = { title: options.memo?.title ?? '', body: options.memo?.body ?? '' };
    this.onSaved = options.onSaved;
    this.queue = new Autosaver<MemoDraft>({
      timers: options.timers,
      send: (_key, draft) => this.send(draft),
      // 'saving' is said by edit and send themselves: typing shows "editing", a request "saving".
      onState: (state) => {
        if (state !== 'saving') options.onStatus(state);
      },
    });
  }

  /** The memo's id: fixed, until {@link saveAsNew} makes a new memo of the text. */
  get id(): string {
    return this.memoId;
  }

  /** Who hears of each successful save from now on (an editor's owner re-renders with a new callback). */
  setOnSaved(onSaved: (memo: Memo) => void): void {
    this.onSaved = onSaved;
  }

  /** Records a change of the title or the text. */
  edit(field: keyof MemoDraft, value: string): void {
    this.draft = { ...this.draft, [field]: value };
    this.options.onStatus('unsaved');
    this.queue.set(this.id, this.draft);
  }

  /** Sends what is unsaved now; `leaving`: the page is going away (see Autosaver.flushLeaving). */
  flush(leaving = false): Promise<void> {
    return leaving ? this.queue.flushLeaving() : this.queue.flush();
  }

  /** True while something typed is not saved yet (an empty new memo counts as nothing). */
  isDirty(): boolean {
    return this.queue.isDirty() && !this.emptyNew();
  }

  /** Saves what is pending and answers the memo's id (null: never saved, nothing in it, or gone for good). */
  async settle(): Promise<string | null> {
    await this.flush();
    return this.stored && this.queue.stoppedValue(this.id) === undefined ? this.id : null;
  }

  /**
   * The memo cannot be saved any more (deleted elsewhere): its text, as typed, becomes a new memo
   * on the same target, under a new id. Its first save answers as any save does.
   */
  saveAsNew(): void {
    this.queue.forget(this.memoId);
    this.memoId = crypto.randomUUID();
    this.stored = false;
    this.options.onStopped?.(null);
    this.options.onError(null);
    this.options.onStatus('unsaved');
    this.queue.set(this.memoId, this.draft, true);
  }

  private emptyNew(draft: MemoDraft = this.draft): boolean {
    return !this.stored && draft.title.trim() === '' && draft.body.trim() === '';
  }

  private async send(draft: MemoDraft): Promise<SendOutcome> {
    if (this.emptyNew(draft)) return true;
    this.options.onStatus('saving');
    // existing: once the memo has a row, a save never brings it back after a delete elsewhere.
    const r = await this.options.save({ id: this.id, target: this.options.target, existing: this.stored, ...draft });
    if (!r.ok) {
      const outcome = failedSave(r.error.code);
      if (outcome === 'permanent') this.options.onStopped?.(r.error);
      else this.options.onError(r.error.message);
      return outcome;
    }
    this.stored = true;
    this.options.onError(null);
    // Still "editing" when more was typed meanwhile; the queue says "saved" once nothing is left.
    this.options.onStatus('unsaved');
    this.onSaved(r.value);
    return true;
  }
}
