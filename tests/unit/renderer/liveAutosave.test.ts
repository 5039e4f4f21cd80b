import { describe, expect, it } from 'vitest';
import { Autosaver } from '../../../renderer/ui/autosave';
import { fakeTimers } from './fakeTimers';
import { recordingSaver } from './recordingSaver';

describe('Autosaver', () => {
  it('debounces typing to one save of the latest text', async () => {
    const { saver, sent, states, advance } = recordingSaver();
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
    const { saver, sent, advance } = recordingSaver();
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
    const saver = new Autosaver({
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

  it('says "saving", never "saved", while a save is on its way', async () => {
    let release: (() => void) | null = null;
    const { saver, states, advance } = recordingSaver(() => new Promise<boolean>((resolve) => (release = () => resolve(true))));
    saver.set('a', 'text');
    await advance(300);
    expect(release).not.toBeNull();
    expect(saver.state).toBe('saving');
    expect(states).toEqual(['saving']);
    release!();
    await advance(0);
    expect(states).toEqual(['saving', 'saved']);
  });

  it('retries a failed save and reports the error until it succeeds', async () => {
    let fail = true;
    const { saver, sent, states, advance } = recordingSaver(() => !fail);
    saver.set('a', 'text');
    await advance(300);
    expect(states.at(-1)).toBe('error');
    fail = false;
    await advance(1_000);
    expect(sent).toEqual(['text', 'text']);
    expect(states.at(-1)).toBe('saved');
  });

  it('flush sends at once and waits for the save', async () => {
    const { saver, sent } = recordingSaver();
    saver.set('a', 'draft');
    saver.set('b', 'other');
    await saver.flush();
    expect(sent.sort()).toEqual(['draft', 'other']);
    expect(saver.isDirty()).toBe(false);
  });
  it('when the page is going away, sends the newest text at once beside a save that never answers', async () => {
    // A closing tab never hears back from the save on its way: waiting for it would send nothing.
    const { saver, sent, advance } = recordingSaver((text) => (text === 'First' ? new Promise<boolean>(() => {}) : true));
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
