import { SCALE_RANGES } from '../../shared/domain/attributes';
import { SESSION_KINDS } from '../../shared/domain/study';
import type { StudyManager } from '../../main/app/studyManager';
import type { Study } from '../../main/services/study';

/** Attribute columns of the synthetic studies and of the generated CSV. */
export const SEGMENTS = ['Family weekly shop', 'Busy professional', 'Older adult', 'Occasional top-up'];
export const AGE_BANDS = ['18–24', '25–34', '35–44', '45–54', '55–64', '65+'];
export const REGIONS = ['Urban', 'Suburban', 'Rural'];

/** A small deterministic generator so every run measures the same study. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** Fills a new study with `sessions` sessions and 4 participants per session, each with 8 attribute values. */
export function generateStudy(manager: StudyManager, path: string, sessions: number): void {
  const study = manager.create(path, `Synthetic study, ${sessions} sessions`);
  const r = rng(sessions);
  const at = new Date().toISOString();
  study.write(
    'bench:generate',
    () => {
      const attrs = [
        { name: 'Segment', type: 'category' as const, options: SEGMENTS, scaleKind: null, scaleMin: null, scaleMax: null },
        { name: 'Age band', type: 'category' as const, options: AGE_BANDS, scaleKind: null, scaleMin: null, scaleMax: null },
        { name: 'Region', type: 'category' as const, options: REGIONS, scaleKind: null, scaleMin: null, scaleMax: null },
        {
          name: 'NPS',
          type: 'score' as const,
          options: [],
          scaleKind: 'nps' as const,
          scaleMin: SCALE_RANGES.nps.min,
          scaleMax: SCALE_RANGES.nps.max,
        },
        {
          name: 'CSAT',
          type: 'score' as const,
          options: [],
          scaleKind: 'csat' as const,
          scaleMin: SCALE_RANGES.csat.min,
          scaleMax: SCALE_RANGES.csat.max,
        },
        {
          name: 'CES',
          type: 'score' as const,
          options: [],
          scaleKind: 'ces' as const,
          scaleMin: SCALE_RANGES.ces.min,
          scaleMax: SCALE_RANGES.ces.max,
        },
        { name: 'Customer since', type: 'date' as const, options: [], scaleKind: null, scaleMin: null, scaleMax: null },
        { name: 'Orders (last 90 days)', type: 'number' as const, options: [], scaleKind: null, scaleMin: null, scaleMax: null },
      ].map((a) => {
        const id = crypto.randomUUID();
        study.repos.attributes.insert({ id, ...a }, at);
        return id;
      });
      for (let s = 0; s < sessions; s++) {
        const sessionId = crypto.randomUUID();
        const kind = SESSION_KINDS[s % 3]!;
        const day = String(1 + (s % 28)).padStart(2, '0');
        study.repos.sessions.insert(
          sessionId,
          {
            kind,
            title: `Session ${s + 1}`,
            date: `2026-0${1 + (s % 9)}-${day}`,
            place: pick(r, ['Leeds', 'York', 'Online']),
            moderator: 'Bench',
            notes: null,
          },
          at,
          study.userId,
        );
        for (let p = 0; p < 4; p++) {
          const id = crypto.randomUUID();
          study.repos.participants.insert(id, `P${s * 4 + p + 1}`, null, at, study.userId);
          const values = [
            pick(r, SEGMENTS),
            pick(r, AGE_BANDS),
            pick(r, REGIONS),
            Math.floor(r() * 11),
            1 + Math.floor(r() * 5),
            1 + Math.floor(r() * 7),
            '2024-05-01',
            Math.floor(r() * 20),
          ];
          values.forEach((v, i) => study.repos.participants.setValue(id, attrs[i]!, v, at));
          study.repos.participants.setRole(id, sessionId, 'participant');
        }
      }
    },
    { sessions },
  );
  manager.close();
}

/** A participants CSV of `rows` people in the column layout researchers export from survey tools. */
export function participantsCsv(rows: number): string {
  const r = rng(rows);
  const lines = ['Name,Segment,Age band,Region,NPS,CSAT,CES,Customer since,Orders (last 90 days),Notes'];
  for (let i = 0; i < rows; i++)
    lines.push(
      [
        `Imported ${i + 1}`,
        pick(r, SEGMENTS),
        pick(r, AGE_BANDS),
        pick(r, REGIONS),
        Math.floor(r() * 11),
        1 + Math.floor(r() * 5),
        1 + Math.floor(r() * 7),
        '2025-02-03',
        Math.floor(r() * 30),
        i % 7 === 0 ? '"Said ""call me after 6"", prefers email"' : '',
      ].join(','),
    );
  return lines.join('\r\n') + '\r\n';
}

/** One turn of a generated document. */
export interface GeneratedTurn {
  text: string;
  participantId?: string | null;
  speakerLabel?: string | null;
  startMs?: number | null;
  endMs?: number | null;
}

/**
 * Writes a document whose text is `turns` joined by blank lines, and its turns, straight through the
 * repositories (call it inside the caller's `study.write`): test data at bench scale with no import in
 * between. Returns the document's id, its text and each turn's span in it.
 */
export function writeTranscript(
  study: Study,
  doc: { sessionId: string; title: string; at: string; kind?: 'transcript' | 'notes' },
  turns: readonly GeneratedTurn[],
): { id: string; text: string; spans: { start: number; end: number }[] } {
  const id = crypto.randomUUID();
  const text = turns.map((t) => t.text).join('\n\n');
  study.repos.documents.insert({
    id,
    session_id: doc.sessionId,
    kind: doc.kind ?? 'transcript',
    title: doc.title,
    plain_text: text,
    editor_state: null,
    rev: 0,
    created_at: doc.at,
    updated_at: doc.at,
    created_by: study.userId,
    source_name: null,
    source_format: null,
  });
  let offset = 0;
  const spans = turns.map((t, position) => {
    const span = { start: offset, end: offset + t.text.length };
    study.repos.documents.insertTurn({
      id: crypto.randomUUID(),
      document_id: id,
      position,
      start_offset: span.start,
      end_offset: span.end,
      speaker_label: t.speakerLabel ?? null,
      participant_id: t.participantId ?? null,
      start_ms: t.startMs ?? null,
      end_ms: t.endMs ?? null,
    });
    offset = span.end + 2;
    return span;
  });
  return { id, text, spans };
}
