import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../../main/api/backend';
import { headlessHost } from '../../../main/app/host';
import { SCALE_RANGES } from '../../../shared/domain/attributes';
import type { SessionRole } from '../../../shared/domain/study';
import { writeTranscript } from '../../bench/generateStudy';

/** A small deterministic generator, so every run builds the same study. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export const SEGMENT_OPTIONS = ['Family', 'Professional', 'Retired'];
const WORDS = ['slot', 'driver', 'late', 'fees', 'app', 'refund', 'chilled', 'bag', 'support', 'again', 'cheaper', 'basket'];

/**
 * A study with the awkward cases of real fieldwork, written through the repositories: each session
 * has four respondents and its own moderator (whose NPS/CSAT/CES would move every count if taken
 * for a customer); an observer watches the first sessions; one moderator also speaks in another
 * session where they have no role; a walk-in with no role anywhere speaks once; turns nobody is
 * named for; live-notes documents; values left empty; codings that span turns; starred codings.
 */
export function generatedReportStudy(sessions = 12, codingsPerDocument = 60) {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-report-numbers-'));
  const backend = createBackend({ appDataDir: dir, host: headlessHost('cli'), trackRecent: false });
  const study = backend.context.studies.create(join(dir, 'numbers.verbatim'), 'Report numbers');
  const r = rng(13);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const at = '2026-03-01T10:00:00.000Z';
  const id = () => crypto.randomUUID();
  study.write(
    'test:generate',
    () => {
      const { repos } = study;
      const attribute = (name: string, type: 'category' | 'score', options: string[], scaleKind: 'nps' | 'csat' | 'ces' | null) => {
        const attrId = id();
        const range = scaleKind ? SCALE_RANGES[scaleKind] : null;
        repos.attributes.insert(
          { id: attrId, name, type, options, scaleKind, scaleMin: range?.min ?? null, scaleMax: range?.max ?? null },
          at,
        );
        return attrId;
      };
      const segment = attribute('Segment', 'category', SEGMENT_OPTIONS, null);
      const region = attribute('Region', 'category', ['North', 'South'], null);
      const scores: [string, number, number][] = [
        [attribute('NPS', 'score', [], 'nps'), 0, 10],
        [attribute('CSAT', 'score', [], 'csat'), 1, 5],
        [attribute('CES', 'score', [], 'ces'), 1, 7],
      ];
      const person = (name: string) => {
        const personId = id();
        repos.participants.insert(personId, name, null, at, study.userId);
        // Some values stay empty: a share's n is of the people who answered.
        if (r() > 0.1) repos.participants.setValue(personId, segment, pick(SEGMENT_OPTIONS), at);
        if (r() > 0.1) repos.participants.setValue(personId, region, pick(['North', 'South']), at);
        for (const [attrId, min, max] of scores)
          if (r() > 0.15) repos.participants.setValue(personId, attrId, min + Math.floor(r() * (max - min + 1)), at);
        return personId;
      };
      const codeIds: string[] = [];
      ['Delivery', 'Price', 'App'].forEach((name, i) => {
        const parent = id();
        repos.codes.insert({
          id: parent,
          parent_id: null,
          name,
          color: '#4f7cac',
          definition: null,
          when_to_use: null,
          when_not_to_use: null,
          example: null,
          position: i,
          pinned: null,
          created_at: at,
          created_by: study.userId,
        });
        codeIds.push(parent);
        ['Good', 'Bad'].forEach((child, j) => {
          const childId = id();
          repos.codes.insert({
            id: childId,
            parent_id: parent,
            name: `${name} ${child}`,
            color: '#4f7cac',
            definition: null,
            when_to_use: null,
            when_not_to_use: null,
            example: null,
            position: j,
            pinned: null,
            created_at: at,
            created_by: study.userId,
          });
          codeIds.push(childId);
        });
      });
      const observer = person('Obi (observer)');
      const walkIn = person('Walk-in');
      const sessionIds: string[] = [];
      const moderators: string[] = [];
      const codingIds: string[] = [];
      for (let s = 0; s < sessions; s++) {
        const sessionId = id();
        sessionIds.push(sessionId);
        repos.sessions.insert(
          sessionId,
          {
            kind: s % 2 === 0 ? 'interview' : 'focus_group',
            title: `Session ${s + 1}`,
            date: `2026-02-${String(1 + s).padStart(2, '0')}`,
            place: null,
            moderator: null,
            notes: null,
          },
          at,
          study.userId,
        );
        const role = (personId: string, as: SessionRole) => repos.participants.setRole(personId, sessionId, as);
        const respondents = [0, 1, 2, 3].map((p) => person(`P${s * 4 + p + 1}`));
        respondents.forEach((p) => role(p, 'participant'));
        const moderator = person(`Moderator ${s + 1}`);
        moderators.push(moderator);
        role(moderator, 'moderator');
        if (s < 3) role(observer, 'observer');
        const speakers: (string | null)[] = [moderator, ...respondents, null];
        if (s < 3) speakers.push(observer);
        if (s === 5) speakers.push(moderators[0]!); // a moderator elsewhere, with no role here
        if (s === 6) speakers.push(walkIn); // no role anywhere: taken for a respondent
        const turns = Array.from({ length: 30 }, (_, t) => ({
          speaker: t % 2 === 0 ? moderator : pick(speakers),
          words: Array.from({ length: 3 + Math.floor(r() * 12) }, () => pick(WORDS)).join(' '),
        }));
        const kind = s % 4 === 3 ? 'notes' : 'transcript';
        const { id: docId, text } = writeTranscript(
          study,
          { sessionId, title: `Session ${s + 1} ${kind}`, at, kind },
          turns.map((t) => ({ text: t.words, participantId: t.speaker })),
        );
        for (let k = 0; k < codingsPerDocument; k++) {
          const start = Math.floor(r() * (text.length - 2));
          const end = Math.min(text.length, start + 1 + Math.floor(r() * 150));
          const codingId = id();
          codingIds.push(codingId);
          repos.codings.insert({
            id: codingId,
            document_id: docId,
            code_id: pick(codeIds),
            start_offset: start,
            end_offset: end,
            quote: text.slice(start, end),
            status: 'anchored',
            memo: null,
            coder_id: study.userId,
            created_at: at,
          });
        }
      }
      for (let k = 0; k < 8; k++) repos.reports.star(pick(codingIds), at, study.userId);
    },
    null,
    false,
  );
  const path = study.path;
  backend.close();
  return {
    path,
    /** A backend with the study opened from disk, as a researcher opens it. */
    open: async () => {
      const b = createBackend({ appDataDir: dir, host: headlessHost('cli'), trackRecent: false });
      b.grantStudyPath(path);
      const opened = await b.dispatch('study:open', { path });
      if (!opened.ok) throw new Error(opened.error.message);
      return b;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
