import type { SpeakerTarget, TranscriptImported, TranscriptPreview } from '../../shared/domain/coding';
import type { Participant, SessionFields, SessionRole } from '../../shared/domain/study';
import { sameSentence } from '../../shared/i18n/sentence';
import { isModeratorLabel, likelyInterviewer } from '../../shared/transcripts/interviewer';
import type { TextEncodingName, UiLanguage } from '../../shared/text/encodings';
import type { ParsedTranscript } from '../../shared/transcripts/types';
import { AppError } from '../../shared/errors';
import { readTranscript } from '../io/transcripts/importTranscriptFile';
import { jobOptions, throwIfCancelled, throwIfClosed, type JobControl } from '../jobs/control';
import { transferablesOf } from '../jobs/protocol';
import { runJob } from '../jobs/runJob';
import { createSession } from './sessions';
import { now, type Study } from './study';

/** A transcript's name and bytes, as the caller read them (from a file taken in, or the CLI's path). */
export interface TranscriptFile {
  /** Absent in a preview for a session the import itself will make. */
  sessionId?: string;
  fileName: string;
  bytes: Uint8Array;
  /** The encoding the user chose in the preview; without it the bytes are read by evidence. */
  encoding?: TextEncodingName;
  /** Breaks ties between equally likely encodings (default 'en'). */
  uiLanguage?: UiLanguage;
}

/** Up to this size a file parses here in less time than a worker takes to start (tens of milliseconds). */
const IN_THREAD_MAX_BYTES = 1024 * 1024;

/** A session named by the file must exist; a preview for a session the import will make names none. */
function requireSession(study: Study, sessionId: string | undefined): void {
  if (sessionId !== undefined && !study.repos.sessions.get(sessionId)) throw new AppError('NOT_FOUND', 'errors.sessionGone');
}

/**
 * Parses the file: a small one here, a large (or hostile) one in a worker with its memory and time
 * limits, so the backend keeps answering and a file built to exhaust memory is refused, not fatal.
 */
async function parse(study: Study, file: TranscriptFile, control?: JobControl): Promise<ParsedTranscript> {
  requireSession(study, file.sessionId);
  const { bytes } = file;
  const decode = { encoding: file.encoding, uiLanguage: file.uiLanguage };
  if (bytes.length <= IN_THREAD_MAX_BYTES) return readTranscript(file.fileName, bytes, decode);
  const what = 'transcriptImport';
  const parsed = await runJob(
    'transcript:read',
    { fileName: file.fileName, bytes, decode },
    { ...jobOptions(control, 0, 90, what), transfer: transferablesOf(bytes) },
  );
  throwIfCancelled(control, what);
  throwIfClosed(study.db, what);
  requireSession(study, file.sessionId);
  return parsed;
}

/** Speaker labels in order of first appearance with their turn counts ("" for turns without a speaker). */
function speakerCounts(parsed: ParsedTranscript): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of parsed.turns) if (t.speaker !== null) counts.set(t.speaker, (counts.get(t.speaker) ?? 0) + 1);
  return counts;
}

/**
 * Proposes where each speaker goes: the mapping remembered for this session, else a participant
 * with exactly that name, else a new participant. A label like "Interviewer" (or "Intervjuer",
 * "主持人"…) proposes the moderator role, and the person already moderating the session when there
 * is one; so does `asksQuestions`, the speaker who asks most of the questions. A person's role already
 * in the session wins. A session not made yet (`sessionId` null) remembers nothing and has no moderator.
 */
export function suggestSpeaker(
  study: Study,
  sessionId: string | null,
  label: string,
  people: Participant[],
  asksQuestions = false,
): SpeakerTarget {
  const remembered = sessionId === null ? undefined : study.repos.documents.rememberedSpeaker(sessionId, label);
  const byName = people.find((p) => p.displayName.toLocaleLowerCase() === label.toLocaleLowerCase());
  const person = people.find((p) => p.id === remembered) ?? byName;
  const roleIn = (p: Participant) => p.sessions.find((s) => s.sessionId === sessionId)?.role;
  const moderatorLike = asksQuestions || isModeratorLabel(label);
  if (person) return { kind: 'existing', participantId: person.id, role: roleIn(person) ?? (moderatorLike ? 'moderator' : 'participant') };
  if (asksQuestions && !isModeratorLabel(label)) return { kind: 'new', name: label, role: 'moderator' };
  if (moderatorLike) {
    const moderator = people.find((p) => roleIn(p) === 'moderator');
    return moderator
      ? { kind: 'existing', participantId: moderator.id, role: 'moderator' }
      : { kind: 'new', name: label, role: 'moderator' };
  }
  return { kind: 'new', name: label, role: 'participant' };
}

export async function previewTranscriptImport(study: Study, file: TranscriptFile, control?: JobControl): Promise<TranscriptPreview> {
  const parsed = await parse(study, file, control);
  const people = study.repos.participants.list();
  const asker = likelyInterviewer(parsed);
  const decoding = parsed.decoding ?? null;
  return {
    fileName: file.fileName,
    format: parsed.format,
    encoding: decoding?.encoding ?? null,
    encodingEvidence: decoding?.evidence ?? null,
    encodingChoices: decoding?.choices ?? [],
    encodingNote: decoding?.note ?? null,
    // The encoding note is shown next to the encoding picker, not twice.
    warnings: parsed.warnings.filter((w) => !sameSentence(w, decoding?.note)).slice(0, 200),
    turns: parsed.turns.length,
    characters: parsed.text.length,
    speakers: [...speakerCounts(parsed)].map(([label, turns]) => ({
      label,
      turns,
      suggestion: suggestSpeaker(study, file.sessionId ?? null, label, people, label === asker),
    })),
    sample: parsed.turns
      .slice(0, 6)
      .map((t) => ({ speaker: t.speaker, text: parsed.text.slice(t.start, Math.min(t.end, t.start + 280)), startMs: t.startMs })),
  };
}

