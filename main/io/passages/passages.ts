import type { RetrievedPassage } from '../../../shared/domain/coding';
import type { PassagesFormat } from '../../../shared/domain/retrieve';
import { formatTimestamp } from '../../../shared/text/time';
import { roleMessage } from '../../../shared/domain/sessionWords';
import type { Translator } from '../../../shared/i18n/translator';
import { csvSeparatorFor, tableToCsv } from '../report/csv';
import { fileStem } from '../report/index';
import type { Table } from '../report/tables';
import { passagesToDocx } from './passagesDocx';
import { tablesToXlsx } from '../report/xlsx';

/** A retrieved list as an export gets it: the passages, plus what describes each person. */
export interface PassagesExport {
  codePath: string;
  passages: RetrievedPassage[];
  /** Attribute labels per participant id ("Promoter", "Family weekly shop"), in attribute order. */
  facts: Map<string, string[]>;
  /** What the list holds, for the Word file's heading: "2 of 4 passages · Speaker: Ben · sorted by length". */
  scope: string;
  /** The language the file is written in. */
  tr: Translator;
}

/**
 * One row per passage. Live notes say so in "Kind" (the note-taker's paraphrase, not words anyone
 * said); the people carry their role in the session, so a moderator's line is never read as a respondent's.
 */
export function passagesTable(data: PassagesExport): Table {
  const { tr } = data;
  const header = [
    tr.t('common.code'),
    tr.t('common.kind'),
    tr.t('common.text'),
    tr.t('transcripts.speakers'),
    tr.t('report.colAttributes'),
    tr.t('common.session'),
    tr.t('passages.colSessionDate'),
    tr.t('common.document'),
    tr.t('passages.colTime'),
    tr.t('retrieve.filterCoder'),
    tr.t('passages.colCodedAt'),
    tr.t('passages.colNeedsReview'),
  ];
  // Dates stay as stored (ISO): a spreadsheet sorts and filters them in every language.
  const rows = data.passages.map((p) => [
    p.codePath,
    p.kind === 'note' ? tr.t('report.liveNote') : tr.t('passages.kindQuote'),
    p.quote,
    p.people.map((w) => (w.role ? tr.t('retrieve.speakerWithRole', { name: w.name, role: roleWords(w.role, tr) }) : w.name)).join('; '),
    p.people
      .flatMap((w) => {
        const facts = w.participantId ? (data.facts.get(w.participantId) ?? []) : [];
        return facts.length > 0 ? [tr.t('passages.personFacts', { name: w.name, facts: facts.join(', ') })] : [];
      })
      .join('; '),
    p.sessionTitle ?? '',
    p.sessionDate ?? '',
    p.documentTitle,
    p.startMs === null ? '' : formatTimestamp(p.startMs),
    p.coder ?? '',
    p.codedAt,
    p.status === 'orphaned' ? tr.t('passages.reviewYes') : '',
  ]);
  return { name: 'passages', title: tr.t('common.passages'), header, rows };
}

/** A role in the file's language; one this version has no words for is written as stored. */
export function roleWords(role: string, tr: Translator): string {
  const id = roleMessage(role);
  return id ? tr.t(id) : role;
}

const MIME: Record<PassagesFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The file name of a code's passages in a format. */
export function passagesName(codePath: string, format: PassagesFormat): string {
  return `${fileStem(`${codePath.replace(/\//g, ' ')} passages`)}.${format}`;
}

/** The passages in one format; no spreadsheet cell ever holds a formula (see csv.ts and xlsx.ts). */
export function renderPassages(
  format: PassagesFormat,
  data: PassagesExport,
  date?: Date,
): { name: string; mimeType: string; data: Uint8Array } {
  const bytes =
    format === 'csv'
      ? tableToCsv(passagesTable(data), csvSeparatorFor(data.tr.tag))
      : format === 'xlsx'
        ? tablesToXlsx([passagesTable(data)], date)
        : passagesToDocx(data, date);
  return { name: passagesName(data.codePath, format), mimeType: MIME[format], data: bytes };
}
