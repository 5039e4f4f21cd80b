import { classifyLine, textLine, type TextLine } from '../../../shared/transcripts/plainText';
import { isSpeakerLabel, normalizeSpeaker } from '../../../shared/transcripts/speakers';
import { matchLeadingStamp, parseClock } from '../../../shared/transcripts/timestamps';
import { isW, paragraphText } from './docxText';
import { anyWord } from '../../../shared/text/words';
import { type XmlElement } from '../../formats/xml';

// Header words in English (and a few neighbours), Norwegian, Croatian, Hungarian and Chinese.
const TIME_WORDS = [
  'time',
  'timestamp',
  'timecode',
  'start',
  'zeit',
  'temps',
  'tiempo',
  'tid',
  'tidspunkt',
  'tidskode',
  'vrijeme',
  'vremenska oznaka',
  'početak',
  'idő',
  'időpont',
  'időbélyeg',
  'kezdés',
  '时间',
  '时间码',
  '时间戳',
  '開始',
  '开始',
];
const SPEAKER_WORDS = [
  'speaker',
  'name',
  'who',
  'person',
  'participant',
  'respondent',
  'role',
  'sprecher',
  'taler',
  'talar',
  'navn',
  'deltaker',
  'rolle',
  'hvem',
  'govornik',
  'govornica',
  'sugovornik',
  'sudionik',
  'ime',
  'uloga',
  'tko',
  'beszélő',
  'résztvevő',
  'név',
  'szerep',
  'ki',
  '说话人',
  '發言人',
  '发言人',
  '讲话人',
  '姓名',
  '角色',
];
const TEXT_WORDS = [
  'text',
  'transcript',
  'transcription',
  'utterance',
  'dialog',
  'dialogue',
  'content',
  'speech',
  'said',
  'verbatim',
  'words',
  'quote',
  'comment',
  'response',
  'answer',
  'tekst',
  'utsagn',
  'transkripsjon',
  'svar',
  'sitat',
  'innhold',
  'transkript',
  'izjava',
  'odgovor',
  'sadržaj',
  'citat',
  'szöveg',
  'átirat',
  'válasz',
  'tartalom',
  'idézet',
  '文本',
  '内容',
  '发言',
  '發言',
  '回答',
  '转录',
  '逐字稿',
];
/** Share of a column's cells that must look like times (or names) for the column to count as such. */
const COLUMN_SHARE = 0.8;

/**
 * The header patterns, built the first time a table is read: a case-insensitive pattern of
 * Unicode classes takes milliseconds to build, which every start of the app or the command line
 * paid although few imports hold a transcript table.
 */
let headers: { time: RegExp; speaker: RegExp; text: RegExp } | null = null;
const headerPatterns = () => (headers ??= { time: anyWord(TIME_WORDS), speaker: anyWord(SPEAKER_WORDS), text: anyWord(TEXT_WORDS) });

interface Columns {
  time: number | null;
  speaker: number | null;
  text: number;
  headerRows: number;
}

function cellText(tc: XmlElement): string {
  const lines: string[] = [];
  const visit = (el: XmlElement): void => {
    for (const c of el.children) {
      if (isW(c, 'p')) lines.push(paragraphText(c));
      else if (typeof c !== 'string' && (isW(c, 'tbl') || isW(c, 'tr') || isW(c, 'tc') || isW(c, 'sdt') || isW(c, 'sdtContent'))) visit(c);
    }
  };
  visit(tc);
  return lines.join('\n').trim();
}

function tableRows(tbl: XmlElement): string[][] {
  const rows: string[][] = [];
  const cellsOf = (el: XmlElement, out: string[]): string[] => {
    for (const c of el.children) {
      if (isW(c, 'tc')) out.push(cellText(c));
      else if (isW(c, 'sdt') || isW(c, 'sdtContent')) cellsOf(c, out);
    }
    return out;
  };
  const visit = (el: XmlElement): void => {
    for (const c of el.children) {
      if (isW(c, 'tr')) rows.push(cellsOf(c, []));
      else if (isW(c, 'sdt') || isW(c, 'sdtContent')) visit(c);
    }
  };
  visit(tbl);
  return rows;
}

