import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../main/io/transcripts/detect';
import { parseSbv } from '../../../shared/transcripts/sbv';
import { parseSrt } from '../../../shared/transcripts/srt';
import { TranscriptParseError } from '../../../shared/transcripts/types';
import { parseVtt } from '../../../shared/transcripts/vtt';
import { expectWellFormed, speakersOf, turnTexts } from './invariants';
import { english } from '../../english';

const FIXTURES = new URL('../../fixtures/transcripts/', import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURES)));

function parseError(run: () => unknown): TranscriptParseError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(TranscriptParseError);
    return e as TranscriptParseError;
  }
  throw new Error('expected a TranscriptParseError');
}

describe('modern Teams VTT (hand-made fixture)', () => {
  const t = parseTranscript('teams_modern.vtt', fixture('teams_modern.vtt'));

  it('reads voice tags as speakers and merges each speaker’s consecutive cues', () => {
    expectWellFormed(t);
    expect(english(t.warnings)).toEqual([]);
    expect(speakersOf(t)).toEqual(['Anna Schmidt', 'José Martínez']);
    expect(t.turns.map((x) => [x.speaker, x.startMs, x.endMs])).toEqual([
      ['Anna Schmidt', 3120, 9010],
      ['José Martínez', 10_250, 18_330],
      ['Anna Schmidt', 19_000, 21_400],
      ['José Martínez', 22_100, 27_950],
      ['Anna Schmidt', 28_300, 29_000],
    ]);
  });

  it('drops NOTE blocks and GUID ids, decodes entities, joins a two-line cue', () => {
    expect(turnTexts(t)).toEqual([
      "Thanks for joining, everyone. Can you hear me? Let's start with how you use the app today.",
      'Mostly on my phone, on the train & at lunch. The export is the first thing I open <every> morning.',
      'Why the export?',
      'Because my manager asks for the numbers before the stand-up.',
      'Got it.',
    ]);
    expect(t.text).not.toMatch(/NOTE|Confidence|3f1c2b7a|-->|<v/);
  });
});

