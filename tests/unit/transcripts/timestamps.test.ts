import { describe, expect, it } from 'vitest';
import { cleanCueLine, decodeEntities } from '../../../shared/transcripts/cueText';
import { splitBracketLabel, splitColonLabel } from '../../../shared/transcripts/speakers';
import { formatClock, matchLeadingStamp, parseArrowTiming, parseClock, parseSbvTiming } from '../../../shared/transcripts/timestamps';

describe('timestamps', () => {
  it.each([
    ['00:01:02.500', 62_500],
    ['01:02.5', 62_500],
    ['0:0:0.570', 570],
    ['0:0:1.13', 1130],
    ['00:00:03,760', 3760],
    ['1:02', 62_000],
    ['1:02:03', 3_723_000],
    ['00:00:01.1234567', 1123],
    ['120:00:00.000', 432_000_000],
  ])('parseClock(%s) = %d', (text, ms) => expect(parseClock(text)).toBe(ms));

  it.each(['', '1', '00:60:00', '00:00:60', '1:2:3:4', 'a:bc', '00:00:01.', '-1:00', ' 1:02'])('parseClock(%j) is null', (text) =>
    expect(parseClock(text)).toBeNull(),
  );

  it('cue timing lines', () => {
    expect(parseArrowTiming('00:04:46.070 --> 00:04:46.470 align:start position:0%')).toEqual({ startMs: 286_070, endMs: 286_470 });
    expect(parseArrowTiming('0:0:0.210 --> 0:0:1.130')).toEqual({ startMs: 210, endMs: 1130 });
    expect(parseArrowTiming('00:00:00,080-->00:00:03,760')).toEqual({ startMs: 80, endMs: 3760 });
    expect(parseArrowTiming('00:00:01.000 -->')).toBeNull();
    expect(parseSbvTiming('0:00:17.484,0:00:16.543')).toEqual({ startMs: 17_484, endMs: 16_543 });
    expect(parseSbvTiming('0:00:17.484')).toBeNull();
  });

  it('bracketed stamps must pair their brackets', () => {
    expect(matchLeadingStamp('[00:01:02] Ana: hi')).toEqual({ ms: 62_000, length: 10 });
    expect(matchLeadingStamp('(1:02) hi')).toEqual({ ms: 62_000, length: 6 });
    expect(matchLeadingStamp('[00:01:02.250]')).toEqual({ ms: 62_250, length: 14 });
    expect(matchLeadingStamp('[00:01:02) hi')).toBeNull();
    expect(matchLeadingStamp('(id1) hi')).toBeNull();
  });

  it('formats for warnings', () => {
    expect(formatClock(3_723_004)).toBe('01:02:03.004');
  });
});

describe('speaker labels', () => {
  it.each([
    ['Dr. Melissa Ko: and I', 'Dr. Melissa Ko', 'and I'],
    ['Speaker 1: yes', 'Speaker 1', 'yes'],
    ['Interviewer (Anna):', 'Interviewer (Anna)', ''],
    ['李明：好', '李明', '好'],
    ['O’Neil: hi', 'O’Neil', 'hi'],
  ])('%j is a label', (line, label, rest) => expect(splitColonLabel(line)).toEqual({ label, rest }));

  it.each([
    '10:30 we met',
    'https://example.com',
    'and he said: go',
    'Yes, Connor, everything: fine',
    '1: first point',
    'One two three four five six seven: x',
    ': nothing',
  ])('%j is not a label', (line) => expect(splitColonLabel(line)).toBeNull());

  it('bracket labels', () => {
    expect(splitBracketLabel('[id1] hello')).toEqual({ label: 'id1', rest: 'hello' });
    expect(splitBracketLabel('[id1]hello')).toBeNull();
    expect(splitBracketLabel('[a, b] hello')).toBeNull();
  });
});

describe('cue text cleaning', () => {
  it('strips inline word timestamps and class spans', () => {
    expect(cleanCueLine('this<00:05:04.199><c> will</c><c.colorE5E5E5><00:05:04.379><c> happen</c></c>')).toBe('this will happen');
  });

  it('decodes entities after stripping tags, so escaped markup stays text', () => {
    expect(cleanCueLine('&lt;v Bob&gt; is literal')).toBe('<v Bob> is literal');
    expect(decodeEntities('&amp;amp; &#0; &#xD800; &#x110000;')).toBe('&amp; &#0; &#xD800; &#x110000;');
  });
});
