import { describe, expect, it } from 'vitest';
import type { TranscriptPreview } from '../../../shared/domain/coding';
import type { Participant } from '../../../shared/domain/study';
import { translatorFor } from '../../../shared/i18n/translator';
import { mappingNotes, rowsFrom, withModerator, type SpeakerRow } from '../../../renderer/transcripts/speakerMapping';

const preview = (speakers: TranscriptPreview['speakers']): TranscriptPreview =>
  ({ fileName: 'a.txt', format: 'text', warnings: [], turns: 4, characters: 100, speakers, sample: [] }) as unknown as TranscriptPreview;
const person = (id: string, displayName: string) => ({ id, displayName, values: {}, sessions: [] }) as unknown as Participant;

const interview = preview([
  { label: 'Interviewer', turns: 2, suggestion: { kind: 'new', name: 'Interviewer', role: 'moderator' } },
  { label: 'Mia', turns: 2, suggestion: { kind: 'new', name: 'Mia', role: 'participant' } },
]);

describe('withModerator', () => {
  it('maps the interviewer speaker to the moderator named in the new-session form', () => {
    const rows = withModerator(rowsFrom(interview), interview, ' Lena Berg ', []);
    expect(rows.map((r) => [r.label, r.choice, r.name, r.role])).toEqual([
      ['Interviewer', 'new', 'Lena Berg', 'moderator'],
      ['Mia', 'new', 'Mia', 'participant'],
    ]);
  });

  it('picks the study’s person of that name, ignoring case', () => {
    const rows = withModerator(rowsFrom(interview), interview, 'sam okafor', [person('p1', 'Sam Okafor')]);
    expect(rows[0]).toMatchObject({ choice: 'existing:p1', role: 'moderator' });
  });

  it('also replaces a person called “Interviewer” an earlier import made', () => {
    const p = preview([{ label: 'Interviewer', turns: 2, suggestion: { kind: 'existing', participantId: 'old', role: 'moderator' } }]);
    expect(withModerator(rowsFrom(p), p, 'Lena', [])[0]).toMatchObject({ choice: 'new', name: 'Lena', role: 'moderator' });
  });

  it('goes back to the suggestion when the name is cleared, and leaves other rows alone', () => {
    const named = withModerator(rowsFrom(interview), interview, 'Lena', []);
    const edited = named.map((r) => (r.label === 'Mia' ? { ...r, name: 'Mia K.' } : r));
    expect(withModerator(edited, interview, '', [])).toEqual([rowsFrom(interview)[0], edited[1]]);
  });

  it('guesses nothing when two speakers could be the interviewer, or a named person asks', () => {
    const two = preview([
      { label: 'Moderator 1', turns: 2, suggestion: { kind: 'new', name: 'Moderator 1', role: 'moderator' } },
      { label: 'Moderator 2', turns: 2, suggestion: { kind: 'new', name: 'Moderator 2', role: 'moderator' } },
    ]);
    expect(withModerator(rowsFrom(two), two, 'Lena', [])).toEqual(rowsFrom(two));
    const known = preview([{ label: 'Dana', turns: 3, suggestion: { kind: 'existing', participantId: 'd', role: 'moderator' } }]);
    expect(withModerator(rowsFrom(known), known, 'Lena', [])).toEqual(rowsFrom(known));
  });
});

describe('mappingNotes', () => {
  const row = (label: string, choice: string, name = label): SpeakerRow => ({ label, turns: 1, choice, name, role: 'participant' });
  const people = [person('p1', 'Ana Kovač')];

  it('says in one whole sentence of the UI language that two speakers merge and join an existing participant', () => {
    const rows = [row('Ana', 'new', 'ana kovač'), row('A. K.', 'existing:p1'), row('Ivo', 'new')];
    const notes = mappingNotes(rows, people, translatorFor('hr'));
    expect(notes.get('Ana')).toBe('spaja se s „A. K.“; pridružuje se postojećem sudioniku „Ana Kovač“');
    expect(notes.get('A. K.')).toBe('spaja se s „Ana“');
    expect(notes.has('Ivo')).toBe(false);
  });

  it('speaks English in English', () => {
    const notes = mappingNotes([row('Ana', 'new', 'Ana Kovač')], people, translatorFor('en'));
    expect(notes.get('Ana')).toBe('joins the existing participant “Ana Kovač”');
  });
});
