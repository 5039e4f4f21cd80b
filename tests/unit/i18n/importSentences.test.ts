/**
 * What imports say travels as catalogue ids with values (shared/i18n/sentence.ts), and each reader
 * says it in its own language: a refusal with its reason nested inside, a transcript reader's
 * warnings and their count, an encoding guess with both encodings named, a job's stage.
 */
import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../main/api/errors';
import { readTranscript } from '../../../main/io/importTranscriptFile';
import { JobTracker } from '../../../main/jobs/tracker';
import { saySentence } from '../../../shared/i18n/sentence';
import { translatorFor } from '../../../shared/i18n/translator';
import type { EventPayload } from '../../../shared/ipc/events';
import { failureText, type AppFailure } from '../../../shared/result';
import { decodeText } from '../../../shared/text/decode';
import { parseTranscript } from '../../../shared/transcripts/detect';

const en = translatorFor('en');
const hr = translatorFor('hr');
const zh = translatorFor('zh-Hans');

function refusal(fileName: string, bytes: Uint8Array): AppFailure {
  try {
    readTranscript(fileName, bytes);
  } catch (error) {
    // Across the boundary as JSON, as the renderer and the CLI receive it.
    return JSON.parse(JSON.stringify((error as AppError).toFailure())) as AppFailure;
  }
  throw new Error('the file was read');
}

describe('import sentences in Croatian and Chinese', () => {
  it('a damaged .docx: the file, the reader and the zip reason, each in the language', () => {
    const f = refusal('razgovor.docx', Buffer.from('PK\u0003\u0004 odrezano'));
    expect(f.code).toBe('IMPORT_FAILED');
    expect(f.message).toBe('razgovor.docx: the document cannot be opened safely: this is not a zip archive, or it is cut off (no central directory).');
    expect(failureText(hr, f)).toBe('razgovor.docx: dokument se ne može sigurno otvoriti: ovo nije zip arhiva ili je odrezana (nema središnjeg direktorija).');
    expect(failureText(zh, f)).toBe('razgovor.docx：无法安全地打开该文档：这不是 zip 压缩包，或者文件不完整（没有中央目录）。');
  });

  it('a file with no turns names its line and the warning that explains it', () => {
    const f = refusal('poziv.vtt', Buffer.from('WEBVTT\n\n00:00:01.000 --> 0\nZdravo\n'));
    expect(f.message).toBe('poziv.vtt, line 3: no transcript turns found: unreadable cue timing "00:00:01.000 --> 0"; the cue was skipped.');
    expect(failureText(hr, f)).toBe('poziv.vtt, redak 3: u transkriptu nije pronađena nijedna replika: nečitljivo vrijeme titla „00:00:01.000 --> 0”; titl je preskočen.');
    expect(failureText(zh, f)).toBe('poziv.vtt，第 3 行：未找到逐字稿中的任何发言：无法读取的字幕时间“00:00:01.000 --> 0”；已跳过该字幕。');
  });

  it('warnings beyond the cap are counted with the plural forms of each language (Croatian few)', () => {
    const cues = Array.from({ length: 53 }, (_, i) => `00:00:0${i % 10}.000 --> x\ntekst ${i}\n`).join('\n');
    const t = parseTranscript('a.vtt', Buffer.from(`WEBVTT\n\n${cues}\n00:01:00.000 --> 00:01:02.000\nAna: dobro\n`));
    const last = t.warnings.at(-1)!;
    expect(saySentence(en, last)).toBe('…and 3 more warnings like these.');
    expect(saySentence(hr, last)).toBe('… i još 3 slična upozorenja.');
    expect(saySentence(hr, { ...last, values: { count: 5 } })).toBe('… i još 5 sličnih upozorenja.');
    expect(saySentence(hr, { ...last, values: { count: 21 } })).toBe('… i još 21 slično upozorenje.');
    expect(saySentence(zh, last)).toBe('……另有 3 条类似警告。');
    expect(saySentence(hr, t.warnings[0]!)).toBe('redak 3: nečitljivo vrijeme titla „00:00:00.000 --> x”; titl je preskočen');
  });

  it('an encoding guess names both encodings in the language', () => {
    const d = decodeText(Buffer.from([0x49, 0x6d, 0x65, 0x0a, 0xc8, 0x61, 0xe8, 0x61, 0x6b, 0x0a]), 'a.csv');
    expect(d.evidence).toBe('weak');
    expect(saySentence(hr, d.note!)).toBe(
      'Datoteka a.csv nije u kodiranju UTF-8. Pročitana je kao Zapadnoeuropsko (Windows-1252), ali gotovo je jednako vjerojatno Srednjoeuropsko (Windows-1250): provjerite slova u pregledu i odaberite drugo kodiranje ako izgledaju pogrešno.',
    );
    expect(saySentence(zh, d.note!)).toBe('a.csv不是 UTF-8。已按西欧语言（Windows-1252）读取，但中欧语言（Windows-1250）的可能性几乎相同：请检查预览中的字符，如有错误请选择其他编码。');
  });

  it("a job's stage crosses as an id with values, its English beside it", async () => {
    const seen: EventPayload<'job:progress'>[] = [];
    const tracker = new JobTracker((p) => seen.push(p));
    await tracker.follow('job-1', async (control) => control.progress?.('imports.stageRendering', 10, { format: 'PDF' }));
    expect(seen[0]).toEqual({ jobId: 'job-1', stage: 'Rendering PDF', stageId: 'imports.stageRendering', values: { format: 'PDF' }, percent: 10 });
    expect(saySentence(hr, { id: seen[0]!.stageId, values: seen[0]!.values })).toBe('Izrada PDF datoteke');
    expect(saySentence(zh, { id: seen[1]!.stageId })).toBe('完成');
  });
});
