import { z } from 'zod';
import liveNotesData from '../../resources/sample/freshBasket/liveNotes.json' with { type: 'json' };
import { currentItemAt } from '../../shared/live/guide';
import { trimmedBounds } from '../services/documents';
import type { SampleIds } from './sampleTranscripts';
import type { Study } from '../services/study';

/**
 * The sample's live sessions (resources/sample/freshBasket/liveNotes.json): two discussion guides,
 * and for focus group 1 and every intercept a stopped clock, the question marks and the notes the
 * moderator took. A note's question is the one marked current at its time; a tag is a code path
 * (the whole note) or a code path with the words it marks.
 */
const Tag = z.union([z.string().min(1), z.strictObject({ code: z.string().min(1), quote: z.string().min(1) })]);
const SampleNote = z.strictObject({
  at: z.int().nonnegative(),
  /** A person of the session by name, a free label, or null for an observation. */
  speaker: z.union([z.string().min(1), z.strictObject({ label: z.string().min(1) })]).nullable(),
  text: z
    .string()
    .min(1)
    .refine((t) => t.trim() === t && !t.includes('\n\n'), 'a note text must be trimmed and contain no blank line'),
  tags: z.array(Tag),
  star: z.boolean().optional(),
});
const SampleLive = z.strictObject({
  guides: z.array(
    z.strictObject({
      title: z.string().min(1),
      sessions: z.array(z.string()),
      items: z.array(
        z.union([
          z.strictObject({ section: z.string().min(1) }),
          z.strictObject({ key: z.string().min(1), question: z.string().min(1), minutes: z.number().nonnegative() }),
        ]),
      ),
    }),
  ),
  sessions: z.array(
    z.strictObject({
      session: z.string(),
      startedAt: z.iso.datetime(),
      elapsedMs: z.int().positive(),
      marks: z.array(z.tuple([z.int().nonnegative(), z.string().nullable()])),
      notes: z.array(SampleNote).min(1),
    }),
  ),
});

/** Inserts the sample's guides, clocks, marks and notes (with their tags). Runs inside the caller's transaction. */
export function insertSampleLiveNotes(study: Study, ids: SampleIds, at: string): void {
  const parsed = SampleLive.safeParse(liveNotesData);
  if (!parsed.success) throw new Error(`sample live notes: ${z.prettifyError(parsed.error)}`);
  const data = parsed.data;
  const { live, documents, codings } = study.repos;
  const rows = study.repos.codes.all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const codePaths = new Map(rows.map((r) => [r.parent_id ? `${byId.get(r.parent_id)!.name}/${r.name}` : r.name, r.id]));
  const itemIds = new Map<string, Map<string, string>>();
  for (const g of data.guides) {
    const guideId = crypto.randomUUID();
    live.insertGuide({ id: guideId, title: g.title, createdAt: at, updatedAt: at, createdBy: study.userId });
    const keys = new Map<string, string>();
    g.items.forEach((item, position) => {
      const id = crypto.randomUUID();
      if ('key' in item) keys.set(item.key, id);
      live.insertItem({
        id,
        guideId,
        position,
        kind: 'key' in item ? 'question' : 'section',
        text: 'key' in item ? item.question : item.section,
        plannedMinutes: 'key' in item ? item.minutes : null,
      });
    });
    for (const key of g.sessions) {
      const sessionId = ids.sessions.get(key);
      if (!sessionId) throw new Error(`sample guide ${g.title}: unknown session ${key}`);
      live.setSessionGuide(sessionId, guideId, at);
      itemIds.set(key, keys);
    }
  }
  for (const s of data.sessions) {
    const where = `sample live notes of ${s.session}`;
    const sessionId = ids.sessions.get(s.session);
    const people = ids.people.get(s.session);
    if (!sessionId || !people) throw new Error(`${where}: unknown session`);
    const keys = itemIds.get(s.session) ?? new Map<string, string>();
    const marks = s.marks.map(([atMs, key]) => {
      const itemId = key === null ? null : keys.get(key);
      if (itemId === undefined) throw new Error(`${where}: unknown guide question ${key}`);
      return { atMs, itemId };
    });
    const startedMs = Date.parse(s.startedAt);
    live.saveClock(sessionId, {
      startedAt: s.startedAt,
      runningSince: null,
      elapsedMs: s.elapsedMs,
      stoppedAt: new Date(startedMs + s.elapsedMs).toISOString(),
    });
    for (const m of marks) live.addMark(sessionId, m.atMs, m.itemId);

    const text = s.notes.map((n) => n.text).join('\n\n');
    const documentId = crypto.randomUUID();
    const title = study.repos.sessions.get(sessionId)!.title;
    documents.insert({
      id: documentId,
      session_id: sessionId,
      kind: 'notes',
      title: `${title} — notes`,
      plain_text: text,
      editor_state: null,
      rev: 0,
      created_at: at,
      updated_at: at,
      created_by: study.userId,
      source_name: null,
      source_format: null,
    });
    let offset = 0;
    let previous = 0;
    s.notes.forEach((n, position) => {
      if (n.at < previous || n.at > s.elapsedMs)
        throw new Error(`${where}, note ${position}: time ${n.at} is out of order or after the clock stopped`);
      previous = n.at;
      let participantId: string | null = null;
      let label: string | null = null;
      if (typeof n.speaker === 'string') {
        participantId = people.get(n.speaker) ?? null;
        if (!participantId) throw new Error(`${where}, note ${position}: ${n.speaker} is not one of the session's people`);
        label = n.speaker;
      } else if (n.speaker) label = n.speaker.label;
      documents.insertTurn({
        id: crypto.randomUUID(),
        document_id: documentId,
        position,
        start_offset: offset,
        end_offset: offset + n.text.length,
        speaker_label: label,
        participant_id: participantId,
        start_ms: n.at,
        end_ms: null,
        question_id: currentItemAt(marks, n.at),
        starred: n.star ? 1 : 0,
      });
      for (const tag of n.tags) {
        const path = typeof tag === 'string' ? tag : tag.code;
        const codeId = codePaths.get(path);
        if (!codeId) throw new Error(`${where}, note ${position}: unknown code "${path}"`);
        const local =
          typeof tag === 'string'
            ? trimmedBounds(n.text)
            : { start: n.text.indexOf(tag.quote), end: n.text.indexOf(tag.quote) + tag.quote.length };
        if (local.start < 0) throw new Error(`${where}, note ${position}: "${(tag as { quote: string }).quote}" is not in the note`);
        codings.insert({
          id: crypto.randomUUID(),
          document_id: documentId,
          code_id: codeId,
          start_offset: offset + local.start,
          end_offset: offset + local.end,
          quote: n.text.slice(local.start, local.end),
          status: 'anchored',
          memo: null,
          coder_id: study.userId,
          created_at: at,
        });
      }
      offset += n.text.length + 2;
    });
  }
}
