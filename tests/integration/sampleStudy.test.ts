import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_FILE_NAME, SAMPLE_TITLE } from '../../main/sample/sampleStudy';
import type { Out } from '../../shared/ipc/contract';
import { freshEnvForEachTest } from './helpers';

const env = freshEnvForEachTest();

async function checkSampleContent(): Promise<void> {
  const sessions = await env.ok('sessions:list', {});
  const kinds = sessions.reduce<Record<string, number>>((n, s) => ({ ...n, [s.kind]: (n[s.kind] ?? 0) + 1 }), {});
  expect(sessions).toHaveLength(10);
  expect(kinds).toEqual({ focus_group: 2, interview: 3, intercept: 5 });
  for (const s of sessions) expect(s.participantCount, s.title).toBeGreaterThan(0);

  const attributes = await env.ok('attributes:list', {});
  const byName = Object.fromEntries(attributes.map((a) => [a.name, a])) as Record<string, Out<'attributes:list'>[number]>;
  expect(byName.Segment).toMatchObject({ type: 'category' });
  expect(byName['Age band']).toMatchObject({ type: 'category' });
  expect(byName.NPS).toMatchObject({ type: 'score', scaleKind: 'nps', scaleMin: 0, scaleMax: 10 });
  expect(byName.CSAT).toMatchObject({ type: 'score', scaleKind: 'csat', scaleMin: 1, scaleMax: 5 });

  // Moderators and observers are people in the study too, but only respondents carry attributes.
  const people = await env.ok('participants:list', {});
  const participants = people.filter((p) => p.sessions.some((m) => m.role === 'participant'));
  expect(participants.length).toBeGreaterThanOrEqual(12);
  expect(people.filter((p) => p.sessions.some((m) => m.role === 'moderator')).length).toBeGreaterThan(0);
  for (const p of participants) {
    const seg = p.values[byName.Segment!.id];
    const age = p.values[byName['Age band']!.id];
    const nps = p.values[byName.NPS!.id];
    const csat = p.values[byName.CSAT!.id];
    expect(byName.Segment!.options, p.displayName).toContain(seg);
    expect(byName['Age band']!.options, p.displayName).toContain(age);
    expect(Number.isInteger(nps) && (nps as number) >= 0 && (nps as number) <= 10, `${p.displayName} NPS ${nps}`).toBe(true);
    expect(Number.isInteger(csat) && (csat as number) >= 1 && (csat as number) <= 5, `${p.displayName} CSAT ${csat}`).toBe(true);
    expect(p.sessions.length, p.displayName).toBeGreaterThan(0);
  }
  // Reports compare promoters and detractors, so the sample needs both.
  const scores = participants.map((p) => p.values[byName.NPS!.id] as number);
  expect(scores.some((n) => n >= 9)).toBe(true);
  expect(scores.some((n) => n <= 6)).toBe(true);
}

describe('the sample study', () => {
  it('study:openSample makes it in the studies folder on first use, then reopens the same file', async () => {
    const info = await env.ok('app:info', {});
    const first = await env.ok('study:openSample', {});
    expect(first.path).toBe(join(info.studiesDir, SAMPLE_FILE_NAME));
    expect(first.title).toBe(SAMPLE_TITLE);
    // Ten transcripts and six live notes documents (focus group 1 and the five intercepts).
    expect(first.counts).toMatchObject({ sessions: 10, participants: 20, documents: 16 });
    expect(first.counts.codes).toBeGreaterThanOrEqual(20);
    expect(first.counts.codings).toBeGreaterThanOrEqual(120);
    await checkSampleContent();

    await env.ok('participants:create', { displayName: 'Added by me' });
    await env.ok('study:close', {});
    const again = await env.ok('study:openSample', {});
    expect(again.path).toBe(first.path);
    expect(again.counts.participants).toBe(first.counts.participants + 1);
  });

  it('study:create with sample: true fills a new study with the same content', async () => {
    const created = await env.createStudy('mine', true);
    expect(created.title).toBe('Study mine');
    expect(existsSync(created.path)).toBe(true);
    await checkSampleContent();
  });
});
