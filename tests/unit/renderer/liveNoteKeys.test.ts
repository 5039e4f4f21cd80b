import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NoteKeys } from '../../../renderer/live/noteKeys';
import { Autosaver } from '../../../renderer/ui/autosave';

/**
 * A backend of one note as useNoteWriter drives it: a key without an id adds the note, a key with
 * one edits it. Each request waits until `answer()` settles the oldest one (ok unless told).
 */
function harness() {
  const keys = new NoteKeys();
  const backend = { id: 'n1', text: null as string | null };
  const waiting: ((ok: boolean) => void)[] = [];
  const sent: string[] = [];
  const saver = new Autosaver({
    send: (key, text) => {
      sent.push(text);
      return new Promise<boolean>((resolve) => {
        waiting.push((ok) => {
          if (ok) {
            if (!keys.idOf(key)) keys.bind(key, backend.id);
            backend.text = text;
          }
          resolve(ok);
        });
      });
    },
  });
  /** Types into the editor open under `key` (what onText does). */
  const type = (key: string, text: string) => {
    keys.type(key, text);
    saver.set(key, text, !keys.idOf(key) && sent.length === 0);
  };
  const answer = async (ok = true) => {
    waiting.shift()?.(ok);
    await vi.advanceTimersByTimeAsync(0);
  };
  /** What open() shows for the note: the unsaved typed text, else the backend's. */
  const reopen = () => {
    const key = keys.keyFor(backend.id);
    return { key, text: keys.unsaved(key, saver.isDirty(key)) ?? backend.text };
  };
  return { keys, backend, saver, sent, type, answer, reopen };
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('NoteKeys', () => {
  it('gives a note begun in the composer its own key back, and any other note one stable key', () => {
    const keys = new NoteKeys();
    keys.bind('new-1', 'a');
    expect(keys.keyFor('a')).toBe('new-1');
    expect(keys.keyFor('b')).toBe('note-b');
    expect(keys.keyFor('b')).toBe('note-b');
    expect(keys.idOf('note-b')).toBe('b');
  });

  it('keeps typed text only while it is unsaved', () => {
    const keys = new NoteKeys();
    keys.type('k', 'hello');
    expect(keys.unsaved('k', true)).toBe('hello');
    expect(keys.unsaved('k', false)).toBeUndefined();
    expect(keys.peek('k')).toBeUndefined();
    expect(keys.unsaved('k', true)).toBeUndefined();
  });
});

describe('writing one note (NoteKeys with Autosaver)', () => {
  it('keystrokes typed while the note is being added are shown and saved, not the first character', async () => {
    const { backend, type, answer, reopen } = harness();
    type('new-1', 'o');
    await vi.advanceTimersByTimeAsync(0);
    type('new-1', 'ok'); // notes:add of "o" still in flight
    await answer();
    expect(backend.text).toBe('o');
    expect(reopen()).toEqual({ key: 'new-1', text: 'ok' }); // the follow-up edit is pending
    await vi.advanceTimersByTimeAsync(300);
    await answer();
    expect(backend.text).toBe('ok');
    expect(reopen().text).toBe('ok');
  });

  it('a study undo after the text was saved is what reopening shows', async () => {
    const { backend, type, answer, reopen } = harness();
    type('new-1', 'x');
    await vi.advanceTimersByTimeAsync(0);
    await answer();
    type('new-1', 'x more');
    await vi.advanceTimersByTimeAsync(300);
    await answer();
    backend.text = 'x'; // history:undo
    expect(reopen().text).toBe('x');
  });

  it('reopening a note begun in the composer uses its queue, so the latest text lands last', async () => {
    const { backend, saver, sent, type, answer, reopen } = harness();
    type('new-1', 'a');
    await vi.advanceTimersByTimeAsync(0);
    await answer();
    type('new-1', 'ab');
    await vi.advanceTimersByTimeAsync(300);
    await answer(false); // the edit of "ab" fails and waits for its retry
    const { key, text } = reopen();
    expect(key).toBe('new-1');
    expect(text).toBe('ab');
    type(key, 'abc');
    await vi.advanceTimersByTimeAsync(1_000);
    await answer();
    await vi.advanceTimersByTimeAsync(5_000);
    await answer();
    expect(sent).toEqual(['a', 'ab', 'abc']);
    expect(backend.text).toBe('abc');
    expect(saver.isDirty()).toBe(false);
  });
});
