import type { Memo, MemoTarget } from '../../shared/domain/coding';
import type { Result } from '../../shared/result';
import { Autosaver, type Timers } from '../ui/autosave';

export type SaveStatus = 'idle' | 'unsaved' | 'saving' | 'saved' | 'error';

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
  save: (input: { id: string; target: MemoTarget } & MemoDraft) => Promise<Result<Memo>>;
  onSaved: (memo: Memo) => void;
  onStatus: (status: SaveStatus) => void;
  /** The last failure's words, or null once a save succeeded. */
  onError: (message: string | null) => void;
  timers?: Timers;
}

/**
 * One memo's autosave, through the app's one queue (renderer/ui/autosave.ts): saved ~300 ms after
 * typing pauses and never more than ~750 ms behind, one request at a time, a failed save retried
 * until it succeeds, and what is unsaved sent at once when the page goes away. The memo's id is
 * made here, so every save names the same memo (the first creates it, the others update it).
 * A new memo nobody has written anything in is not worth a row: it is never sent.
 */
export class MemoSaver {
  readonly id: string;
  /** The memo has a row (it existed, or a save of it succeeded). */
  private stored: boolean;
  private draft: MemoDraft;
  private readonly queue: Autosaver<MemoDraft>;
  private onSaved: (memo: Memo) => void;

  constructor(private readonly options: MemoSaverOptions) {
    this.id = options.memo?.id ?? crypto.randomUUID();
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

  /** Saves what is pending and answers the memo's id (null: never saved, nothing in it). */
  async settle(): Promise<string | null> {
    await this.flush();
    return this.stored ? this.id : null;
  }

  private emptyNew(draft: MemoDraft = this.draft): boolean {
    return !this.stored && draft.title.trim() === '' && draft.body.trim() === '';
  }

  private async send(draft: MemoDraft): Promise<boolean> {
    if (this.emptyNew(draft)) return true;
    this.options.onStatus('saving');
    const r = await this.options.save({ id: this.id, target: this.options.target, ...draft });
    if (!r.ok) {
      this.options.onError(r.error.message);
      return false;
    }
    this.stored = true;
    this.options.onError(null);
    // Still "editing" when more was typed meanwhile; the queue says "saved" once nothing is left.
    this.options.onStatus('unsaved');
    this.onSaved(r.value);
    return true;
  }
}
