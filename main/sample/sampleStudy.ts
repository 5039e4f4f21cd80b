import { z } from 'zod';
import sampleData from '../../resources/sample/freshBasket.json' with { type: 'json' };
import { AttributeType, coerceAttributeValue, ScaleKind, SCALE_RANGES } from '../../shared/domain/attributes';
import { SessionKind, SessionRole } from '../../shared/domain/study';
import { insertSampleCoding } from './sampleCodebook';
import { insertSampleLiveNotes } from './sampleLiveNotes';
import { insertSampleTranscripts, type SampleIds } from './sampleTranscripts';
import { now, type Study } from '../services/study';

/** File name of the sample study inside the studies folder. */
export const SAMPLE_FILE_NAME = 'Fresh Basket sample study.verbatim';

/**
 * The shape of resources/sample/freshBasket.json: the study, its attributes, sessions and people.
 * Transcripts (with their codings), the codebook and memos are in resources/sample/freshBasket/
 * (sampleTranscripts.ts, sampleCodebook.ts).
 */
const SampleStudy = z.object({
  title: z.string(),
  attributes: z.array(
    z.object({
      name: z.string(),
      type: AttributeType,
      options: z.array(z.string()).default([]),
      scaleKind: ScaleKind.nullable().default(null),
    }),
  ),
  sessions: z.array(
    z.object({
      key: z.string(),
      kind: SessionKind,
      title: z.string(),
      date: z.string().nullable(),
      place: z.string().nullable(),
      moderator: z.string().nullable(),
      notes: z.string().nullable(),
    }),
  ),
  participants: z.array(
    z.object({
      name: z.string(),
      notes: z.string().nullable().default(null),
      values: z.record(z.string(), z.union([z.string(), z.number()])),
      sessions: z.record(z.string(), SessionRole),
    }),
  ),
});

/** The sample study's title, shown on the welcome screen. */
export const SAMPLE_TITLE = SampleStudy.shape.title.parse(sampleData.title);

/**
 * Fills a new, empty study with the sample data: attributes, sessions, people, one transcript per
 * session, the codebook, codings and memos, discussion guides and live notes. Runs inside the caller's transaction.
 */
export function populateSampleStudy(study: Study): void {
  const data = SampleStudy.parse(sampleData);
  const { repos } = study;
  const at = now();
  const attributeIds = new Map<string, string>();
  const rules = new Map<string, Parameters<typeof coerceAttributeValue>[0]>();
  for (const a of data.attributes) {
    const id = crypto.randomUUID();
    const range = a.scaleKind && a.scaleKind !== 'custom' ? SCALE_RANGES[a.scaleKind] : null;
    const attribute = {
      id,
      name: a.name,
      type: a.type,
      options: a.options,
      scaleKind: a.scaleKind,
      scaleMin: range?.min ?? null,
      scaleMax: range?.max ?? null,
    };
    repos.attributes.insert(attribute, at);
    attributeIds.set(a.name, id);
    rules.set(a.name, attribute);
  }
  const sessionIds = new Map<string, string>();
  const people = new Map<string, Map<string, string>>();
  for (const s of data.sessions) {
    const id = crypto.randomUUID();
    // The moderator is the person linked with that role below (migration 0060): no free-text copy.
    repos.sessions.insert(
      id,
      { kind: s.kind, title: s.title, date: s.date, place: s.place, moderator: null, notes: s.notes },
      at,
      study.userId,
    );
    sessionIds.set(s.key, id);
    people.set(s.key, new Map());
  }
  for (const p of data.participants) {
    const id = crypto.randomUUID();
    repos.participants.insert(id, p.name, p.notes, at, study.userId);
    for (const [name, raw] of Object.entries(p.values)) {
      const rule = rules.get(name);
      if (!rule) throw new Error(`sample participant ${p.name}: unknown attribute ${name}`);
      const value = coerceAttributeValue(rule, raw);
      if (!value.ok) throw new Error(`sample participant ${p.name}: ${value.error}`);
      repos.participants.setValue(id, attributeIds.get(name)!, value.value, at);
    }
    for (const [key, role] of Object.entries(p.sessions)) {
      const sessionId = sessionIds.get(key);
      if (!sessionId) throw new Error(`sample participant ${p.name}: unknown session ${key}`);
      repos.participants.setRole(id, sessionId, role);
      people.get(key)!.set(p.name, id);
    }
  }
  const ids: SampleIds = { sessions: sessionIds, people };
  const documents = insertSampleTranscripts(study, ids, at);
  insertSampleCoding(study, documents, sessionIds, at);
  insertSampleLiveNotes(study, ids, at);
}