function cellTime(cell: string): number | null {
  const t = cell.trim();
  const stamp = matchLeadingStamp(t);
  return stamp && stamp.length === t.length ? stamp.ms : parseClock(t);
}

function share(values: readonly string[], test: (v: string) => boolean): number {
  const filled = values.filter((v) => v !== '');
  return filled.length === 0 ? 0 : filled.filter(test).length / filled.length;
}

/**
 * Finds the time, speaker and text columns of a transcript table, from a header row
 * (`Time | Speaker | Text` and similar words) or else from the cells: a column of times, a
 * column of short names with few distinct values, and the column with the most text. Returns
 * null for a table that does not look like a transcript.
 */
function findColumns(rows: readonly string[][]): Columns | null {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (width < 2 || rows.length === 0) return null;
  // Header cells are short labels ("Time", "Speaker name"), not sentences that happen to say "text".
  const header = rows[0]!.map((c) => (c.length <= 30 && c.split(/\s+/).length <= 3 ? c : ''));
  const find = (re: RegExp, not: (number | null)[]) => {
    const i = header.findIndex((c, k) => re.test(c) && !not.includes(k));
    return i < 0 ? null : i;
  };
  const patterns = headerPatterns();
  const text = find(patterns.text, []);
  const speaker = find(patterns.speaker, [text]);
  const time = find(patterns.time, [text, speaker]);
  if (text !== null && (speaker !== null || time !== null)) return { time, speaker, text, headerRows: 1 };
  if (rows.length < 2) return null;
  const column = (k: number) => rows.map((r) => (r[k] ?? '').trim());
  const columns = Array.from({ length: width }, (_, k) => column(k));
  const timeCol = columns.findIndex((c) => share(c, (v) => cellTime(v) !== null) >= COLUMN_SHARE);
  const speakerCol = columns.findIndex((c, k) => {
    if (k === timeCol || share(c, isSpeakerLabel) < COLUMN_SHARE) return false;
    const distinct = new Set(c.filter((v) => v !== '')).size;
    return distinct <= Math.max(2, Math.ceil(c.length / 2));
  });
  let textCol = -1;
  let most = 0;
  columns.forEach((c, k) => {
    const chars = c.reduce((n, v) => n + v.length, 0);
    if (k !== timeCol && k !== speakerCol && chars > most) [textCol, most] = [k, chars];
  });
  if (textCol < 0 || (timeCol < 0 && speakerCol < 0)) return null;
  return { time: timeCol < 0 ? null : timeCol, speaker: speakerCol < 0 ? null : speakerCol, text: textCol, headerRows: 0 };
}

/**
 * Turns a table into transcript lines. A transcript table gives one paragraph per row, with the
 * speaker cell as a trusted label (an empty speaker cell continues the previous speaker, as an
 * unlabelled paragraph does in text). Any other table is read cell by cell as ordinary paragraphs.
 */
export function docxTableLines(tbl: XmlElement, paragraph: number): TextLine[] {
  const rows = tableRows(tbl);
  const cols = findColumns(rows);
  const out: TextLine[] = [];
  const blank = () => textLine(paragraph, null, null, null, '', '', true);
  for (const row of cols ? rows.slice(cols.headerRows) : rows) {
    if (!cols) {
      for (const cell of row) {
        for (const l of cell.split('\n')) out.push(classifyLine(l, paragraph, false));
        out.push(blank());
      }
      continue;
    }
    const speaker = cols.speaker === null ? '' : normalizeSpeaker(row[cols.speaker] ?? '');
    const [first = '', ...more] = (row[cols.text] ?? '').split('\n').map((l) => l.trim());
    const stampMs = cols.time === null ? null : cellTime(row[cols.time] ?? '');
    out.push(textLine(paragraph, stampMs, speaker || null, speaker ? 'given' : null, first, first));
    for (const l of more) out.push(textLine(paragraph, null, null, null, l, l));
    out.push(blank());
  }
  return out;
}
