import type { NotesFormat } from '../../../shared/domain/live';
import { tableToCsv } from '../report/csv';
import { fileStem } from '../report/index';
import type { Table } from '../report/tables';
import { tablesToXlsx } from '../report/xlsx';
import { notesToDocx } from './notesDocx';
import { noteTime, type NotesExport } from './groups';
import { notesToMarkdown } from './markdown';

/** One row per note: session (when several), time, speaker, question, text, codes, star. */
export function notesTable(data: NotesExport): Table {
  const several = data.sessions.length > 1;
  const header = [...(several ? ['Session'] : []), 'Time', 'Speaker', 'Question', 'Note', 'Codes', 'Starred'];
  const rows = data.sessions.flatMap((s) =>
    s.rows.map((r) => [
      ...(several ? [s.title] : []),
      noteTime(r.time),
      r.speaker ?? '',
      r.question ?? '',
      r.text,
      r.codes.join('; '),
      r.starred ? '★' : '',
    ]),
  );
  return { name: 'notes', title: 'Notes', header, rows };
}

const MIME: Record<NotesFormat, string> = {
  csv: 'text/csv',
  md: 'text/markdown',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The file name of notes titled `title` in a format. */
export function notesName(title: string, format: NotesFormat): string {
  return `${fileStem(`${title} notes`)}.${format}`;
}

/** The notes in one format. CSV and XLSX cells never hold a formula; Markdown and DOCX escape study text. */
export function renderNotes(format: NotesFormat, data: NotesExport, date?: Date): { name: string; mimeType: string; data: Uint8Array } {
  const name = notesName(data.title, format);
  const bytes =
    format === 'csv'
      ? tableToCsv(notesTable(data))
      : format === 'xlsx'
        ? tablesToXlsx([notesTable(data)], date)
        : format === 'md'
          ? new TextEncoder().encode(notesToMarkdown(data))
          : notesToDocx(data, date);
  return { name, mimeType: MIME[format], data: bytes };
}

export { noteRuns, noteTime, type NoteGroupRow, type NotesExport } from './groups';
