// The plan a job worker hands back crosses the thread in a compact form (main/io/refi/plainDocs.ts):
// what arrives must be the plan that was made, every coding and turn field as it was, null and absent apart.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../main/api/backend';
import { planQdpxBytes } from '../../main/io/refi/planFile';
import { planFromPlain, planToPlain, type ImportPlan, type PlanDoc } from '../../main/io/refi/plan';
import { ReportBuilder } from '../../main/io/refi/report';
import { exportQdpx } from '../../main/services/refi/exportRefi';
import { syntheticQdpx } from '../bench/refi';
import { createStudyAt, makeEnv, type TestEnv } from './helpers';

/** What `postMessage` does to the plain plan, then back into a plan. */
const acrossThreads = (plan: ImportPlan): ImportPlan => planFromPlain(structuredClone(planToPlain(plan)));

function planWith(docs: PlanDoc[]): ImportPlan {
  return {
    title: 't',
    origin: null,
    users: [],
    codes: [],
    attributes: [],
    sessions: [],
    participants: [],
    docs,
    memos: [],
    report: new ReportBuilder(),
  };
}

function doc(key: string, over: Partial<PlanDoc>): PlanDoc {
  return {
    key,
    guid: key,
    title: `Doc ${key}`,
    kind: 'transcript',
    sessionKey: null,
    text: 'Hello there 🙂 配達',
    sourceName: null,
    created: null,
    creatorKey: null,
    codings: [],
    turns: [],
    ...over,
  };
}

describe('a plan across threads', () => {
  it('keeps each coding and turn field, telling null from absent and repeated strings from unique ones', () => {
    const docs = [
      doc('a', {
        sessionKey: 's1',
        created: '2024-01-02T03:04:05.000Z',
        codings: [
          { guid: 'g1', codeKey: 'c1', start: 0, end: 5, memo: null, coderKey: null, created: null },
          { guid: 'g2', codeKey: 'c1', start: 6, end: 11, memo: 'why', coderKey: 'u1', created: '2024-01-02T03:04:05.000Z' },
          { guid: 'g3', codeKey: 'c2', start: 12, end: 14, memo: '', coderKey: 'u1', created: '2024-01-02T03:04:05.000Z' },
        ],
        // As a Verbatim export carries them: every field present, some null, a star on or off.
        turns: [
          { start: 0, end: 11, participantKey: 'p1', label: 'Ann', startMs: 0, endMs: 2500, questionId: 'q1', starred: true },
          { start: 12, end: 17, participantKey: null, label: null, startMs: null, endMs: null, questionId: null, starred: false },
          {
            start: 17,
            end: 18,
            participantKey: 'p1',
            label: '',
            startMs: 1.5,
            endMs: 9_007_199_254_740_991,
            questionId: 'q1',
            starred: false,
          },
        ],
      }),
      // As turns cut from the text are: who speaks and where, nothing else.
      doc('b', {
        turns: [
          { start: 0, end: 5, participantKey: null },
          { start: 6, end: 18, participantKey: 'p2' },
        ],
      }),
      doc('c', { text: '' }),
    ];
    const before = structuredClone(docs);
    expect(acrossThreads(planWith(docs)).docs).toStrictEqual(before);
  });

  describe('plans of real files', () => {
    let env: TestEnv;
    let backend: Backend;
    beforeAll(() => {
      env = makeEnv();
      backend = env.backend;
    });
    afterAll(() => env.cleanup());

    it('an NVivo-shaped project: the same plan arrives', () => {
      const plan = planQdpxBytes(syntheticQdpx(6, 900));
      expect(plan.docs.reduce((n, d) => n + d.codings.length, 0)).toBeGreaterThan(800);
      const { report, ...rest } = acrossThreads(plan);
      const { report: expectedReport, ...expected } = plan;
      expect(rest).toStrictEqual(expected);
      expect(report.toState()).toStrictEqual(expectedReport.toState());
    });

    it("Verbatim's own export of the sample study (turns with speakers, times, questions and stars): the same plan arrives", async () => {
      createStudyAt(backend, join(env.dir, 'sample.verbatim'), 'Sample', true);
      const { bytes } = await exportQdpx(backend.context.studies.require(), 'test');
      const plan = planQdpxBytes(bytes);
      expect(plan.docs.some((d) => d.turns.some((t) => t.startMs !== undefined))).toBe(true);
      const { report, ...rest } = acrossThreads(plan);
      const { report: expectedReport, ...expected } = plan;
      expect(rest).toStrictEqual(expected);
      expect(report.toState()).toStrictEqual(expectedReport.toState());
    });
  });
});
