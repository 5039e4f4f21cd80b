import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Note, NoteSpeaker } from '../../shared/domain/live';
import { invoke } from '../api';
import { registerFlusher } from '../app/flushers';
import type { CodeChoice } from '../ui/paletteOptions';
import { useT } from '../i18n/useT';
import { useToast } from '../ui/Toast';
import { Autosaver, failedSave } from '../ui/autosave';
import type { AppFailure } from '../../shared/result';
import { NoteKeys } from './noteKeys';
import { speakerOf, type StoppedNote } from './stoppedNote';
import type { Caret, NoteEditorHandle } from '../editor/NoteEditor';
import { currentItemOf } from './noteLogic';
import type { LiveModel } from './useLiveSession';

/** The note open in the editor: the composer at the end (a new note) or a note of the list. */
export interface Editing {
  /** The autosave key: a new note has no id until its first character was saved. */
  key: string;
  noteId: string | null;
  place: 'composer' | 'inline';
  initialText: string;
  caret: Caret;
}

let keySeq = 0;
const newComposer = (): Editing => ({ key: `new-${++keySeq}`, noteId: null, place: 'composer', initialText: '', caret: 'end' });

/**
 * Writing notes: the editor's text goes to the autosave queue (no React state per keystroke); a
 * new note is added with the session time of its first character; speaker, star and codes apply to
 * the note in the editor, after its text was saved so offsets agree with the backend.
 */
