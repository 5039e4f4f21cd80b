import { describe, expect, it } from 'vitest';
import type { LivePerson } from '../../../shared/domain/live';
import { liveAction, liveKeyNames, speakerFor, speakerName, speakerSlots, type KeyLike } from '../../../renderer/live/liveKeys';

const key = (code: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  code,
  key: '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});
const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const people: LivePerson[] = [
  { participantId: id(1), name: 'Mod', role: 'moderator' },
  { participantId: id(2), name: 'Ana', role: 'participant' },
  { participantId: id(3), name: 'Obs', role: 'observer' },
  { participantId: id(4), name: 'Ben', role: 'participant' },
];

describe('liveAction', () => {
  it('reads digits from the physical key, whatever Option types on a Mac', () => {
    expect(liveAction({ ...key('Digit2', { altKey: true }), key: '€' })).toEqual({ kind: 'speaker', slot: 2 });
    expect(liveAction(key('Digit0', { altKey: true }))).toEqual({ kind: 'moderator' });
    expect(liveAction(key('KeyO', { altKey: true }))).toEqual({ kind: 'observation' });
  });
  it('maps Ctrl or Cmd with digits to pinned codes, and the other commands', () => {
    expect(liveAction(key('Digit3', { ctrlKey: true }))).toEqual({ kind: 'code', slot: 3 });
    expect(liveAction(key('Digit3', { metaKey: true }))).toEqual({ kind: 'code', slot: 3 });
    expect(liveAction(key('Digit0', { ctrlKey: true }))).toBeNull();
    expect(liveAction(key('KeyK', { ctrlKey: true }))).toEqual({ kind: 'palette' });
    expect(liveAction(key('KeyS', { ctrlKey: true, shiftKey: true }))).toEqual({ kind: 'star' });
    expect(liveAction(key('Space', { metaKey: true, shiftKey: true }))).toEqual({ kind: 'clock' });
    expect(liveAction(key('KeyN', { ctrlKey: true, shiftKey: true }))).toEqual({ kind: 'nextIntercept' });
    expect(liveAction(key('ArrowDown', { altKey: true }))).toEqual({ kind: 'nextQuestion' });
    expect(liveAction(key('ArrowUp', { altKey: true }))).toEqual({ kind: 'previousQuestion' });
  });
  it('offers Alt+Shift+digit and Alt+Shift+N, which a browser leaves to the page, beside Ctrl+digit and Ctrl+Shift+N', () => {
    expect(liveAction({ ...key('Digit3', { altKey: true, shiftKey: true }), key: '#' })).toEqual({ kind: 'code', slot: 3 });
    expect(liveAction(key('Numpad9', { altKey: true, shiftKey: true }))).toEqual({ kind: 'code', slot: 9 });
    expect(liveAction(key('Digit0', { altKey: true, shiftKey: true }))).toBeNull();
    expect(liveAction(key('KeyN', { altKey: true, shiftKey: true }))).toEqual({ kind: 'nextIntercept' });
    // Alt alone stays the speaker keys.
    expect(liveAction(key('Digit3', { altKey: true }))).toEqual({ kind: 'speaker', slot: 3 });
    expect(liveAction(key('KeyN', { altKey: true }))).toBeNull();
  });
  it('names the keys that reach the page: Ctrl in the desktop app, Alt+Shift in a browser', () => {
    const desktop = liveKeyNames(true);
    const browser = liveKeyNames(false);
    expect([desktop.code(4), desktop.codes, desktop.nextIntercept]).toEqual(['Ctrl+4', 'Ctrl/Cmd+1 … 9', 'Ctrl/Cmd+Shift+N']);
    expect([browser.code(4), browser.codes, browser.nextIntercept]).toEqual(['Alt+Shift+4', 'Alt+Shift+1 … 9', 'Alt+Shift+N']);
    // Every key named for the browser is read as the action it names.
    expect(liveAction(key('Digit4', { altKey: true, shiftKey: true }))).toEqual({ kind: 'code', slot: 4 });
  });
  it('leaves ordinary typing and other chords alone', () => {
    expect(liveAction(key('KeyA'))).toBeNull();
    expect(liveAction(key('Digit1'))).toBeNull();
    expect(liveAction(key('KeyS', { ctrlKey: true }))).toBeNull();
    expect(liveAction(key('Digit1', { ctrlKey: true, altKey: true }))).toBeNull();
  });
});

describe('speakers', () => {
  it('puts participants first, then observers, on Alt+1…9', () => {
    expect(speakerSlots(people).map((p) => p.name)).toEqual(['Ana', 'Ben', 'Obs']);
    expect(speakerFor({ kind: 'speaker', slot: 2 }, people, null, 'Moderator')).toEqual({ kind: 'participant', participantId: id(4) });
    expect(speakerFor({ kind: 'speaker', slot: 7 }, people, null, 'Moderator')).toBeUndefined();
  });
  it('uses the moderator person, else a label, for Alt+0; Alt+O is an observation', () => {
    expect(speakerFor({ kind: 'moderator' }, people, null, 'Moderator')).toEqual({ kind: 'participant', participantId: id(1) });
    expect(speakerFor({ kind: 'moderator' }, people.slice(1), 'Dana', 'Moderator')).toEqual({ kind: 'label', label: 'Dana' });
    expect(speakerFor({ kind: 'moderator' }, [], null, 'Moderator')).toEqual({ kind: 'label', label: 'Moderator' });
    // Without a moderator name the label is the word the UI speaks (the note keeps it).
    expect(speakerFor({ kind: 'moderator' }, [], null, 'Moderátor')).toEqual({ kind: 'label', label: 'Moderátor' });
    expect(speakerFor({ kind: 'observation' }, people, null, 'Moderator')).toBeNull();
  });
  it('names speakers', () => {
    expect(speakerName({ kind: 'participant', participantId: id(2) }, people, 'Participant')).toBe('Ana');
    expect(speakerName({ kind: 'label', label: 'Moderator' }, people, 'Participant')).toBe('Moderator');
    expect(speakerName(null, people, 'Participant')).toBeNull();
  });
});
