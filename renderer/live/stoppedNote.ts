import type { Note, NoteSpeaker } from '../../shared/domain/live';
import type { AppFailure } from '../../shared/result';

/** A note whose save failed for good: its text is kept and shown until the user rescues it. */
export interface StoppedNote {
  key: string;
  failure: AppFailure;
  text: string;
  /** What a new note made of the text takes over from the lost one. */
  timeMs: number | null;
  speaker: NoteSpeaker;
  questionId: string | null;
}

/** A note's speaker in the form notes:add takes. */
export function speakerOf(note: Note | undefined): NoteSpeaker {
  if (note?.participantId) return { kind: 'participant', participantId: note.participantId };
  return note?.speaker ? { kind: 'label', label: note.speaker } : null;
}
