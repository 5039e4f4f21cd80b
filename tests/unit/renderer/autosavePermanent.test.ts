import { describe, expect, it } from 'vitest';
import { failedSave } from '../../../renderer/ui/autosave';
import { recordingSaver } from './recordingSaver';

describe('Autosaver: failures that cannot heal', () => {
  it('tells the codes that heal by retrying from those that do not', () => {
    for (const code of ['NOT_FOUND', 'INVALID_INPUT', 'CONFLICT', 'NO_STUDY_OPEN'] as const) expect(failedSave(code)).toBe('permanent');
    for (const code of ['IO_ERROR', 'STUDY_IN_USE', 'INTERNAL'] as const) expect(failedSave(code)).toBe(false);
  });

  it('stops retrying a key after a permanent failure and keeps its text', async () => {
    const { saver, sent, states, advance } = recordingSaver(() => 'permanent');
    saver.set('a', 'gone note', true);
    await advance(0);
    expect(sent).toEqual(['gone note']);
    await advance(60_000);
    expect(sent).toEqual(['gone note']);
    expect(saver.state).toBe('stopped');
    expect(states.at(-1)).toBe('stopped');
    expect(saver.stoppedValue('a')).toBe('gone note');
    expect(saver.isDirty('a')).toBe(true);
  });

  it('keeps what is typed after the failure without sending it, and flushes return at once', async () => {
    const { saver, sent, advance } = recordingSaver(() => 'permanent');
    saver.set('a', 'one', true);
    await advance(0);
    saver.set('a', 'one two');
    await advance(10_000);
    await saver.flush();
    await saver.flushLeaving();
    expect(sent).toEqual(['one']);
    expect(saver.stoppedValue('a')).toBe('one two');
  });

  it('lets other keys save on, and forget() drops the stopped key once its text is rescued', async () => {
    const { saver, sent, advance } = recordingSaver((text) => (text.startsWith('bad') ? 'permanent' : true));
    saver.set('a', 'bad', true);
    saver.set('b', 'good', true);
    await advance(0);
    expect(saver.state).toBe('stopped');
    saver.set('b', 'good still');
    await advance(1_000);
    expect(sent).toEqual(['bad', 'good', 'good still']);
    saver.forget('a');
    expect(saver.state).toBe('saved');
    expect(saver.isDirty()).toBe(false);
    expect(saver.stoppedValue('a')).toBeUndefined();
  });

  it('keeps retrying a transient failure until it heals', async () => {
    let down = 3;
    const { saver, sent, advance } = recordingSaver(() => down-- <= 0);
    saver.set('a', 'text', true);
    await advance(0);
    expect(saver.state).toBe('error');
    await advance(20_000);
    expect(sent.length).toBe(4);
    expect(saver.state).toBe('saved');
    expect(saver.stoppedValue('a')).toBeUndefined();
  });
});
