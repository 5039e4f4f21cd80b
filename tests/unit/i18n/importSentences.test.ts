/**
 * What imports say travels as catalogue ids with values (shared/i18n/sentence.ts), and each reader
 * says it in its own language: a refusal with its reason nested inside, a transcript reader's
 * warnings and their count, an encoding guess with both encodings named, a job's stage.
 */
import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared/errors';
import { readTranscript } from '../../../main/io/transcripts/importTranscriptFile';
import { planProject } from '../../../main/io/refi/planProject';
import { withQdpxBytes } from '../../../main/io/refi/readFile';
import { JobTracker } from '../../../main/jobs/tracker';
import { entryText, saySentence } from '../../../shared/i18n/sentence';
import { translatorFor } from '../../../shared/i18n/translator';
import type { EventPayload } from '../../../shared/ipc/events';
import { failureText, type AppFailure } from '../../../shared/result';
import { decodeText } from '../../../main/formats/text/decode';
import { parseTranscript } from '../../../main/io/transcripts/detect';
import { at, g, qdpx, selection } from '../../integration/refiFixtures';

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
    expect(f.message).toBe(
      'razgovor.docx: the document cannot be opened safely: this is not a zip archive, or it is cut off (no central directory).',
    );
    expect(failureText(hr, f)).toBe(
      'razgovor.docx: dokument se ne može sigurno otvoriti: ovo nije zip arhiva ili je odrezana (nema središnjeg direktorija).',
    );
    expect(failureText(zh, f)).toBe('razgovor.docx：无法安全地打开该文档：这不是 zip 压缩包，或者文件不完整（没有中央目录）。');
  });

  it('a file with no turns names its line and the warning that explains it', () => {
    const f = refusal('poziv.vtt', Buffer.from('WEBVTT\n\n00:00:01.000 --> 0\nZdravo\n'));
    expect(f.message).toBe(
      'poziv.vtt, line 3: no transcript turns found: unreadable cue timing "00:00:01.000 --> 0"; the cue was skipped.',
    );
    expect(failureText(hr, f)).toBe(
      'poziv.vtt, redak 3: u transkriptu nije pronađena nijedna replika: nečitljivo vrijeme titla „00:00:01.000 --> 0”; titl je preskočen.',
    );
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
    expect(saySentence(zh, d.note!)).toBe(
      'a.csv不是 UTF-8。已按西欧语言（Windows-1252）读取，但中欧语言（Windows-1250）的可能性几乎相同：请检查预览中的字符，如有错误请选择其他编码。',
    );
  });

  it("a job's stage crosses as an id with values, its English beside it", async () => {
    const seen: EventPayload<'job:progress'>[] = [];
    const tracker = new JobTracker((p) => seen.push(p));
    await tracker.follow('job-1', async (control) => control.progress?.('imports.stageRendering', 10, { format: 'PDF' }));
    expect(seen[0]).toEqual({
      jobId: 'job-1',
      stage: 'Rendering PDF',
      stageId: 'imports.stageRendering',
      values: { format: 'PDF' },
      percent: 10,
    });
    expect(saySentence(hr, { id: seen[0]!.stageId, values: seen[0]!.values })).toBe('Izrada PDF datoteke');
    expect(saySentence(zh, { id: seen[1]!.stageId })).toBe('完成');
  });
});

