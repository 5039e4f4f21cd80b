import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignNotes, linkedTurn, offsetOf } from '../../shared/live/link';
import { useCliHarness } from './cliHarness';
import { freshEnvForEachTest } from './helpers';

const env = freshEnvForEachTest();

const NOTE_COUNT = { fg1: [25, 40], intercept: [4, 8] } as const;

describe('the sample study: live sessions', () => {
  it('has guides, stopped clocks, question marks and live notes for focus group 1 and every intercept', async () => {
    await env.ok('study:openSample', {});
    const sessions = await env.ok('sessions:list', {});
    const codes = new Map((await env.ok('codes:list', {})).map((c) => [c.id, c]));
    const guides = await env.ok('guides:list', {});
    expect(guides.map((g) => g.sessions).sort()).toEqual([2, 5]);
    const withNotes = sessions.filter((s) => s.title.startsWith('Focus group 1') || s.kind === 'intercept');
    expect(withNotes).toHaveLength(6);
    let starred = 0;
    let observations = 0;
    // Notes taken while the moderator had marked nothing current (after the last question).
    let offGuide = 0;
    for (const session of sessions) {
      const live = await env.ok('live:get', { sessionId: session.id });
      if (!withNotes.includes(session)) {
        expect(live.notes, session.title).toEqual([]);
        continue;
      }
      const [min, max] = session.kind === 'intercept' ? NOTE_COUNT.intercept : NOTE_COUNT.fg1;
      expect(live.notes.length, session.title).toBeGreaterThanOrEqual(min);
      expect(live.notes.length, session.title).toBeLessThanOrEqual(max);
      expect(live.guide, session.title).not.toBeNull();
      expect(live.clock.startedAt?.slice(0, 10)).toBe(session.date);
      expect(live.clock).toMatchObject({ runningSince: null, stoppedAt: expect.any(String) });
      expect(live.marks.length).toBeGreaterThanOrEqual(4);
      const questions = new Set(live.guide!.items.filter((i) => i.kind === 'question').map((i) => i.id));
      for (const m of live.marks) if (m.itemId !== null) expect(questions.has(m.itemId)).toBe(true);
      const doc = await env.ok('documents:get', { id: live.documentId! });
      expect(doc.text).toBe(live.notes.map((n) => n.text).join('\n\n'));
      const people = new Set(live.people.map((p) => p.participantId));
      for (const [i, n] of live.notes.entries()) {
        const where = `${session.title} note ${i}`;
        expect(n.position).toBe(i);
        expect(n.timeMs, where).not.toBeNull();
        expect(n.timeMs!, where).toBeLessThanOrEqual(live.clock.elapsedMs);
        if (i > 0) expect(n.timeMs!, where).toBeGreaterThanOrEqual(live.notes[i - 1]!.timeMs!);
        // Every note links to the turn of the transcript spoken at its time: the sample's recordings
        // cover its notes, so the clocks are known to line up.
        const offset = offsetOf(
          alignNotes(
            live.notes.map((x) => x.timeMs),
            live.transcript!.turns,
            live.transcript!.offsetMs,
          ),
        );
        expect(offset, where).toBe(0);
        expect(linkedTurn(live.transcript!.turns, n.timeMs!, offset), where).not.toBeNull();
        if (n.questionId === null) offGuide++;
        else expect(questions.has(n.questionId), where).toBe(true);
        if (n.participantId) expect(people.has(n.participantId), where).toBe(true);
        if (n.speaker === null) observations++;
        if (n.starred) starred++;
        expect(n.text.trim()).toBe(n.text);
        for (const c of n.codings) {
          expect(c.status).toBe('anchored');
          expect(codes.get(c.codeId)?.path, where).toContain('/');
          expect(c.end).toBeLessThanOrEqual(n.text.length);
        }
      }
      for (const c of doc.codingList) expect(c.quote).toBe(doc.text.slice(c.start, c.end));
    }
    expect(starred).toBeGreaterThanOrEqual(10);
    expect(observations).toBeGreaterThanOrEqual(3);
    expect(offGuide).toBe(1);
  });
});

describe('verbatim notes', () => {
  const { dir, cli } = useCliHarness('verbatim-notes-');

  it('prints the sample notes as JSON records in time order, per session', async () => {
    const file = join(dir(), 'sample.verbatim');
    expect((await cli('new', file, '--sample')).code).toBe(0);
    const one = await cli('notes', file, '--session', 'intercept 4 — headingley pickup point', '--json');
    expect(one.err).toBe('');
    expect(one.code).toBe(0);
    const records = JSON.parse(one.out) as Record<string, unknown>[];
    expect(records.length).toBe(6);
    for (const r of records) expect(Object.keys(r)).toEqual(['session', 'time', 'speaker', 'question', 'text', 'codes', 'starred']);
    expect(records[1]).toMatchObject({
      session: 'Intercept 4 — Headingley pickup point',
      time: 26_000,
      speaker: 'Hilde',
      codes: ['Order accuracy/Missing items'],
      starred: true,
    });
    const times = records.map((r) => r.time as number);
    expect(times).toEqual([...times].sort((a, b) => a - b));

    const all = JSON.parse((await cli('notes', file, '--json')).out) as { session: string; time: number }[];
    expect(all.length).toBe(66);
    expect(new Set(all.map((r) => r.session)).size).toBe(6);
    for (let i = 1; i < all.length; i++)
      if (all[i]!.session === all[i - 1]!.session) expect(all[i]!.time).toBeGreaterThanOrEqual(all[i - 1]!.time);

    const table = await cli('notes', file, '--session', 'Intercept 1 — Kirkgate pickup point');
    expect(table.out).toMatch(/^Intercept 1 — Kirkgate pickup point\n {5}00:23 {2}Frank/);
    expect(table.out).toContain('★ "It says ten minutes');
  });

  it('writes an export, and refuses an unknown session or a bad format', async () => {
    const file = join(dir(), 'sample.verbatim');
    await cli('new', file, '--sample');
    const out = join(dir(), 'out', 'fg1.md');
    const written = await cli('notes', file, '--session', 'Focus group 1 — family weekly shoppers', '--format', 'md', '--out', out);
    expect(written).toMatchObject({ code: 0, out: `${out}\n`, err: '' });
    const unknown = await cli('notes', file, '--session', 'Nope', '--json');
    expect(unknown).toMatchObject({ code: 1, out: '' });
    expect(unknown.err).toBe('verbatim: no session titled "Nope" in this study. "verbatim info" lists what it holds.\n');
    expect((await cli('notes', file, '--format', 'pdf', '--out', out)).code).toBe(2);
    expect((await cli('notes', file, '--format', 'md')).code).toBe(2);
  });
});
