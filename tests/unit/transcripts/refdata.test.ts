// Every real-world file in shared/refdata/transcripts and shared/refdata/corpus (see their
// SOURCES.md) must import with the right speakers and a sensible number of turns. Expected counts
// were cross-checked independently (awk over speaker changes), not copied from the parser.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../main/io/transcripts/detect';
import { type ParsedTranscript } from '../../../shared/transcripts/types';
import { expectWellFormed, speakersOf, turnTexts } from './invariants';
import { english } from '../../english';

const REFDATA = new URL('../../../../shared/refdata/', import.meta.url);
const raw = (path: string) => new Uint8Array(readFileSync(new URL(path, REFDATA)));
const load = (path: string): ParsedTranscript => parseTranscript(path.split('/').pop()!, raw(path));

describe('refdata/transcripts', () => {
  it('has no file this suite does not cover', () => {
    const covered = new Set([
      'SOURCES.md',
      'captions_with_bom.vtt',
      'teams_timeframe.vtt',
      'youtube_dl_autocaptions_snippet.vtt',
      'youtube_qWVTjMsv7AE_captions.srt',
      'youtube_sample.sbv',
      'zoom_GMT20240124-202901_Recording.cc.vtt',
      'zoom_GMT20240124-202901_Recording.transcript.vtt',
    ]);
    expect(readdirSync(new URL('transcripts/', REFDATA)).filter((f) => !covered.has(f))).toEqual([]);
  });

  it('Zoom transcript: `Name: text` cues become named turns, the speaker-less "Hmm." its own turn', () => {
    const t = load('transcripts/zoom_GMT20240124-202901_Recording.transcript.vtt');
    expectWellFormed(t);
    expect(t.format).toBe('vtt');
    expect(english(t.warnings)).toEqual([]);
    expect(new Set(speakersOf(t))).toEqual(
      new Set(['Srijani Ghosh', 'Conor Healy', 'Dr. Melissa Ko', 'Shreeharsh Kelkar', 'Ryan Sloan', null]),
    );
    // 102 cues, 26 speaker changes: consecutive cues of one speaker are one turn.
    expect(t.turns).toHaveLength(26);
    const texts = turnTexts(t);
    expect(t.turns[0]).toMatchObject({ speaker: 'Srijani Ghosh', startMs: 50, endMs: 1790 });
    expect(texts[0]).toBe('Hi!');
    expect(texts[2]).toBe('Hello! Hello! Hello! Why are you so dark? So');
    expect(t.turns[4]).toMatchObject({ speaker: 'Dr. Melissa Ko', startMs: 32_520, endMs: 66_220 });
    expect(texts[4]).toMatch(/^and I'll just do a little bit of walkthrough\. .* the briefest of introduction to our and our studio\.$/);
    expect(t.turns[11]).toMatchObject({ speaker: null, startMs: 307_300, endMs: 307_980 });
    expect(texts[11]).toBe('Hmm.');
    expect(t.turns[12]!.speaker).toBe('Ryan Sloan');
    expect(t.turns[25]).toMatchObject({ speaker: 'Conor Healy', startMs: 695_350, endMs: 735_620 });
    expect(texts[25]).toMatch(/everybody can come join\.$/);
    expect(t.text).not.toMatch(/Conor Healy:|Dr\. Melissa Ko:/); // labels are metadata, not text
  });

  it('Zoom closed captions: CRLF, no speakers, whole-second timings, sentence-like turns', () => {
    const t = load('transcripts/zoom_GMT20240124-202901_Recording.cc.vtt');
    expectWellFormed(t);
    expect(t.text).not.toContain('\r');
    expect(speakersOf(t)).toEqual([null]);
    expect(t.turns).toHaveLength(98); // 100 cues; two cues end mid-sentence and join the next
    expect(t.turns[0]).toMatchObject({ startMs: 68_000, endMs: 69_000 });
    expect(turnTexts(t)[0]).toBe("This doesn't.");
    expect(turnTexts(t)[1]).toBe("This as a nerd, it's the window that we use to write our code.");
    expect(t.turns[97]).toMatchObject({ startMs: 724_000, endMs: 739_000 });
    expect(turnTexts(t)[97]).toMatch(/^Can those in the call here\?.*everybody can come join\.$/);
  });

  it('Teams/Stream legacy: `0:0:0.0` timings and <v> voice tags, overlapping cues kept', () => {
    const t = load('transcripts/teams_timeframe.vtt');
    expectWellFormed(t);
    expect(english(t.warnings)).toEqual([]); // overlap is normal in Teams; only starts going backwards is warned
    expect(t.turns.map((x) => [x.speaker, x.startMs, x.endMs])).toEqual([
      ['Yuri Bakulin', 0, 570],
      ['Adrian Petrescu', 210, 1130],
    ]);
    expect(turnTexts(t)).toEqual(['There you go.', 'Why hello there, Yuri.']);
  });

  it('YouTube auto-captions: header and styles skipped, word timestamps and <c> spans stripped, rolling lines removed', () => {
    const t = load('transcripts/youtube_dl_autocaptions_snippet.vtt');
    expectWellFormed(t);
    expect(t.turns).toHaveLength(1);
    expect(t.text).toBe("yeah what this will happen is I'm telling");
    expect(t.turns[0]).toMatchObject({ speaker: null, startMs: 286_070, endMs: 305_069 });
    expect(t.text).not.toMatch(/[<>]|::cue|Kind:|##/);
    const words = t.text.split(' ');
    for (let i = 1; i < words.length; i++) expect(words[i]).not.toBe(words[i - 1]); // no "yeah yeah"
    expect(t.text.match(/this will happen/g)).toHaveLength(1);
  });

  it('a UTF-8 BOM before WEBVTT is not part of the text and does not hide the signature', () => {
    const t = load('transcripts/captions_with_bom.vtt');
    expectWellFormed(t);
    expect(t.format).toBe('vtt');
    expect(english(t.warnings)).toEqual([]);
    // Four unpunctuated, back-to-back captions read as one running sentence.
    expect(t.text).toBe('Caption text #1 Caption text #2 Caption text #3 Caption text #4');
    expect(t.turns[0]).toMatchObject({ speaker: null, startMs: 500, endMs: 21_580 });
  });

  it('SBV: comma-separated timings, the last cue ending before it starts is warned and repaired', () => {
    const t = load('transcripts/youtube_sample.sbv');
    expectWellFormed(t);
    expect(t.format).toBe('sbv');
    expect(english(t.warnings)).toEqual([
      'line 14: the cue ends (00:00:16.543) before it starts (00:00:17.484); its end was set to its start',
    ]);
    expect(t.text).toBe(
      'Caption text #1 Caption text #2 Caption text #3 (line 1) Caption text #3 (line 2) Caption text #4 Caption text #5',
    );
    expect(t.turns[0]).toMatchObject({ startMs: 378, endMs: 17_484 });
  });

  it('SRT: numbered cues, trailing (non-breaking) spaces trimmed, lines joined, sentences kept whole', () => {
    const t = load('transcripts/youtube_qWVTjMsv7AE_captions.srt');
    expectWellFormed(t);
    expect(t.format).toBe('srt');
    expect(speakersOf(t)).toEqual([null]);
    expect(t.turns.length).toBeGreaterThanOrEqual(40); // 92 cues joined into sentences
    expect(t.turns.length).toBeLessThanOrEqual(92);
    expect(t.text).not.toMatch(/[ \u00a0]\n|[ \u00a0]$|\u00a0/);
    const texts = turnTexts(t);
    expect(texts[0]).toBe('The web as we know it today has become incredibly important.');
    expect(t.turns[0]).toMatchObject({ startMs: 80, endMs: 3760 });
    expect(texts[1]).toBe(
      "But it's not without its problems. In 2017, 28 years after the web was conceived, Sir Tim Berners-Lee wrote about 3 trends that worried him.",
    );
    expect(t.turns[1]).toMatchObject({ startMs: 3760, endMs: 13_680 });
    expect(texts[texts.length - 1]).toMatch(/Thanks for watching, and till next time!$/);
    expect(t.turns[t.turns.length - 1]!.endMs).toBe(440_720);
    expect(t.text).toContain('—'); // multi-byte punctuation survives (the file has em-dashes, not curly quotes)
    expect(t.text).not.toMatch(/^\d+$/m); // cue numbers are not text
  });
});

describe('refdata/corpus', () => {
  it('has no file this suite does not cover', () => {
    const covered = new Set([
      'SOURCES.md',
      'pdpilot_interview_P1.txt',
      'pdpilot_interview_P2.txt',
      'pdpilot_interview_P3.txt',
      'qualcoder_example_focusgroup_transcript.txt',
    ]);
    expect(readdirSync(new URL('corpus/', REFDATA)).filter((f) => !covered.has(f))).toEqual([]);
  });

  it.each([
    ['pdpilot_interview_P1.txt', 92, 46, 46],
    ['pdpilot_interview_P2.txt', 159, 80, 79],
    ['pdpilot_interview_P3.txt', 121, 61, 60],
  ])(
    '%s: interviewer "Dan" and "Participant" turns; the "Interview" title is left out (and said), not a speaker-less turn',
    (file, turns, dan, participant) => {
      const t = load(`corpus/${file}`);
      expectWellFormed(t);
      expect(t.format).toBe('text');
      expect(speakersOf(t)).toEqual(['Dan', 'Participant']);
      expect(t.turns).toHaveLength(turns);
      expect(t.turns.filter((x) => x.speaker === 'Dan')).toHaveLength(dan);
      expect(t.turns.filter((x) => x.speaker === 'Participant')).toHaveLength(participant);
      expect(english(t.warnings)).toEqual([
        'line 1: “Interview” above the first speaker reads as a heading, not something someone said: it was left out of the transcript.',
      ]);
      expect(t.turns[0]!.speaker).toBe('Dan');
      expect(turnTexts(t)[0]).toMatch(/^Okay\. /);
      expect(t.text).not.toMatch(/^(Dan|Participant):/m);
      // No two neighbouring turns share a speaker: same-speaker paragraphs were merged.
      for (let i = 1; i < t.turns.length; i++) expect(t.turns[i]!.speaker).not.toBe(t.turns[i - 1]!.speaker);
    },
  );

  it('P2: two `Dan:` paragraphs in a row become one turn with a line break', () => {
    const t = load('corpus/pdpilot_interview_P2.txt');
    expect(turnTexts(t)[2]).toBe(
      "And then we will be done. Okay. So I'm going to share my screen again. Okay.\nSo the first question is, I guess, do you use PDP and ICE plots in your work? And if so, what is your current approach to using them? So I guess the start would be like, do you use PDP and/or ICE plots in your work?",
    );
    expect(t.turns[2]!.speaker).toBe('Dan');
    expect(turnTexts(t).at(-1)).toBe('Yes, let me remember where that button is.');
  });

  it('P1 keeps typographic apostrophes', () => {
    expect(load('corpus/pdpilot_interview_P1.txt').text).toContain('earth mover’s distance');
  });

  it('QualCoder focus group: `[id1]` tags are speakers', () => {
    const t = load('corpus/qualcoder_example_focusgroup_transcript.txt');
    expectWellFormed(t);
    expect(t.turns.map((x) => x.speaker)).toEqual(['id1', 'id2', 'id3', 'id1', 'id3', 'id1', 'id2']);
    expect(turnTexts(t)[0]).toMatch(/^hello, I like the course\./);
    expect(turnTexts(t)[6]).toBe('Hmm, I will ask the tutor for more help as I am really struggling.');
    expect(t.text).not.toContain('[id');
  });
});
