import { describe, expect, it } from 'vitest';
import { isModeratorLabel, likelyInterviewer } from '../../../shared/transcripts/interviewer';
import { parsePlainText } from '../../../shared/transcripts/plainText';

const parsed = (s: string) => parsePlainText(s, 'text');

describe('isModeratorLabel', () => {
  it.each([
    'Interviewer',
    'moderator',
    'Moderator (Anna)',
    'Intervjuer',
    'Intervjuer 2',
    'Voditelj',
    'Voditeljica',
    'Moderátor',
    'Kérdező',
    'Kérdező 2',
    'Anketar',
    'Anketarka (Ivana)',
    '主持人',
    '采访者',
    '访谈员',
    'I',
    'Q',
  ])('%s names the session’s moderator by role', (label) => expect(isModeratorLabel(label)).toBe(true));
  it.each(['Ines', 'Ivan', 'Quentin', 'Hostess Ana', 'Participant', 'Dan', 'Moderatorica Ana' /* a word that only starts like one */])(
    '%s is a name, not a role',
    (label) => expect(isModeratorLabel(label)).toBe(false),
  );
});

describe('likelyInterviewer', () => {
  it('is the speaker who asks clearly most of the questions', () => {
    const t = parsed(
      'Dan: How did you start?\n\nAna: With a friend.\n\nDan: Why then?\n\nAna: It was cheap. Why not?\n\nDan: And now?\n\nAna: Weekly.\n\nDan: What would you change?\n',
    );
    expect(likelyInterviewer(t)).toBe('Dan');
  });

  it('is no one when questions are shared, too few, or nobody is named', () => {
    expect(likelyInterviewer(parsed('Ana: Ready?\n\nBo: Yes. You?\n\nAna: Sure?\n\nBo: Now?\n'))).toBeNull();
    expect(likelyInterviewer(parsed('Dan: Hello?\n\nAna: Hi.\n\nDan: Okay?\n\nAna: Yes.\n'))).toBeNull();
    expect(likelyInterviewer(parsed('How? Why? When?\n\nBecause.\n'))).toBeNull();
  });

  it('counts full-width question marks (Chinese transcripts)', () => {
    const t = parsed('王芳：您多久买一次？\n\n李明：每周。\n\n王芳：为什么？\n\n李明：方便。\n\n王芳：还有呢？\n\n李明：没有了。\n');
    expect(likelyInterviewer(t)).toBe('王芳');
  });
});
