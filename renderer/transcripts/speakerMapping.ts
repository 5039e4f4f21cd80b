import type { SpeakerTarget, TranscriptPreview } from '../../shared/domain/coding';
import type { Participant, SessionRole } from '../../shared/domain/study';
import type { Translator } from '../../shared/i18n/translator';
import { isModeratorLabel } from '../../shared/transcripts/interviewer';

/** One speaker's row in the mapping table, as the user edits it. */
export interface SpeakerRow {
  label: string;
  turns: number;
  /** 'new', 'none' or `existing:<participant id>` (the value of the select). */
  choice: string;
  /** The name for a new participant (kept while another choice is shown, in case they switch back). */
  name: string;
  role: SessionRole;
}

/** The rows the preview suggests: remembered or same-name participants, else new ones. */
export function rowsFrom(preview: TranscriptPreview): SpeakerRow[] {
  return preview.speakers.map(({ label, turns, suggestion: s }) => ({
    label,
    turns,
    choice: s.kind === 'existing' ? `existing:${s.participantId}` : s.kind,
    name: s.kind === 'new' ? s.name : label,
    role: s.kind === 'none' ? 'participant' : s.role,
  }));
}

/**
 * The rows once the new-session form names its moderator: the one speaker the preview took for the
 * interviewer (a role label like "Interviewer", or the one asking the questions, not yet anyone's
 * name) maps to that person, the study's person of that name or a new one, instead of a new
 * person called "Interviewer". With no moderator named (or several interviewer candidates, where
 * guessing would merge two people) the preview's own suggestion stands.
 */
export function withModerator(rows: SpeakerRow[], preview: TranscriptPreview, moderator: string, people: Participant[]): SpeakerRow[] {
  const interviewers = preview.speakers.filter(
    ({ label, suggestion: s }) => s.kind !== 'none' && s.role === 'moderator' && (s.kind === 'new' || isModeratorLabel(label)),
  );
  if (interviewers.length !== 1) return rows;
  const { label } = interviewers[0]!;
  const name = moderator.trim();
  const person = people.find((p) => p.displayName.toLocaleLowerCase() === name.toLocaleLowerCase());
  const suggested = rowsFrom({ ...preview, speakers: [interviewers[0]!] })[0]!;
  const row: SpeakerRow =
    name === ''
      ? suggested
      : person
        ? { ...suggested, choice: `existing:${person.id}`, role: 'moderator' }
        : { ...suggested, choice: 'new', name, role: 'moderator' };
  return rows.map((r) => (r.label === label ? row : r));
}

export function targetOf(row: SpeakerRow): SpeakerTarget {
  if (row.choice === 'none') return { kind: 'none' };
  if (row.choice === 'new') return { kind: 'new', name: row.name.trim() || row.label, role: row.role };
  return { kind: 'existing', participantId: row.choice.slice('existing:'.length), role: row.role };
}

/**
 * Who a row ends up as: a participant id, or the lower-cased new name. A new name that an existing
 * participant already has lands on that participant (names are unique, ignoring case).
 */
function personKey(row: SpeakerRow, people: Participant[]): string | null {
  if (row.choice === 'none') return null;
  if (row.choice.startsWith('existing:')) return row.choice.slice('existing:'.length);
  const name = (row.name.trim() || row.label).toLocaleLowerCase();
  return people.find((p) => p.displayName.toLocaleLowerCase() === name)?.id ?? `new:${name}`;
}

/** A sentence per row that is not a plain one-to-one mapping: merges, and new names that already exist. */
export function mappingNotes(rows: SpeakerRow[], people: Participant[], { t }: Translator): Map<string, string> {
  const keys = rows.map((r) => personKey(r, people));
  const notes = new Map<string, string>();
  rows.forEach((row, i) => {
    const key = keys[i];
    if (!key) return;
    const others = rows.filter((_, j) => j !== i && keys[j] === key).map((r) => t('transcripts.quoted', { text: r.label }));
    const labels = others.join(', ');
    const existing = row.choice === 'new' && !key.startsWith('new:') ? people.find((p) => p.id === key) : undefined;
    // One whole sentence per case: the two clauses are not glued together (word order differs).
    if (others.length > 0 && existing) notes.set(row.label, t('transcripts.noteMergedJoins', { labels, name: existing.displayName }));
    else if (others.length > 0) notes.set(row.label, t('transcripts.noteMerged', { labels }));
    else if (existing) notes.set(row.label, t('transcripts.noteJoins', { name: existing.displayName }));
  });
  return notes;
}

/** A file's name without its extension: the default title of the imported document. */
export function titleFromFileName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '');
}
