import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../main/io/transcripts/detect';
import { parsePlainText } from '../../../shared/transcripts/plainText';
import { expectWellFormed, speakersOf, turnTexts } from './invariants';
import { english } from '../../english';

const FIXTURES = new URL('../../fixtures/transcripts/', import.meta.url);
const text = (s: string) => parsePlainText(s, 'text');

describe('Otter export (hand-made fixture)', () => {
  const t = parseTranscript('otter_export.txt', new Uint8Array(readFileSync(new URL('otter_export.txt', FIXTURES))));

  it('reads `Name  m:ss` headings as turns and the paragraphs under them as their text', () => {
    expectWellFormed(t);
    expect(t.format).toBe('text');
    expect(t.turns.map((x) => [x.speaker, x.startMs, x.endMs])).toEqual([
      ['Speaker 1', 3000, null],
      ['Priya Nair', 11_000, null],
      ['Speaker 1', 25_000, null],
      ['Priya Nair', 31_000, null],
      ['Speaker 1', 3_725_000, null],
    ]);
    expect(turnTexts(t)[1]).toBe('Sure. I run the support team, about twelve people.\nWe handle chat and email.');
    expect(turnTexts(t)[3]).toBe("Honestly, it's mostly gut feeling. We tried a matrix once.\nIt didn't stick.");
  });
});

describe('plain text and Markdown', () => {
  it('Markdown: `**Name:**` and `**Name**:` speakers, the `#` title left out (not a speaker-less turn), emphasis kept', () => {
    const md =
      '# Interview 4 — onboarding\n\n**Moderator:** Welcome! How did setup go?\n\n**P4:** Quicker than I expected.\nI had it running in *ten minutes*.\n\n**Moderator**: And the invite flow?\n\n__P4:__ Confusing.\n';
    const t = parseTranscript('session4.md', new TextEncoder().encode(md));
    expectWellFormed(t);
    expect(t.format).toBe('markdown');
    expect(t.turns.map((x) => x.speaker)).toEqual(['Moderator', 'P4', 'Moderator', 'P4']);
    expect(english(t.warnings)).toEqual([
      'line 1: “Interview 4 — onboarding” above the first speaker reads as a heading, not something someone said: it was left out of the transcript.',
    ]);
    expect(turnTexts(t)).toEqual([
      'Welcome! How did setup go?',
      'Quicker than I expected.\nI had it running in *ten minutes*.',
      'And the invite flow?',
      'Confusing.',
    ]);
  });

  it('`[00:01:02] Name: text` and `(00:01:02) Name: text` stamps become start times', () => {
    const t = text(
      '[00:01:02] Dana: How often do you export?\n[00:01:09] Lee: Weekly.\n(00:01:15) Dana: Why weekly?\n(1:20) Lee: Because our client meets on Mondays.\n',
    );
    expectWellFormed(t);
    expect(t.turns.map((x) => [x.speaker, x.startMs])).toEqual([
      ['Dana', 62_000],
      ['Lee', 69_000],
      ['Dana', 75_000],
      ['Lee', 80_000],
    ]);
    expect(turnTexts(t)[3]).toBe('Because our client meets on Mondays.');
  });

  it('stamped lines without speakers are speaker-less turns; a stamp alone stamps the next paragraph', () => {
    const t = text('[00:00:05] Room is set up.\n[00:02:10] First group arrives.\n\n[00:03:00]\nIntroductions.\n');
    expect(t.turns.map((x) => [x.speaker, x.startMs])).toEqual([
      [null, 5000],
      [null, 130_000],
      [null, 180_000],
    ]);
    expect(turnTexts(t)).toEqual(['Room is set up.', 'First group arrives.', 'Introductions.']);
  });

  it('Rev-style `Name (00:01:02):` headings', () => {
    const t = text('Alex (00:00:04):\nHi.\n\nSam (00:00:09): Hello, Alex.\n');
    expect(t.turns.map((x) => [x.speaker, x.startMs])).toEqual([
      ['Alex', 4000],
      ['Sam', 9000],
    ]);
    expect(turnTexts(t)).toEqual(['Hi.', 'Hello, Alex.']);
  });

  it('notes without speakers: each paragraph is a turn; a lone `Summary:` and `10:30` times are not speakers', () => {
    const t = text('Summary: people liked it.\n\nWe met at 10:30 and talked.\nSecond line of the same paragraph.\n\nNext paragraph.');
    expect(speakersOf(t)).toEqual([null]);
    expect(turnTexts(t)).toEqual([
      'Summary: people liked it.',
      'We met at 10:30 and talked.\nSecond line of the same paragraph.',
      'Next paragraph.',
    ]);
  });

  it('an unlabelled paragraph after a speaker continues that speaker’s turn', () => {
    const t = text('Dan: First answer.\n\nAnd a second paragraph.\n\nParticipant: Okay.\n');
    expect(t.turns.map((x) => x.speaker)).toEqual(['Dan', 'Participant']);
    expect(turnTexts(t)[0]).toBe('First answer.\nAnd a second paragraph.');
  });

  it('`[laughs]` is not a speaker in a transcript that uses `Name:` labels', () => {
    const t = text('Ana: Hi.\n\n[laughs] yes, sure.\n\nBo: Great.\n');
    expect(t.turns.map((x) => x.speaker)).toEqual(['Ana', 'Bo']);
    expect(turnTexts(t)[0]).toBe('Hi.\n[laughs] yes, sure.');
  });

  it('emoji, CJK (full-width colon) and RTL text: offsets are UTF-16 and slice exactly', () => {
    const t = text('Ana: Love it 😍😍 really\n李明：这个功能很好用。\nDana: שלום, this is RTL עברית text\nAna: after emoji 🎉 ok\n');
    expectWellFormed(t);
    expect(t.turns.map((x) => x.speaker)).toEqual(['Ana', '李明', 'Dana', 'Ana']);
    expect(turnTexts(t)).toEqual(['Love it 😍😍 really', '这个功能很好用。', 'שלום, this is RTL עברית text', 'after emoji 🎉 ok']);
    // 'Love it 😍😍 really' is 19 UTF-16 units (each emoji is 2), 17 code points.
    expect(t.turns[0]).toMatchObject({ start: 0, end: 19 });
    expect(t.turns[1]!.start).toBe(21);
  });

  it('title lines at the top are left out with a warning; a preamble sentence, a note file and a line glued to text stay', () => {
    const titled = text('Interview\n\nOslo, 4 March\n\nDan: Hello?\n\nAna: Hi.\n');
    expect(titled.turns.map((x) => x.speaker)).toEqual(['Dan', 'Ana']);
    expect(english(titled.warnings)).toHaveLength(2);
    expect(english(titled.warnings)[1]).toMatch(/^line 3: “Oslo, 4 March” above the first speaker reads as a heading/);
    // A sentence before the first speaker is someone's words (or the researcher's note): it stays a turn.
    expect(turnTexts(text('We started late.\n\nDan: Hello?\n\nAna: Hi.\n'))[0]).toBe('We started late.');
    // Two lines in one paragraph are not a lone heading.
    expect(turnTexts(text('Interview\nsecond line\n\nDan: Hello?\n\nAna: Hi.\n'))[0]).toBe('Interview\nsecond line');
    // Without speakers there is no "first speaker" to stand above: every paragraph is kept.
    expect(turnTexts(text('Notes\n\nPeople liked it.\n'))).toEqual(['Notes', 'People liked it.']);
  });

  it('whitespace-only text has no turns', () => {
    expect(() => text('\n   \n\t\n')).toThrow('no transcript turns found');
  });
});