describe('a REFI-QDA import report in Croatian and Chinese', () => {
  const TEXT = 'The bus was late again.';
  const qde =
    `<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="P"><CodeBook><Codes><Code guid="${g(1)}" name="Late" isCodable="true"/></Codes></CodeBook>` +
    `<Sources><TextSource guid="${g(20)}" name="Doc"><PlainTextContent>${TEXT}</PlainTextContent>${selection(g(30), at(TEXT, 'The bus was late'), [g(1)])}</TextSource>` +
    `<TextSource guid="${g(21)}" name="Gone" plainTextPath="internal://gone.txt">${selection(g(34), [0, 5], [g(1)])}</TextSource><AudioSource guid="${g(40)}" name="Call" path="internal://x.mp3"/></Sources>` +
    `<Sets><Set guid="${g(60)}" name="Wave 1"><MemberCode targetGUID="${g(1)}"/><MemberSource targetGUID="${g(20)}"/></Set></Sets></Project>`;
  // Across the boundary as JSON, as the renderer and the CLI receive it.
  const report = JSON.parse(
    JSON.stringify(withQdpxBytes(qdpx(qde), ({ project, files }) => planProject(project, files)).report.finish()),
  ) as ReturnType<ReturnType<typeof planProject>['report']['finish']>;
  const said = (locale: 'en' | 'hr' | 'zh-Hans') => {
    const tr = translatorFor(locale);
    return {
      positions: entryText(tr, report.positions!, report.positionsSentence),
      dropped: report.dropped.map((d) => `${entryText(tr, d.what, d.whatSentence)} | ${entryText(tr, d.why, d.whySentence)}`),
      mapped: report.mapped.map((m) => `${entryText(tr, m.what, m.whatSentence)} | ${entryText(tr, m.how, m.howSentence)}`),
    };
  };

  it('keeps its English, word for word', () => {
    expect(report.dropped.map((d) => [d.what, d.why])).toEqual([
      ['source "Gone"', 'its text file internal://gone.txt is not in the .qdpx; its 1 coding(s) could not be placed'],
      [
        'audio "Call"',
        'its transcripts, where the file has them, were imported; Verbatim holds text only, so the recording and selections on them are left out',
      ],
      ['set "Wave 1" (1 sources, 1 codes, 0 notes)', 'Verbatim has no groups of documents or codes; the members themselves were imported'],
    ]);
    expect(report.positions).toBe(
      "emoji and rare characters as two (NVivo's way), Windows line breaks as two (no emoji, rare characters or Windows line breaks, so every way of counting gives the same characters)",
    );
  });

  it('says what was left out and why, with the plural forms of each language', () => {
    expect(said('hr').dropped).toEqual([
      'izvor „Gone” | njegove tekstne datoteke internal://gone.txt nema u .qdpx datoteci; njegovo 1 kodiranje nije moguće smjestiti',
      'zvučni zapis „Call” | uvezeni su njegovi transkripti, ako ih datoteka sadrži; Verbatim čuva samo tekst, pa su snimka i odabiri na njoj izostavljeni',
      'skup „Wave 1” (1 izvor, 1 kod, 0 bilješki) | Verbatim nema skupine dokumenata ni kodova; uvezeni su sami članovi',
    ]);
    expect(said('hr').mapped).toEqual([
      '1 izvor | svaki je postao zasebna sesija (vrste Ostalo) koja ga sadrži kao transkript; REFI-QDA nema sesije',
    ]);
    expect(said('zh-Hans').dropped).toEqual([
      '来源“Gone” | 其文本文件 internal://gone.txt 不在 .qdpx 中；其中 1 个编码无法定位',
      '音频“Call” | 文件中如有其逐字稿，已导入；Verbatim 只保存文本，因此录音及其上的选区未导入',
      '集合“Wave 1”（1 个来源、1 个代码、0 条笔记） | Verbatim 没有文档组或代码组；已导入其中的成员本身',
    ]);
  });

  it('says how positions were counted', () => {
    expect(said('hr').positions).toBe(
      'emojije i rijetke znakove kao dva (NVivov način), prijelome redaka iz Windowsa kao dva (nema emojija, rijetkih znakova ni prijeloma redaka iz Windowsa, pa svaki način brojanja daje iste znakove)',
    );
    expect(said('zh-Hans').positions).toBe(
      '表情符号和罕见字符计为两个（NVivo 的方式），Windows 换行符计为两个（没有表情符号、罕见字符或 Windows 换行符，因此各种计数方式得到的字符相同）',
    );
  });
});

