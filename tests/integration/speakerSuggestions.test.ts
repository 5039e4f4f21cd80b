/**
 * The import preview suggests the interviewer's role: for the speaker who asks most of the questions
 * (real interviews from refdata/corpus), and for one named by role in any of our languages.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { b64, incoming, makeEnv, type TestEnv } from './helpers';

let env: TestEnv;
beforeEach(async () => {
  env = makeEnv();
  await env.createStudy('speakers', false);
});
afterEach(() => {
  env.backend.close();
  env.cleanup();
});

const refdata = (path: string) => readFileSync(new URL(`../../../shared/refdata/${path}`, import.meta.url));
const preview = (name: string, bytes: Uint8Array | string) =>
  env.ok('transcripts:importPreview', incoming(env, 'transcript', name, b64(bytes)));
const roles = (p: Awaited<ReturnType<typeof preview>>) =>
  Object.fromEntries(p.speakers.map((s) => [s.label, s.suggestion.kind === 'none' ? null : s.suggestion.role]));

describe('speaker mapping suggests who moderated', () => {
  it.each(['pdpilot_interview_P1.txt', 'pdpilot_interview_P2.txt', 'pdpilot_interview_P3.txt'])(
    '%s: "Dan", who asks the questions, is the moderator; no Unknown speaker',
    async (file) => {
      const p = await preview(file, refdata(`corpus/${file}`));
      expect(roles(p)).toEqual({ Dan: 'moderator', Participant: 'participant' });
      expect(p.sample[0]!.speaker).toBe('Dan');
    },
  );

  it.each([
    ['Intervjuer', 'Deltaker'],
    ['Voditeljica', 'Ivana'],
    ['Moderátor', 'Anna'],
    ['主持人', '李明'],
  ])('a speaker labelled "%s" is suggested as moderator, "%s" as participant', async (moderator, participant) => {
    const p = await preview('t.txt', `${moderator}: Hello.\n\n${participant}: Hi.\n\n${moderator}: Thanks.\n\n${participant}: Bye.\n`);
    expect(roles(p)).toEqual({ [moderator]: 'moderator', [participant]: 'participant' });
  });

  it('the import without a mapping (as the CLI does) gives the question-asker the moderator role in the new session', async () => {
    const bytes = refdata('corpus/pdpilot_interview_P1.txt');
    await env.ok('transcripts:importCommit', {
      ...incoming(env, 'transcript', 'p1.txt', b64(bytes)),
      mapping: [],
      newSession: { kind: 'interview', title: 'P1' },
    });
    const people = await env.ok('participants:list', {});
    expect(people.map((p) => [p.displayName, p.sessions.map((s) => s.role)]).sort()).toEqual([
      ['Dan', ['moderator']],
      ['Participant', ['participant']],
    ]);
  });
});