describe('WebVTT details', () => {
  it('a speaker-less cue between two cues of one speaker is its own turn, and splits that speaker’s turn', () => {
    const t = parseVtt(
      'WEBVTT\n\n00:01.000 --> 00:02.000\nAna: Hi there.\n\n00:02.000 --> 00:03.000\nHmm.\n\n00:03.000 --> 00:04.000\nAna: Anyway.\n\n00:04.000 --> 00:05.000\nBen: Yes.\n',
    );
    expect(t.turns.map((x) => x.speaker)).toEqual(['Ana', null, 'Ana', 'Ben']);
    expect(turnTexts(t)).toEqual(['Hi there.', 'Hmm.', 'Anyway.', 'Yes.']);
  });

  it('one `Note: …` in unlabelled captions is text, not a speaker', () => {
    const t = parseVtt(
      'WEBVTT\n\n00:01.000 --> 00:02.000\nWe start now.\n\n00:02.000 --> 00:03.000\nNote: this is recorded.\n\n00:03.000 --> 00:04.000\nThanks all.\n\n00:04.000 --> 00:05.000\nOkay then.\n\n00:05.000 --> 00:06.000\nGo on.\n',
    );
    expect(speakersOf(t)).toEqual([null]);
    expect(t.text).toContain('Note: this is recorded.');
  });

  it('warns about a cue that starts before the previous one and keeps file order', () => {
    const t = parseVtt('WEBVTT\n\n00:00:10.000 --> 00:00:11.000\nA: late.\n\n00:00:05.000 --> 00:00:06.000\nB: early.\n');
    expect(turnTexts(t)).toEqual(['late.', 'early.']);
    expect(english(t.warnings)).toEqual([
      'line 6: the cue starts (00:00:05.000) before the cue above it (00:00:10.000); file order was kept',
    ]);
  });

  it('keeps what is valid in a file cut off inside a timing line, and names the line', () => {
    const t = parseVtt('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nFirst cue.\n\n00:00:03.000 --> 0');
    expect(turnTexts(t)).toEqual(['First cue.']);
    expect(english(t.warnings)).toEqual(['line 6: unreadable cue timing "00:00:03.000 --> 0"; the cue was skipped']);
  });

  it('warns about a last cue with a timing line but no text', () => {
    const t = parseVtt('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nFirst cue.\n\n7\n00:00:03.000 --> 00:00:04.000\n');
    expect(t.turns).toHaveLength(1);
    expect(english(t.warnings)).toEqual(['line 7: the last cue has no text (the file may be cut off)']);
  });

  it('a file whose only cue is truncated fails with that cue’s line', () => {
    const e = parseError(() => parseVtt('WEBVTT\n\n00:00:01.000 --> 00:0'));
    // "00:0" still reads as a time (0 s), so what is missing is the text.
    expect(e.message).toBe('no transcript turns found: the last cue has no text (the file may be cut off)');
    expect(e.line).toBe(3);
    const cut = parseError(() => parseVtt('WEBVTT\n\nintro\n00:00:01.000 --> 00:00:0x\nHello'));
    expect(cut.message).toBe('no transcript turns found: unreadable cue timing "00:00:01.000 --> 00:00:0x"; the cue was skipped');
    expect(cut.line).toBe(4);
  });

  it('a header-only file has no turns', () => {
    expect(parseError(() => parseVtt('WEBVTT\nKind: captions\n\nNOTE nothing here\n')).message).toBe('no transcript turns found');
  });

  it('warns about text outside cues and about a missing signature, and still reads the cues', () => {
    const t = parseVtt('00:00:01.000 --> 00:00:02.000\nHello.\n\nstray words\n\n00:00:03.000 --> 00:00:04.000\nBye.\n');
    expect(turnTexts(t)).toEqual(['Hello.', 'Bye.']);
    expect(english(t.warnings)).toEqual([
      'line 1: the file does not start with "WEBVTT"; it was read as WebVTT anyway',
      'line 4: text outside any cue was ignored',
    ]);
  });

  it('strips <i>, <b>, <lang>, class spans and keeps unknown angle text like "<3"', () => {
    const t = parseVtt('WEBVTT\n\n00:01.000 --> 00:02.000\n<v.loud Mia>I <i>really</i> <b>love</b> <lang fr>ça</lang> <3</v>\n');
    expect(t.turns[0]!.speaker).toBe('Mia');
    expect(t.text).toBe('I really love ça <3');
  });

  it('YouTube rolling captions: the 10 ms cue of "text" plus a line of one space repeats nothing', () => {
    const cue = (from: string, to: string, ...lines: string[]) => `${from} --> ${to} align:start position:0%\n${lines.join('\n')}\n\n`;
    const src =
      'WEBVTT\nKind: captions\nLanguage: en\n\n' +
      cue('00:00:00.000', '00:00:02.880', 'start', 'we<00:00:00.200><c> ship</c>') +
      cue('00:00:02.880', '00:00:02.890', 'we ship', ' ') +
      cue('00:00:02.890', '00:00:05.760', 'we ship', 'every<00:00:03.080><c> friday</c>') +
      cue('00:00:05.760', '00:00:05.770', 'every friday', ' ') +
      cue('00:00:05.770', '00:00:07.000', 'every friday', 'okay');
    const t = parseVtt(src);
    expect(t.text).toBe('start we ship every friday okay');
    expect(english(t.warnings)).toEqual([]);
  });

  it('a single-line cue repeating the one before is kept (people do say "Okay." twice)', () => {
    const t = parseVtt('WEBVTT\n\n00:01.000 --> 00:02.000\nOkay.\n\n00:02.000 --> 00:03.000\nOkay.\n');
    expect(turnTexts(t)).toEqual(['Okay.', 'Okay.']);
  });

  it('a not-quite-empty separator line before a numbered cue id: the id is not text', () => {
    const t = parseVtt('WEBVTT\n\n1\n00:01.000 --> 00:02.000\nAna: Hello.\n \n2\n00:02.000 --> 00:03.000\nBen: World.\n');
    expect(turnTexts(t)).toEqual(['Hello.', 'World.']);
    const srt = parseSrt('1\n00:00:01,000 --> 00:00:02,000\nHello.\n  \n2\n00:00:02,000 --> 00:00:03,000\nWorld.\n');
    expect(turnTexts(srt)).toEqual(['Hello.', 'World.']);
  });

  it('decodes &nbsp; &lrm; and numeric references', () => {
    const t = parseVtt('WEBVTT\n\n00:01.000 --> 00:02.000\nA&nbsp;B &lrm;C &#233;&#x1F600; &bogus;\n');
    expect(t.text).toBe('A B \u200eC é😀 &bogus;');
  });

  it('a cue ending before it starts gets end = start', () => {
    const t = parseVtt('WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nOdd.\n');
    expect(t.turns[0]).toMatchObject({ startMs: 5000, endMs: 5000 });
    expect(english(t.warnings)).toHaveLength(1);
  });

  it('caps the warning list on a file full of broken cues', () => {
    const t = parseVtt(`WEBVTT\n\n${'00:00:01.000 --> xx\nbad\n\n'.repeat(500)}00:00:01.000 --> 00:00:02.000\nOk.\n`);
    expect(english(t.warnings)).toHaveLength(51);
    expect(english(t.warnings)[50]).toBe('…and 450 more warnings like these.');
  });
});

describe('SRT and SBV details', () => {
  it('SRT: removes <i>/<font>/{\\an8}, reads a cue number glued to the previous cue', () => {
    const t = parseSrt(
      '1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>Hello</i>\n2\n00:00:02,500 --> 00:00:03,000\n<font color="#fff">there.</font>\n',
    );
    expect(t.text).toBe('Hello there.');
    expect(t.turns[0]).toMatchObject({ startMs: 1000, endMs: 3000 });
  });

  it('SRT: speaker prefixes are detected as in WebVTT', () => {
    const t = parseSrt('1\n00:00:01,000 --> 00:00:02,000\nKIM: Ready?\n\n2\n00:00:02,000 --> 00:00:03,000\nLEE: Yes.\n');
    expect(t.turns.map((x) => x.speaker)).toEqual(['KIM', 'LEE']);
  });

  it('SBV: a timing line with no text is warned with its line', () => {
    const t = parseSbv('0:00:01.000,0:00:02.000\nOne.\n\n0:00:03.000,0:00:04.000\n\n0:00:05.000,0:00:06.000\nTwo.\n');
    expect(turnTexts(t)).toEqual(['One.', 'Two.']);
    expect(english(t.warnings)).toEqual(['line 4: a cue has no text']);
  });
});
