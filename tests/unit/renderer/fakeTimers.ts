import type { Timers } from '../../../renderer/ui/autosave';

/** Fake timers driven by hand: `advance(ms)` runs what falls due, in order. */
export function fakeTimers() {
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

export const flushMicrotasks = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};
