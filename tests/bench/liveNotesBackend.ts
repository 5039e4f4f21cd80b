// A three-hour live session: 1,500 timestamped notes and 2,000 tags, written through the same
// channels the live screen uses. The UI timings (typing, tagging, opening) are taken in Chromium.
import { join } from 'node:path';
import type { Backend } from '../../main/api/backend';
import { rng } from './generateStudy';

const NOTES = [
  'Slots gone by Tuesday again, she plans meals around the slot not the other way round.',
  'Substitutions: swapped oat milk for full fat, kids would not drink it.',
  'Waited twenty minutes at the pickup point, staff apologetic.',
  'Likes the app list feature, uses it every Sunday evening.',
  'Delivery fee rise is the reason he went back to the big shop.',
  'Group nods — everyone has had warm chilled items at least once.',
];

async function ok<T = unknown>(b: Backend, channel: string, input: unknown): Promise<T> {
  const r = await b.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}

/** Builds the session in a fresh study; returns the (open) backend, the session id and the codes. */
export async function setupLiveSession(newBackend: () => Backend, dir: string, notes = 1500, tags = 2000) {
  const b = newBackend();
  b.context.studies.create(join(dir, `live-${crypto.randomUUID()}.verbatim`), 'live');
  const session = await ok<{ id: string }>(b, 'sessions:create', { kind: 'focus_group', title: 'Three-hour focus group' });
  const people: string[] = [];
  for (let i = 0; i < 8; i++) {
    const p = await ok<{ id: string }>(b, 'participants:create', { displayName: `Person ${i + 1}` });
    await ok(b, 'participants:setSessionRole', { participantId: p.id, sessionId: session.id, role: 'participant' });
    people.push(p.id);
  }
  const codes: string[] = [];
  for (let i = 0; i < 24; i++) codes.push((await ok<{ id: string }>(b, 'codes:create', { name: `Theme ${i + 1}` })).id);
  for (let i = 0; i < 9; i++) await ok(b, 'codes:pin', { id: codes[i], pin: i + 1 });
  const guide = await ok<{ id: string; items: { id: string }[] }>(b, 'guides:save', {
    title: 'Three-hour guide',
    items: Array.from({ length: 20 }, (_, i) => ({ kind: 'question', text: `Question ${i + 1}`, plannedMinutes: 9 })),
  });
  await ok(b, 'live:setGuide', { sessionId: session.id, guideId: guide.id });
  const r = rng(notes);
  const ids: string[] = [];
  for (let i = 0; i < notes; i++) {
    const text = `${NOTES[Math.floor(r() * NOTES.length)]} ${NOTES[Math.floor(r() * NOTES.length)]}`;
    const note = await ok<{ id: string }>(b, 'notes:add', {
      sessionId: session.id,
      timeMs: Math.floor((i * 3 * 3_600_000) / notes),
      speaker: { kind: 'participant', participantId: people[i % people.length] },
      questionId: guide.items[Math.floor((i * guide.items.length) / notes)]!.id,
      text,
    });
    ids.push(note.id);
  }
  for (let i = 0; i < tags; i++) {
    const id = ids[Math.floor(r() * ids.length)]!;
    // Half whole-note tags, half on a phrase.
    const phrase = i % 2 === 0 ? {} : { start: 0, end: 20 + Math.floor(r() * 30) };
    await b.dispatch('notes:code', { id, codeId: codes[i % codes.length], ...phrase });
  }
  return { backend: b, sessionId: session.id, codes, noteIds: ids };
}

/** Median ms of the calls the live screen makes on a three-hour session. */
export async function benchLiveBackend(
  newBackend: () => Backend,
  dir: string,
  median: (runs: number, fn: () => unknown) => Promise<number>,
) {
  const { backend: b, sessionId, codes, noteIds } = await setupLiveSession(newBackend, dir);
  const last = noteIds.at(-1)!;
  let typed = 'Typing at the end of the session';
  let i = 0;
  const result = {
    open: await median(9, () => ok(b, 'live:get', { sessionId })),
    autosave: await median(21, () => ok(b, 'notes:edit', { id: last, text: (typed += ' more') })),
    tag: await median(21, () => ok(b, 'notes:code', { id: noteIds[(i += 37) % noteIds.length], codeId: codes[i % codes.length] })),
    add: await median(21, () => ok(b, 'notes:add', { sessionId, timeMs: 3 * 3_600_000, text: 'A new note' })),
  };
  b.close();
  return result;
}
