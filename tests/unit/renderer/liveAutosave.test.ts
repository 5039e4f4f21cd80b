import { describe, expect, it } from 'vitest';
import { NoteSaver, type SaveState, type Timers } from '../../../renderer/live/autosave';

/** Fake timers driven by hand: `advance(ms)` runs what falls due, in order. */
function fakeTimers() {
  let now = 0;
  let seq = 0;
  const due = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    now: () => now,
    set: (fn, ms) => {
      due.set(++seq, { at: now + ms, fn });
      return seq;
    },
    clear: (h) => void due.delete(h as number),
  };
  const advance = async (ms: number) => {
    const end = now + ms;
    await flushMicrotasks();
    for (;;) {
      const next = [...due.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!next) break;
      due.delete(next[0]);
      now = next[1].at;
      next[1].fn();
      await flushMicrotasks();
    }
    now = end;
    await flushMicrotasks();
  };
  return { timers, advance };
}

const flushMicrotasks = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

function setup(ok: (text: string) => boolean | Promise<boolean> = () => true) {
  const { timers, advance } = fakeTimers();
  const sent: string[] = [];
  const states: SaveState[] = [];
  const saver = new NoteSaver({
    timers,
    send: async (_key, text) => {
      sent.push(text);
      return ok(text);
    },
    onState: (s) => states.push(s),
  });
  return { saver, sent, states, advance };
}

describe('NoteSaver', () => {
  it('debounces typing to one save of the latest text', async () => {
    const { saver, sent, states, advance } = setup();
    saver.set('a', 'H');
    await advance(100);
    saver.set('a', 'He');
    await advance(100);
    saver.set('a', 'Hey');
    expect(sent).toEqual([]);
    await advance(300);
    expect(sent).toEqual(['Hey']);
    expect(states).toEqual(['saving', 'saved']);
    expect(saver.isDirty()).toBe(false);
  });

  it('is never more than a second behind while typing goes on', async () => {
    const { saver, sent, advance } = setup();
    let text = '';
    for (let t = 0; t < 1_500; t += 100) {
      text += 'x';
      saver.set('a', text);
      await advance(100);
    }
    expect(sent.length).toBeGreaterThanOrEqual(1);
    expect(sent[0]!.length).toBeLessThanOrEqual(11);
  });

  it('keeps one request in flight and sends what was typed meanwhile after it', async () => {
    const { timers, advance } = fakeTimers();
    const sent: string[] = [];
    let release: (() => void) | null = null;
    const saver = new NoteSaver({
      timers,
      send: (_k, text) => {
        sent.push(text);
        return new Promise<boolean>((resolve) => (release = () => resolve(true)));
      },
    });
    saver.set('a', 'one', true);
    await advance(0);
    saver.set('a', 'one two');
    saver.set('a', 'one two three');
    await advance(2_000);
    expect(sent).toEqual(['one']);
    release!();
    await advance(400);
    expect(sent).toEqual(['one', 'one two three']);
    release!();
    await advance(0);
    expect(saver.state).toBe('saved');
  });

  it('retries a failed save and reports the error until it succeeds', async () => {
    let fail = true;
    const { saver, sent, states, advance } = setup(() => !fail);
    saver.set('a', 'text');
    await advance(300);
    expect(states.at(-1)).toBe('error');
    fail = false;
    await advance(1_000);
    expect(sent).toEqual(['text', 'text']);
    expect(states.at(-1)).toBe('saved');
  });

  it('flush sends at once and waits for the save', async () => {
    const { saver, sent } = setup();
    saver.set('a', 'draft');
    saver.set('b', 'other');
    await saver.flush();
    expect(sent.sort()).toEqual(['draft', 'other']);
    expect(saver.isDirty()).toBe(false);
  });
  it('when the page is going away, sends the newest text at once beside a save that never answers', async () => {
    // A closing tab never hears back from the save on its way: waiting for it would send nothing.
    const { saver, sent, advance } = setup((text) => (text === 'First' ? new Promise<boolean>(() => {}) : true));
    saver.set('a', 'First', true);
    await advance(0);
    saver.set('a', 'First words');
    saver.set('b', 'Other note', true);
    await saver.flushLeaving();
    expect(sent).toEqual(['First', 'First words', 'Other note']);
    expect(saver.isDirty('b')).toBe(false);
    await advance(5_000);
    expect(sent).toEqual(['First', 'First words', 'Other note']);
  });
});