/**
 * Writes the transcript in one transaction: the new session when `newSession` is given, new
 * participants, session roles, the remembered speaker mappings, the document and its turns.
 * Speakers missing from `mapping` get the suggestion. Two labels mapped to the same person (or the
 * same new name) merge into one speaker. The file is read before the transaction starts, and a
 * failure anywhere inside it (or a killed process) leaves the study exactly as it was.
 */
export async function commitTranscriptImport(
  study: Study,
  file: TranscriptFile & { newSession?: SessionFields; title?: string; mapping: { label: string; target: SpeakerTarget }[] },
  control?: JobControl,
): Promise<TranscriptImported> {
  if ((file.sessionId === undefined) === (file.newSession === undefined)) throw new AppError('INVALID_INPUT', 'imports.sessionEitherOr');
  const parsed = await parse(study, file, control);
  const labels = [...speakerCounts(parsed).keys()];
  const given = new Map(file.mapping.map((m) => [m.label, m.target]));
  for (const m of file.mapping)
    if (!labels.includes(m.label)) throw new AppError('INVALID_INPUT', 'imports.notASpeaker', { speaker: m.label, file: file.fileName });
  const sessionId = file.sessionId ?? crypto.randomUUID();
  return study.write(
    'transcripts:import',
    () => {
      // Made inside this transaction (a nested write is a savepoint), so it commits with the content or not at all.
      if (file.newSession) createSession(study, file.newSession, sessionId);
      const at = now();
      const people = study.repos.participants.list();
      const asker = likelyInterviewer(parsed);
      const participantOf = new Map<string, string | null>();
      const created = new Map<string, string>();
      for (const label of labels) {
        const target = given.get(label) ?? suggestSpeaker(study, sessionId, label, people, label === asker);
        participantOf.set(label, resolveTarget(study, sessionId, target, created, at));
      }
      rememberSpeakers(study, sessionId, participantOf);
      const documentId = crypto.randomUUID();
      study.repos.documents.insert({
        id: documentId,
        session_id: sessionId,
        kind: 'transcript',
        title: file.title?.trim() || file.fileName.replace(/\.[^.]+$/, ''),
        plain_text: parsed.text,
        editor_state: null,
        rev: 0,
        created_at: at,
        updated_at: at,
        created_by: study.userId,
        source_name: file.fileName,
        source_format: parsed.format,
      });
      parsed.turns.forEach((t, position) =>
        study.repos.documents.insertTurn({
          id: crypto.randomUUID(),
          document_id: documentId,
          position,
          start_offset: t.start,
          end_offset: t.end,
          speaker_label: t.speaker,
          participant_id: t.speaker === null ? null : (participantOf.get(t.speaker) ?? null),
          start_ms: t.startMs,
          end_ms: t.endMs,
        }),
      );
      const names = new Map(study.repos.participants.list().map((p) => [p.id, p.displayName]));
      const perSpeaker = new Map<string, number>();
      for (const t of parsed.turns) {
        if (t.speaker === null) continue;
        const id = participantOf.get(t.speaker);
        const name = id ? names.get(id)! : t.speaker;
        perSpeaker.set(name, (perSpeaker.get(name) ?? 0) + 1);
      }
      return { documentId, turns: parsed.turns.length, speakers: [...perSpeaker].map(([name, turns]) => ({ name, turns })) };
    },
    { sessionId, newSession: file.newSession !== undefined, fileName: file.fileName, turns: parsed.turns.length },
  );
}

/** Finds or makes the participant for one speaker and gives them their role in the session. */
function resolveTarget(study: Study, sessionId: string, target: SpeakerTarget, created: Map<string, string>, at: string): string | null {
  if (target.kind === 'none') return null;
  let id: string;
  let role: SessionRole = target.role;
  if (target.kind === 'existing') {
    if (!study.repos.participants.get(target.participantId)) throw new AppError('NOT_FOUND', 'imports.speakerParticipantGone');
    id = target.participantId;
  } else {
    const key = target.name.trim().toLocaleLowerCase();
    const existing = created.get(key) ?? study.repos.participants.idByName(target.name.trim());
    id = existing ?? crypto.randomUUID();
    if (!existing) study.repos.participants.insert(id, target.name.trim(), null, at, study.userId);
    created.set(key, id);
  }
  const current = study.repos.participants.get(id)!.sessions.find((s) => s.sessionId === sessionId)?.role;
  if (current === 'moderator' && role === 'participant') role = 'moderator';
  study.repos.participants.setRole(id, sessionId, role);
  return id;
}

/** Saves label → participant for the session after an import (called inside its transaction). */
function rememberSpeakers(study: Study, sessionId: string, mapping: Map<string, string | null>): void {
  for (const [label, participantId] of mapping) if (participantId) study.repos.documents.rememberSpeaker(sessionId, label, participantId);
}
