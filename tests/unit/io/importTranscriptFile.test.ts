import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { readTranscript } from '../../../main/io/transcripts/importTranscriptFile';
import { MAX_TRANSCRIPT_BYTES } from '../../../shared/transcripts/types';
import { buildDocx, para, writeZip } from '../formats/zipWriter';

const utf8 = (s: string) => new TextEncoder().encode(s);

function importError(name: string, bytes: Uint8Array): string {
  try {
    readTranscript(name, bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('IMPORT_FAILED');
    return (e as Error).message;
  }
  throw new Error('expected an AppError');
}

describe('readTranscript', () => {
  it('routes DOCX by extension or by the zip signature, everything else to the text parsers', () => {
    const doc = buildDocx(para('Ana: Hi.') + para('Ben: Hello.'));
    expect(readTranscript('interview.docx', doc).format).toBe('docx');
    expect(readTranscript('interview.bin', doc).format).toBe('docx');
    expect(readTranscript('call.vtt', utf8('WEBVTT\n\n00:01.000 --> 00:02.000\nHi.\n')).format).toBe('vtt');
  });

  it('names the file, and the line when one is known', () => {
    expect(importError('C:\\Users\\me\\call.vtt', utf8('WEBVTT\n\n00:00:01.000 --> 0\nHello'))).toBe(
      'call.vtt, line 3: no transcript turns found: unreadable cue timing "00:00:01.000 --> 0"; the cue was skipped.',
    );
    expect(importError('/tmp/empty.srt', new Uint8Array())).toBe('empty.srt: the file is empty.');
    expect(importError('blob.txt', new Uint8Array([1, 2, 0, 3]))).toBe('blob.txt: the file looks like a binary file, not text.');
    expect(importError('notes.txt', utf8('\n\n  \n'))).toBe('notes.txt: the file has no text.');
  });

  it('refuses a file over 60 MB, DOCX included, before reading it', () => {
    const big = new Uint8Array(MAX_TRANSCRIPT_BYTES + 1024 * 1024);
    big.set([0x50, 0x4b, 3, 4]);
    expect(importError('huge.docx', big)).toBe('huge.docx: the file is 61 MB; transcripts up to 60 MB can be imported.');
  });

  it('explains DOCX refusals with the file name', () => {
    const bomb = writeZip([{ name: 'word/document.xml', data: new Uint8Array(25 * 1024 * 1024) }]);
    expect(importError('bomb.docx', bomb)).toBe(
      'bomb.docx: the document cannot be opened safely: the entry "word/document.xml" is compressed more than 200:1, which only zip bombs do.',
    );
    expect(importError('old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toMatch(
      /^old\.doc: this is an old Word 97–2003 document/,
    );
    expect(importError('scan.txt', utf8('%PDF-1.7\n'))).toMatch(/^scan\.txt: PDF files cannot be imported/);
    expect(importError('fake.docx', utf8('Ana: hi'))).toMatch(
      /^fake\.docx: the document cannot be opened safely: this is not a zip archive/,
    );
  });
});