export function useNoteWriter(model: LiveModel, sessionId: string) {
  const toast = useToast();
  const { t } = useT();
  const { upsertNote, removeNote, now, latest } = model;
  const [editing, setEditing] = useState<Editing>(newComposer);
  const [draftSpeaker, setDraftSpeaker] = useState<NoteSpeaker>(null);
  const editor = useRef<NoteEditorHandle>(null);
  const [stopped, setStopped] = useState<StoppedNote[]>([]);
  // Bookkeeping read and written only in callbacks (plain maps in state: never rendered, never replaced).
  const [book] = useState(() => ({
    /** Note id and latest typed text per autosave key (one key per note). */
    keys: new NoteKeys(),
    /** Time, speaker and question of a new note, fixed at its first character. */
    // The id is made here, at the first character, so a retried notes:add (its answer lost) finds the note instead of adding it twice.
    drafts: new Map<string, { id: string; timeMs: number | null; speaker: NoteSpeaker; questionId: string | null }>(),
  }));
  const current = useRef({ editing, draftSpeaker });
  useEffect(() => {
    current.current = { editing, draftSpeaker };
  });

  const saver = useMemo(
    () =>
      new Autosaver({
        send: async (key, text) => {
          // A failure that retrying cannot heal stops this note's queue; the text is kept and offered back.
          const failed = (failure: AppFailure, was: Omit<StoppedNote, 'key' | 'failure' | 'text'>) => {
            const outcome = failedSave(failure.code);
            if (outcome === 'permanent') setStopped((all) => [...all.filter((s) => s.key !== key), { key, failure, text, ...was }]);
            return outcome;
          };
          const id = book.keys.idOf(key);
          if (id) {
            // Read before the call: the list may drop a note deleted elsewhere before the answer arrives.
            const note = latest.current?.notes.find((n) => n.id === id);
            const r = await invoke('notes:edit', { id, text });
            if (r.ok) upsertNote(r.value);
            return (
              r.ok || failed(r.error, { timeMs: note?.timeMs ?? null, speaker: speakerOf(note), questionId: note?.questionId ?? null })
            );
          }
          const draft = book.drafts.get(key) ?? { id: crypto.randomUUID(), timeMs: null, speaker: null, questionId: null };
          book.drafts.set(key, draft);
          const r = await invoke('notes:add', { sessionId, afterId: null, ...draft, text });
          if (!r.ok) return failed(r.error, draft);
          book.keys.bind(key, r.value.id);
          upsertNote(r.value);
          setEditing((e) => (e.key === key ? { ...e, noteId: r.value.id } : e));
          return true;
        },
      }),
    [book, latest, sessionId, upsertNote],
  );

  // A close of the window or the study writes what is still in memory first; so does leaving.
  useEffect(() => {
    // isDirty: a browser asks the user to wait only when a note is really unsaved (leaveGuard.ts).
    const unregister = registerFlusher(
      (leaving) => (leaving ? saver.flushLeaving() : saver.flush()),
      () => saver.isDirty(),
    );
    return () => {
      unregister();
      void saver.flush();
    };
  }, [saver]);

  const onText = useCallback(
    (text: string) => {
      const { editing: e, draftSpeaker: speaker } = current.current;
      book.keys.type(e.key, text);
      // Typing goes on in a note that can no longer be saved (a new note of a deleted session): the notice shows the latest.
      if (saver.stoppedValue(e.key) !== undefined) setStopped((all) => all.map((s) => (s.key === e.key ? { ...s, text } : s)));
      if (!book.keys.idOf(e.key) && !book.drafts.has(e.key)) {
        if (text === '') return;
        // The note's time is the moment its first character is typed.
        const l = latest.current;
        book.drafts.set(e.key, { id: crypto.randomUUID(), timeMs: now(), speaker, questionId: l ? currentItemOf(l.marks) : null });
        saver.set(e.key, text, true);
        return;
      }
      saver.set(e.key, text);
    },
    [book, latest, now, saver],
  );

  /**
   * The editor leaves its note: what was typed is sent now, and the row shows it at once (the
   * backend's answer, with codings moved along, replaces it when it arrives). Text already saved
   * is not pushed: the backend's may be newer (a study undo while the note was open).
   */
  const release = useCallback(() => {
    const e = current.current.editing;
    const id = book.keys.idOf(e.key);
    if (!id) return;
    const typed = book.keys.peek(e.key) !== undefined;
    const unsaved = book.keys.unsaved(e.key, saver.isDirty(e.key));
    const note = latest.current?.notes.find((n) => n.id === id);
    // A note whose words were all deleted goes (the study's undo brings it back).
    if (typed && (unsaved ?? note?.text) === '') {
      void (async () => {
        await saver.flush(e.key);
        const r = await invoke('notes:delete', { id });
        if (r.ok) removeNote(id);
        else toast.error(r.error.message);
      })();
      return;
    }
    void saver.flush(e.key);
    if (note && unsaved !== undefined && note.text !== unsaved) upsertNote({ ...note, text: unsaved });
  }, [book, latest, removeNote, saver, toast, upsertNote]);

  const open = useCallback(
    (noteId: string, caret: Caret) => {
      const note = latest.current?.notes.find((n) => n.id === noteId);
      if (!note) return;
      release();
      // The key the note already has (a note begun in the composer keeps its own): one queue per note.
      const key = book.keys.keyFor(noteId);
      const initialText = book.keys.unsaved(key, saver.isDirty(key)) ?? note.text;
      setEditing({ key, noteId, place: 'inline', initialText, caret });
    },
    [book, latest, release, saver],
  );

  const toComposer = useCallback(() => {
    release();
    setEditing((e) => (e.place === 'composer' && !book.keys.idOf(e.key) && !book.drafts.has(e.key) ? e : newComposer()));
    setDraftSpeaker(null);
  }, [book, release]);

  /** Enter: the note is finished; the next one starts in the composer. */
  const finish = useCallback(() => {
    const e = current.current.editing;
    if (e.place === 'composer' && !book.keys.idOf(e.key) && !book.drafts.has(e.key)) return;
    release();
    setEditing(newComposer());
    setDraftSpeaker(null);
  }, [book, release]);

  const leave = useCallback(
    (direction: 'up' | 'down') => {
      const e = current.current.editing;
      const notes = latest.current?.notes ?? [];
      const at = e.noteId ? notes.findIndex((n) => n.id === e.noteId) : notes.length;
      const target = direction === 'up' ? at - 1 : at + 1;
      if (target < 0) return;
      const note = notes[target];
      if (note && note.id !== e.noteId) open(note.id, direction === 'up' ? 'end' : 'start');
      else if (direction === 'down' && e.place === 'inline') toComposer();
    },
    [latest, open, toComposer],
  );

  /** The id of the note in the editor once its text is saved; null for an empty new note. */
  const savedId = useCallback(async (): Promise<string | null> => {
    const key = current.current.editing.key;
    await saver.flush(key);
    return book.keys.idOf(key) ?? null;
  }, [book, saver]);

  const hasNote = useCallback(() => {
    const key = current.current.editing.key;
    return !!book.keys.idOf(key) || book.drafts.has(key);
  }, [book]);

  const update = useCallback(
    async (fields: { speaker?: NoteSpeaker; starred?: boolean }, noteId?: string) => {
      const id = noteId ?? (await savedId());
      if (!id) return null;
      const r = await invoke('notes:update', { id, ...fields });
      if (r.ok) upsertNote(r.value);
      else toast.error(r.error.message);
      return r.ok ? r.value : null;
    },
    [savedId, toast, upsertNote],
  );

  const setSpeaker = useCallback(
    (speaker: NoteSpeaker) => {
      if (hasNote()) void update({ speaker });
      else setDraftSpeaker(speaker);
    },
    [hasNote, update],
  );

  const toggleStar = useCallback(
    async (note?: Note) => {
      if (!note && !hasNote()) return toast.info(t('live.starFirst'));
      const target = note ?? latest.current?.notes.find((n) => n.id === book.keys.idOf(current.current.editing.key));
      const id = target?.id ?? (await savedId());
      if (!id) return;
      const starred = !(target?.starred ?? latest.current?.notes.find((n) => n.id === id)?.starred ?? false);
      await update({ starred }, id);
    },
    [book, hasNote, latest, savedId, toast, t, update],
  );

  /** Codes the note in the editor, or just its selected words. Returns the note, or null. */
  const code = useCallback(
    async (choice: CodeChoice, selected?: { start: number; end: number } | null): Promise<Note | null> => {
      const range = selected === undefined ? (editor.current?.selection() ?? null) : selected;
      if (!hasNote()) {
        toast.info(t('live.tagFirst'));
        return null;
      }
      const id = await savedId();
      if (!id) return null;
      const r = await invoke('notes:code', { id, ...(range ?? {}), ...choice });
      if (!r.ok) {
        toast.error(r.error.message);
        return null;
      }
      upsertNote(r.value);
      return r.value;
    },
    [hasNote, savedId, toast, t, upsertNote],
  );

  /** Adds the text of a note that could not be saved as a new note (at the end, with the lost note's time, speaker and question). */
  const rescue = useCallback(
    async (key: string) => {
      const lost = stopped.find((s) => s.key === key);
      if (!lost) return;
      const text = saver.stoppedValue(key) ?? lost.text;
      const { timeMs, speaker, questionId } = lost;
      const r = await invoke('notes:add', { sessionId, afterId: null, id: crypto.randomUUID(), timeMs, speaker, questionId, text });
      if (!r.ok) return toast.error(r.error.message);
      saver.forget(key);
      upsertNote(r.value);
      setStopped((all) => all.filter((s) => s.key !== key));
      if (current.current.editing.key === key) setEditing(newComposer());
    },
    [saver, sessionId, stopped, toast, upsertNote],
  );

  /** Lets go of a note that could not be saved (the user copied its text, or does not want it). */
  const dismiss = useCallback(
    (key: string) => {
      saver.forget(key);
      setStopped((all) => all.filter((s) => s.key !== key));
      if (current.current.editing.key === key) setEditing(newComposer());
    },
    [saver],
  );

  return {
    editing,
    editor,
    draftSpeaker,
    onText,
    stopped,
    rescue,
    dismiss,
    open,
    finish,
    leave,
    toComposer,
    setSpeaker,
    toggleStar,
    code,
    update,
    saver,
  };
}
