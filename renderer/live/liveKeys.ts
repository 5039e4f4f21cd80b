import type { LivePerson, NoteSpeaker } from '../../shared/domain/live';

/**
 * The keys of the live session screen (pure). Digits are read from `event.code` (Digit1…), so the
 * characters macOS types with Option held do not matter.
 */

export type LiveAction =
  | { kind: 'speaker'; slot: number }
  | { kind: 'moderator' }
  | { kind: 'observation' }
  | { kind: 'code'; slot: number }
  | { kind: 'palette' }
  | { kind: 'star' }
  | { kind: 'nextQuestion' }
  | { kind: 'previousQuestion' }
  | { kind: 'clock' }
  | { kind: 'nextIntercept' }
  | { kind: 'help' };

export interface KeyLike {
  code: string;
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const digit = (code: string): number | null => {
  const m = /^(?:Digit|Numpad)(\d)$/.exec(code);
  return m ? Number(m[1]) : null;
};

/** The action a key press asks for on the live screen, or null when it is ordinary typing. */
export function liveAction(e: KeyLike): LiveAction | null {
  const mod = e.ctrlKey || e.metaKey;
  const n = digit(e.code);
  if (e.altKey && !mod) {
    if (n !== null && !e.shiftKey) return n === 0 ? { kind: 'moderator' } : { kind: 'speaker', slot: n };
    // The browser-mode spellings of Ctrl+digit and Ctrl+Shift+N (see liveKeyNames).
    if (n !== null && n > 0) return { kind: 'code', slot: n };
    if (e.code === 'KeyN' && e.shiftKey) return { kind: 'nextIntercept' };
    if (e.code === 'KeyO' && !e.shiftKey) return { kind: 'observation' };
    if (e.code === 'ArrowDown') return { kind: 'nextQuestion' };
    if (e.code === 'ArrowUp') return { kind: 'previousQuestion' };
    return null;
  }
  if (!mod || e.altKey) return null;
  if (!e.shiftKey) {
    if (n !== null && n > 0) return { kind: 'code', slot: n };
    if (e.code === 'KeyK') return { kind: 'palette' };
    if (e.code === 'Slash') return { kind: 'help' };
    return null;
  }
  if (e.code === 'KeyS') return { kind: 'star' };
  if (e.code === 'Space') return { kind: 'clock' };
  if (e.code === 'KeyN') return { kind: 'nextIntercept' };
  return null;
}

/** How the keys whose spelling depends on where Verbatim runs are written for the user. */
export interface LiveKeyNames {
  /** The key of pinned code `n`. */
  code: (n: number) => string;
  codes: string;
  nextIntercept: string;
}

/**
 * The code keys and the next-intercept key as the user should press them. In a browser tab,
 * Ctrl+1…8 and Ctrl+Shift+N are the browser's own (switch tab, private window) and may never reach
 * the page, so browser mode shows Alt+Shift+digit and Alt+Shift+N, which no browser takes and which
 * do not clash with the speaker keys (Alt+digit without Shift). Both spellings work everywhere; the
 * desktop app shows the Ctrl ones, which researchers know from other tools.
 */
export function liveKeyNames(desktop: boolean): LiveKeyNames {
  return desktop
    ? { code: (n) => `Ctrl+${n}`, codes: 'Ctrl/Cmd+1 … 9', nextIntercept: 'Ctrl/Cmd+Shift+N' }
    : { code: (n) => `Alt+Shift+${n}`, codes: 'Alt+Shift+1 … 9', nextIntercept: 'Alt+Shift+N' };
}

/** The people on Alt+1…9: the session's participants in order, then its observers. */
export function speakerSlots(people: readonly LivePerson[]): LivePerson[] {
  return [...people.filter((p) => p.role === 'participant'), ...people.filter((p) => p.role === 'observer')].slice(0, 9);
}

/**
 * Who Alt+0 means: the session's moderator when one is a person of the session, else the session's
 * moderator name, else `fallback` (the word "Moderator" in the UI's language; the note keeps it).
 */
export function moderatorSpeaker(people: readonly LivePerson[], moderatorName: string | null, fallback: string): NoteSpeaker {
  const person = people.find((p) => p.role === 'moderator');
  if (person) return { kind: 'participant', participantId: person.participantId };
  return { kind: 'label', label: moderatorName?.trim() || fallback };
}

/** The speaker a speaker key sets; undefined when the key has nobody on it. */
export function speakerFor(
  action: LiveAction,
  people: readonly LivePerson[],
  moderatorName: string | null,
  moderatorWord: string,
): NoteSpeaker | undefined {
  if (action.kind === 'observation') return null;
  if (action.kind === 'moderator') return moderatorSpeaker(people, moderatorName, moderatorWord);
  if (action.kind !== 'speaker') return undefined;
  const person = speakerSlots(people)[action.slot - 1];
  return person ? { kind: 'participant', participantId: person.participantId } : undefined;
}

/** The name shown before a note for a speaker (null: an observation); `unknown` when the person is gone. */
export function speakerName(speaker: NoteSpeaker, people: readonly LivePerson[], unknown: string): string | null {
  if (speaker === null) return null;
  if (speaker.kind === 'label') return speaker.label;
  return people.find((p) => p.participantId === speaker.participantId)?.name ?? unknown;
}
