/**
 * One rule puts an NPS answer in its group (shared/reports/scales.ts): the report's breakdown, the
 * participants grid's tint and the participant line beside a quote must never disagree about one
 * person, also for a value between two whole numbers that reaches a study from outside.
 */
import { describe, expect, it } from 'vitest';
import type { Attribute, Participant } from '../../../shared/domain/study';
import { translatorFor } from '../../../shared/i18n/translator';
import { npsGroup } from '../../../shared/reports/scales';
import { participantFacts } from '../../../renderer/codebook/participantSummary';
import { scoreNpsGroup } from '../../../renderer/participants/cellValue';

const nps: Attribute = { id: 'nps', name: 'NPS', type: 'score', options: [], scaleKind: 'nps', scaleMin: 0, scaleMax: 10, position: 0 };
const csat: Attribute = { ...nps, id: 'csat', name: 'CSAT', scaleKind: 'csat', scaleMin: 1, scaleMax: 5 };
const person = (score: number): Participant => ({
  id: 'p',
  displayName: 'Ana',
  notes: null,
  values: { nps: score },
  sessions: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});
const SCORES = [0, 6, 6.5, 7, 8, 8.5, 9, 10];

describe('the NPS group of an answer', () => {
  it('follows 0–6 detractor, 7–8 passive, 9–10 promoter', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsGroup)).toEqual(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter']);
  });

  it('is the same in the participants grid as in the report, for every score', () => {
    expect(SCORES.map((s) => scoreNpsGroup(nps, s))).toEqual(SCORES.map(npsGroup));
    expect(scoreNpsGroup(csat, 5)).toBeNull();
    expect(scoreNpsGroup(nps, undefined)).toBeNull();
  });

  it('is the same on the participant line beside a quote as in the report, for every score', () => {
    const lineGroup = (score: number) => participantFacts(person(score), [nps], translatorFor('en')).find((f) => f.group !== null)?.group;
    expect(SCORES.map(lineGroup)).toEqual(SCORES.map(npsGroup));
  });
});
