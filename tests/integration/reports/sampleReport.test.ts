import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportResult, ThemeSummary } from '../../../shared/reports/result';
import { makeEnv, type TestEnv } from '../helpers';

let env: TestEnv;
beforeEach(async () => {
  env = makeEnv();
  await env.ok('study:openSample', {});
});
afterEach(() => {
  env.backend.close();
  env.cleanup();
});

const flat = (list: ThemeSummary[]): ThemeSummary[] => list.flatMap((t) => [t, ...flat(t.children)]);
const find = (r: ReportResult, code: string) => flat(r.themes).find((t) => t.code === code)!;
// The sample's moderators and its observer (Sam Okafor watches focus group 1).
const STAFF = ['Dana Whitlock', 'Sam Okafor', 'Lena Fischer'];

describe('the sample study’s report', () => {
  it('counts its 17 respondents, not the moderators: Accessibility is 1 of 17, quoted from Marguerite with the question apart', async () => {
    const r = await env.ok('reports:run', { definition: { quotes: { perTheme: 50, onePerParticipant: false } } });
    expect(r.participantsInScope).toBe(17);
    expect(find(r, 'App & ordering/Accessibility').share).toMatchObject({ count: 1, n: 17 });
    const all = flat(r.themes).flatMap((t) => t.quotes);
    expect(all.filter((q) => q.speaker !== null && STAFF.includes(q.speaker))).toEqual([]);
    expect(find(r, 'App & ordering/Accessibility').quotes).toContainEqual(
      expect.objectContaining({
        kind: 'transcript',
        speaker: 'Marguerite',
        question: 'How did you find out about the phone line?',
        text: 'The driver told me! Not the website.',
      }),
    );
    // Live notes are marked as notes; the observations nobody spoke have no speaker.
    const notes = all.filter((q) => q.kind === 'note');
    expect(notes.length).toBeGreaterThan(10);
    expect(notes.every((q) => q.document.endsWith('notes'))).toBe(true);
    expect(all.filter((q) => q.kind === 'transcript').every((q) => q.document.endsWith('transcript'))).toBe(true);
  });

  it('counts the moderators and the observer too when asked', async () => {
    const r = await env.ok('reports:run', { definition: { filters: { includeNonRespondents: true } } });
    expect(r.participantsInScope).toBe(20);
    expect(find(r, 'App & ordering/Accessibility').share).toMatchObject({ count: 2, n: 20 });
  });
});
