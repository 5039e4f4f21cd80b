import { describe, expect, it } from 'vitest';
import type { Memo, MemoTarget } from '../../../shared/domain/coding';
import { fail, ok, type AppFailure, type Result } from '../../../shared/result';
import { MemoSaver, type SaveStatus } from '../../../renderer/memos/memoSaver';
import { fakeTimers } from './fakeTimers';

type SaveInput = { id: string; target: MemoTarget; title: string; body: string; existing?: boolean };

/** A memo saver whose backend answers with `answer` (default: saved), recording what was sent and when. */
function setup(
  memo: Memo | null = null,
  answer: (input: SaveInput) => Result<Memo> | Promise<Result<Memo>> = (input) => ok(asMemo(input)),
) {
  const { timers, advance } = fakeTimers();
  const sent: { at: number; input: SaveInput }[] = [];
  const statuses: SaveStatus[] = [];
  const errors: (string | null)[] = [];
  const saved: Memo[] = [];
  const stops: (AppFailure | null)[] = [];
  const saver = new MemoSaver({
    memo,
    target: { kind: 'project' },
    timers,
    save: async (input) => {
      sent.push({ at: timers.now(), input });
      return answer(input);
    },
    onSaved: (m) => saved.push(m),
    onStatus: (s) => statuses.push(s),
    onError: (e) => errors.push(e),
    onStopped: (f) => stops.push(f),
  });
  return { saver, sent, statuses, errors, saved, stops, advance, timers };
}

const asMemo = (input: SaveInput): Memo => ({
  ...input,
  author: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

describe('MemoSaver (memos through the app autosave queue)', () => {
  it('retries a failed save until it succeeds, without another keystroke', async () => {
    let down = true;
    const { saver, sent, statuses, errors, saved, advance } = setup(null, (input) =>
      down ? fail('INTERNAL', 'The disk is full.') : ok(asMemo(input)),
    );
    saver.edit('body', 'Families trust the slot');
    await advance(300);
    expect(sent).toHaveLength(1);
    expect(statuses.at(-1)).toBe('error');
    expect(errors.at(-1)).toBe('The disk is full.');
    expect(saver.isDirty()).toBe(true);
    down = false;
    await advance(1_000);
    expect(sent.map((s) => s.input.body)).toEqual(['Families trust the slot', 'Families trust the slot']);
    expect(sent[1]!.input.id).toBe(sent[0]!.input.id);
    expect(statuses.at(-1)).toBe('saved');
    expect(errors.at(-1)).toBeNull();
    expect(saved).toHaveLength(1);
    expect(saver.isDirty()).toBe(false);
  });

  it('is never more than ~750 ms behind while typing goes on without a pause', async () => {
    const { saver, sent, advance, timers } = setup();
    let body = '';
    const typedAt = new Map<string, number>();
    for (let t = 0; t < 5_000; t += 80) {
      body += 'x';
      typedAt.set(body, timers.now());
      saver.edit('body', body);
      await advance(80);
    }
    expect(sent.length).toBeGreaterThanOrEqual(6);
    // Each save carries text at most 750 ms older than the save: nothing typed waits longer.
    let previous = '';
    for (const { at, input } of sent) {
      const oldestUnsent = typedAt.get(input.body.slice(0, previous.length + 1))!;
      expect(at - oldestUnsent).toBeLessThanOrEqual(750);
      previous = input.body;
    }
  });

  it('never writes a new memo nobody wrote anything in, and says so on settle', async () => {
    const { saver, sent, advance } = setup();
    saver.edit('title', '  ');
    await advance(2_000);
    expect(sent).toEqual([]);
    expect(saver.isDirty()).toBe(false);
    expect(await saver.settle()).toBeNull();
    saver.edit('title', 'Pricing');
    expect(await saver.settle()).toBe(saver.id);
    expect(sent.map((s) => s.input.title)).toEqual(['Pricing']);
  });

  it('when the page goes away, sends the newest words at once beside a save that never answers', async () => {
    const { saver, sent, advance } = setup(null, (input) => (input.body === '' ? new Promise<Result<Memo>>(() => {}) : ok(asMemo(input))));
    saver.edit('title', 'Closing thoughts');
    await advance(300);
    saver.edit('body', 'Families trust the slot more than the price.');
    await saver.flush(true);
    expect(sent.map((s) => [s.input.title, s.input.body])).toEqual([
      ['Closing thoughts', ''],
      ['Closing thoughts', 'Families trust the slot more than the price.'],
    ]);
  });

  it('an existing memo keeps its id and target', async () => {
    const memo = asMemo({ id: 'm1', target: { kind: 'project' }, title: 'Old', body: 'Text' });
    const { saver, sent } = setup(memo);
    saver.edit('title', '');
    saver.edit('body', '');
    await saver.flush();
    // Emptying an existing memo is a change worth saving (it has a row).
    expect(sent.map((s) => s.input)).toEqual([{ id: 'm1', target: { kind: 'project' }, title: '', body: '', existing: true }]);
  });

  it('a memo deleted elsewhere stops saving, keeps the text, and saves it as a new memo when asked', async () => {
    const memo = asMemo({ id: 'm1', target: { kind: 'project' }, title: 'Pricing', body: 'Families' });
    const { saver, sent, statuses, stops, saved, advance } = setup(memo, (input) =>
      input.id === 'm1' ? fail('NOT_FOUND', 'editing.memoGone') : ok(asMemo(input)),
    );
    saver.edit('body', 'Families trust the slot');
    await advance(300);
    expect(sent.map((s) => s.input.existing)).toEqual([true]);
    expect(statuses.at(-1)).toBe('stopped');
    expect(stops.at(-1)).toMatchObject({ code: 'NOT_FOUND', messageId: 'editing.memoGone' });
    // No retry, however long the wait or whatever is typed; the text stays unsaved, not lost.
    saver.edit('body', 'Families trust the slot more');
    await advance(30_000);
    await saver.flush();
    expect(sent).toHaveLength(1);
    expect(saver.isDirty()).toBe(true);
    expect(await saver.settle()).toBeNull();
    saver.saveAsNew();
    await advance(0);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.input).toMatchObject({ title: 'Pricing', body: 'Families trust the slot more', existing: false });
    expect(sent[1]!.input.id).not.toBe('m1');
    expect(saver.id).toBe(sent[1]!.input.id);
    expect(stops.at(-1)).toBeNull();
    expect(saved.map((m) => m.body)).toEqual(['Families trust the slot more']);
    expect(statuses.at(-1)).toBe('saved');
    expect(saver.isDirty()).toBe(false);
  });

  it('a save refused for a cause that may heal (a full disk) is still retried', async () => {
    let full = true;
    const { saver, sent, stops, advance } = setup(null, (input) => (full ? fail('IO_ERROR', 'The disk is full.') : ok(asMemo(input))));
    saver.edit('body', 'Kept');
    await advance(300);
    full = false;
    await advance(2_000);
    expect(sent).toHaveLength(2);
    expect(stops).toEqual([]);
    expect(saver.isDirty()).toBe(false);
  });
});
