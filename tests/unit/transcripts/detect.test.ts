import { describe, expect, it } from 'vitest';
import { fileExtension, parseTranscript, sniffFormat } from '../../../main/io/transcripts/detect';
import { MAX_TRANSCRIPT_BYTES, TranscriptParseError } from '../../../shared/transcripts/types';
import { expectWellFormed, turnTexts } from './invariants';
import { english } from '../../english';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** UTF-16 with a BOM, as Windows tools write "Unicode" text. */
function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  if (endian === 'be') for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return new Uint8Array(le);
}

function parseError(name: string, bytes: Uint8Array): TranscriptParseError {
  try {
    parseTranscript(name, bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(TranscriptParseError);
    expect((e as Error).message).not.toContain(name); // the importer adds the file name
    return e as TranscriptParseError;
  }
  throw new Error('expected a TranscriptParseError');
}

const VTT = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Zoë>Grüße 🙂</v>\n\n00:00:02.000 --> 00:00:03.000\n<v Ian>Hi.</v>\n';

describe('parseTranscript: encodings and line endings', () => {
  it.each(['le', 'be'] as const)('reads UTF-16%s with a BOM', (endian) => {
    const t = parseTranscript('call.vtt', utf16(VTT, endian));
    expectWellFormed(t);
    expect(t.turns.map((x) => x.speaker)).toEqual(['Zoë', 'Ian']);
    expect(turnTexts(t)).toEqual(['Grüße 🙂', 'Hi.']);
  });

  it('normalises CRLF and lone CR once, so line numbers and offsets match on every platform', () => {
    const t = parseTranscript(
      'call.vtt',
      utf8('WEBVTT\r\n\r\n00:00:01.000 --> 00:00:02.000\r\nA: one\r\n\r\n00:00:05.000 --> 00:00:03.000\rB: two\r'),
    );
    expect(t.text).toBe('one\n\ntwo');
    expect(english(t.warnings)).toEqual([
      'line 6: the cue ends (00:00:03.000) before it starts (00:00:05.000); its end was set to its start',
    ]);
  });

  it('reads non-UTF-8 Western bytes as Windows-1252 and says so first in the warnings', () => {
    const t = parseTranscript('notes.txt', new Uint8Array([...utf8('Ren'), 0xe9, ...utf8(': Caf'), 0xe9, ...utf8(' au lait.\nAna: Oui.')]));
    expect(t.text).toBe('Café au lait.\n\nOui.');
    expect(t.turns.map((x) => x.speaker)).toEqual(['René', 'Ana']);
    expect(english(t.warnings)[0]).toMatch(/^The file is not UTF-8.*Windows-1252/);
  });
});

describe('parseTranscript: choosing the parser', () => {
  it('goes by extension, and by content when the content is unmistakable', () => {
    expect(parseTranscript('a.vtt', utf8(VTT)).format).toBe('vtt');
    const misnamed = parseTranscript('export.txt', utf8(VTT));
    expect(misnamed.format).toBe('vtt');
    expect(english(misnamed.warnings)[0]).toBe('The file is named like plain text but its content is WebVTT, so it was read as WebVTT.');
    expect(parseTranscript('noext', utf8('1\n00:00:01,000 --> 00:00:02,000\nHi.\n')).format).toBe('srt');
    expect(parseTranscript('captions.txt', utf8('0:00:01.000,0:00:02.000\nHi.\n')).format).toBe('sbv');
    expect(parseTranscript('notes.MD', utf8('**A:** hi\n')).format).toBe('markdown');
    expect(parseTranscript('notes', utf8('A: hi\n')).format).toBe('text');
  });

  it('sniffs only the first lines', () => {
    expect(sniffFormat('\n\n12\n00:00:01,000 --> 00:00:02,000\n')).toBe('srt');
    expect(sniffFormat('WEBVTT - title\n')).toBe('vtt');
    expect(sniffFormat('WEBVTTX\n')).toBeNull();
    expect(sniffFormat('Hello\n1\n00:00:01,000 --> 00:00:02,000\n')).toBeNull();
  });

  it('extensions', () => {
    expect(fileExtension('C:\\calls\\Week 1.VTT')).toBe('vtt');
    expect(fileExtension('/x/.hidden')).toBe('');
    expect(fileExtension('archive.tar.gz')).toBe('gz');
  });
});

describe('parseTranscript: hostile input', () => {
  it('refuses an empty file, a whitespace-only file and a binary file', () => {
    expect(parseError('empty.vtt', new Uint8Array()).message).toBe('the file is empty');
    expect(parseError('blank.txt', utf8(' \n\n\t')).message).toBe('the file has no text');
    expect(parseError('photo.vtt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])).message).toBe(
      'the file looks like a binary file, not text',
    );
    expect(parseError('a.txt', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2])).message).toMatch(/Word document or zip archive/);
  });

  it('says so when a file is UTF-16 without a byte-order mark (instead of calling it binary)', () => {
    const le = utf16(VTT, 'le').subarray(2);
    const be = utf16(VTT, 'be').subarray(2);
    for (const bytes of [le, be])
      expect(parseError('nobom.vtt', bytes).message).toBe(
        'the file looks like UTF-16 text without a byte-order mark; save it as UTF-8 and import again',
      );
  });

  it('refuses a UTF-16 file with invalid characters', () => {
    expect(parseError('u.vtt', new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00])).message).toMatch(
      /UTF-16LE but contains invalid characters/,
    );
  });

  it('refuses more than 60 MB before decoding anything', () => {
    // All NUL bytes: had the bytes been decoded first, the message would say "binary".
    const big = new Uint8Array(MAX_TRANSCRIPT_BYTES + 1);
    expect(parseError('huge.vtt', big).message).toBe('the file is 60 MB; transcripts up to 60 MB can be imported');
  });

  it('a file of exactly 60 MB is not refused for its size', () => {
    const edge = new Uint8Array(MAX_TRANSCRIPT_BYTES).fill(0x20);
    expect(parseError('edge.txt', edge).message).toBe('the file has no text');
  });

  const PATHOLOGICAL: [string, string][] = [
    ['brackets.txt', '['.repeat(200_000)],
    ['brackets.md', `**${'[('.repeat(100_000)}`],
    ['clock.vtt', '0:0:0:0:'.repeat(25_000)],
    ['clock.txt', `A  ${'0:0:0:0:'.repeat(25_000)}`],
    ['arrows.vtt', `WEBVTT\n\n${'00:00:00.000 --> '.repeat(12_000)}`],
    ['arrows.srt', `1\n${'0:0 --> '.repeat(25_000)}\n${'x\n'.repeat(50_000)}`],
    ['tags.vtt', `WEBVTT\n\n00:01.000 --> 00:02.000\n${'<v <c.'.repeat(40_000)}`],
    ['tags2.vtt', `WEBVTT\n\n00:01.000 --> 00:02.000\n<c${' a'.repeat(100_000)}`],
    ['entities.srt', `1\n00:00:01,000 --> 00:00:02,000\n${'&#'.repeat(100_000)}`],
    ['colons.txt', `${'Aa '.repeat(30)}${':'.repeat(200_000)}`],
    ['spaces.txt', `Name${' '.repeat(200_000)}1:02`],
    ['labels.txt', 'A: x\n'.repeat(100_000)],
    ['stamps.txt', '(00:01:02'.repeat(20_000)],
    ['blank-cues.sbv', '0:00:01.000,0:00:02.000\n\n'.repeat(50_000)],
  ];

  it.each(PATHOLOGICAL)('%s finishes fast (no regex backtracking, no quadratic work)', (name, content) => {
    const started = performance.now();
    try {
      expectWellFormed(parseTranscript(name, utf8(content)));
    } catch (e) {
      expect(e).toBeInstanceOf(TranscriptParseError);
    }
    // Linear parsing takes ~150 ms here; the bound is loose for a busy 2-core CI machine, while a
    // backtracking or quadratic path on these inputs takes minutes.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