describe('a REFI-QDA import report of many sources of a kind REFI-QDA does not define', () => {
  // 1,200 unknown elements of one kind (past the report's cap of 400 entries) and two of another.
  const unknown = Array.from({ length: 1200 }, (_, i) => `<Spreadsheet name="Sheet ${i + 1}"/>`).join('');
  const qde =
    `<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="P"><Sources>${unknown}` +
    `<TextSource guid="${g(20)}" name="Doc"><PlainTextContent>Hello.</PlainTextContent></TextSource><Survey name="Wave 1"/><Survey/></Sources></Project>`;
  const report = JSON.parse(
    JSON.stringify(withQdpxBytes(qdpx(qde), ({ project, files }) => planProject(project, files)).report.finish()),
  ) as ReturnType<ReturnType<typeof planProject>['report']['finish']>;
  const said = (locale: 'en' | 'nb' | 'hr' | 'hu' | 'zh-Hans') =>
    report.dropped.map(
      (d) => `${entryText(translatorFor(locale), d.what, d.whatSentence)} | ${entryText(translatorFor(locale), d.why, d.whySentence)}`,
    );

  // Each language's words, its number grouping (Norwegian a no-break space, Hungarian none under 10,000) and its plural forms (Croatian one, few and other).
  const lines: Record<'en' | 'nb' | 'hr' | 'hu' | 'zh-Hans', string[]> = {
    en: [
      '<Spreadsheet> "Sheet 1" (and 1,199 more like it) | not a kind of source the REFI-QDA standard defines',
      '<Survey> "Wave 1" (and 1 more like it) | not a kind of source the REFI-QDA standard defines',
    ],
    nb: [
      '<Spreadsheet> «Sheet 1» (og 1\u00a0199 til av samme slag) | ikke en kildetype som REFI-QDA-standarden definerer',
      '<Survey> «Wave 1» (og 1 til av samme slag) | ikke en kildetype som REFI-QDA-standarden definerer',
    ],
    hr: [
      '<Spreadsheet> „Sheet 1” (i još 1.199 takvih) | nije vrsta izvora koju definira standard REFI-QDA',
      '<Survey> „Wave 1” (i još 1 takav) | nije vrsta izvora koju definira standard REFI-QDA',
    ],
    hu: [
      '<Spreadsheet> „Sheet 1” (és további 1199 hasonló) | nem a REFI-QDA szabványban meghatározott forrástípus',
      '<Survey> „Wave 1” (és további 1 hasonló) | nem a REFI-QDA szabványban meghatározott forrástípus',
    ],
    'zh-Hans': [
      '<Spreadsheet>“Sheet 1”（另有 1,199 个类似项） | 不是 REFI-QDA 标准定义的来源类型',
      '<Survey>“Wave 1”（另有 1 个类似项） | 不是 REFI-QDA 标准定义的来源类型',
    ],
  };

  it('says the first of each kind once, with how many more like it, in every language', () => {
    for (const [locale, expected] of Object.entries(lines)) expect(said(locale as keyof typeof lines), locale).toEqual(expected);
    expect(report.dropped.map((d) => [d.what, d.why])).toEqual(lines.en.map((line) => line.split(' | ')));
  });

  it('takes an element named like a property every object has (constructor, toString) for what it is: no kind of source', () => {
    const odd = `<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="P"><Sources><constructor name="A"/><toString name="B"/></Sources></Project>`;
    const { dropped } = withQdpxBytes(qdpx(odd), ({ project, files }) => planProject(project, files)).report.finish();
    expect(dropped.map((d) => `${d.what} | ${d.why}`)).toEqual([
      '<constructor> "A" | not a kind of source the REFI-QDA standard defines',
      '<toString> "B" | not a kind of source the REFI-QDA standard defines',
    ]);
  });
});
