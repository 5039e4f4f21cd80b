import { roundPct } from '../../../shared/reports/format';
import { quoteKindLabel } from '../../../shared/reports/quoteDisplay';
import type { ReportResult } from '../../../shared/reports/result';
import { flattenThemes } from '../../../shared/reports/themes';
import { reportTranslator } from '../../../shared/reports/words';

/** A cell: text, a number (kept numeric in spreadsheets) or empty. */
export type Cell = string | number | null;

/** One table of a report, as CSV files, XLSX sheets, DOCX and PDF tables share it. */
export interface Table {
  /** File/sheet name: short, ASCII. */
  name: string;
  title: string;
  header: string[];
  rows: Cell[][];
}

/** Percentages in the spreadsheets are numbers rounded as every other view of the report shows them. */
const pctNumber = roundPct;

/** Theme summary: one row per code, parents before children, counts rolled up. */
export function themeTable(r: ReportResult): Table {
  const tr = reportTranslator(r);
  return {
    name: 'themes',
    title: tr.t('report.sectionThemes'),
    header: [
      tr.t('common.code'),
      tr.t('report.colLevel'),
      tr.t('report.colCodings'),
      tr.t('report.colDocuments'),
      tr.t('report.colSessions'),
      tr.t('report.colParticipants'),
      tr.t('report.colN'),
      tr.t('report.colShareOfParticipants'),
      tr.t('report.colDescription'),
    ],
    rows: flattenThemes(r.themes).map((t) => [
      t.code,
      t.depth + 1,
      t.codings,
      t.documents,
      t.sessions,
      t.participants,
      t.share.n,
      pctNumber(t.share.share),
      t.description,
    ]),
  };
}

/** Breakdown: participants who mentioned each theme per attribute group, with column %. */
export function breakdownTable(r: ReportResult): Table {
  const tr = reportTranslator(r);
  const header = [tr.t('common.code')];
  for (const c of r.breakdown.columns) {
    const head = tr.t(c.smallN ? 'report.withSmallN' : 'report.withN', { label: `${c.attribute}: ${c.label}`, n: c.n });
    header.push(head, `${head} %`);
  }
  return {
    name: 'breakdown',
    title: tr.t('report.sectionBreakdown'),
    header,
    rows: r.breakdown.rows.map((row) => [row.code, ...row.cells.flatMap((c) => [c.count, pctNumber(c.share)])]),
  };
}

/**
 * Quotes with speaker and the chosen attributes. "Kind" says whether the text is someone's words
 * (Transcript) or a live note (Note: the note-taker's words); "Question" holds a moderator's
 * question the coded passage answers.
 */
export function quotesTable(r: ReportResult): Table {
  const tr = reportTranslator(r);
  return {
    name: 'quotes',
    title: tr.t('report.tableQuotes'),
    header: [
      tr.t('common.code'),
      tr.t('common.kind'),
      tr.t('report.colQuote'),
      tr.t('report.colQuestion'),
      tr.t('common.speaker'),
      tr.t('report.colAttributes'),
      tr.t('common.document'),
      tr.t('common.session'),
      tr.t('report.colStarred'),
    ],
    rows: flattenThemes(r.themes).flatMap((t) =>
      t.quotes.map((q) => [
        t.code,
        quoteKindLabel(q, tr),
        q.text,
        q.question ?? null,
        q.speaker,
        q.attributes.join(', '),
        q.document,
        q.session,
        q.starred ? tr.t('report.yes') : '',
      ]),
    ),
  };
}

/** Drivers of dissatisfaction, every scale in one table. */
export function driversTable(r: ReportResult): Table {
  const tr = reportTranslator(r);
  return {
    name: 'drivers',
    title: tr.t('report.sectionDrivers'),
    header: [
      tr.t('common.scale'),
      tr.t('common.code'),
      tr.t('report.colUnhappyGroup'),
      tr.t('report.colRaisedUnhappy'),
      tr.t('report.colNUnhappy'),
      tr.t('report.colPctUnhappy'),
      tr.t('report.colHappyGroup'),
      tr.t('report.colRaisedHappy'),
      tr.t('report.colNHappy'),
      tr.t('report.colPctHappy'),
      tr.t('report.colDifferencePts'),
      tr.t('report.colLift'),
    ],
    rows: r.drivers.flatMap((d) =>
      d.rows.map((x) => [
        d.attribute,
        x.code,
        d.lowLabel,
        x.low.count,
        x.low.n,
        pctNumber(x.low.share),
        d.highLabel,
        x.high.count,
        x.high.n,
        pctNumber(x.high.share),
        x.differencePts,
        x.lift,
      ]),
    ),
  };
}

/** Satisfaction scores overall and per segment. */
export function scoresTable(r: ReportResult): Table {
  const tr = reportTranslator(r);
  return {
    name: 'scores',
    title: tr.t('report.sectionScores'),
    header: [
      tr.t('report.colScore'),
      tr.t('common.kind'),
      tr.t('report.colSegment'),
      tr.t('report.colGroup'),
      tr.t('report.colN'),
      tr.t('report.colValue'),
      tr.t('report.colDetail'),
    ],
    rows: r.scores.flatMap((s) => [
      [
        s.attribute,
        s.kind.toUpperCase(),
        tr.t('report.segmentAll'),
        s.overall.group,
        s.overall.n,
        s.overall.value,
        s.overall.detail,
      ] as Cell[],
      ...s.bySegment.map((g) => [s.attribute, s.kind.toUpperCase(), g.attribute, g.group, g.n, g.value, g.detail] as Cell[]),
    ]),
  };
}

/** Co-occurrence pairs (upper triangle) with counts and Jaccard. */
export function cooccurrenceTable(r: ReportResult): Table {
  const { codes, cells } = r.cooccurrence;
  const rows: Cell[][] = [];
  for (let i = 0; i < codes.length; i++)
    for (let j = i + 1; j < codes.length; j++) {
      const c = cells[i]![j]!;
      if (c.overlaps > 0 || c.sameTurn > 0)
        rows.push([codes[i]!.code, codes[j]!.code, c.overlaps, c.sameTurn, Math.round(c.jaccard * 100) / 100]);
    }
  rows.sort((a, b) => (b[3] as number) - (a[3] as number));
  const tr = reportTranslator(r);
  const header = [
    tr.t('report.colCodeA'),
    tr.t('report.colCodeB'),
    tr.t('report.colOverlapping'),
    tr.t('report.colSameTurn'),
    tr.t('report.colJaccardTurns'),
  ];
  return { name: 'cooccurrence', title: tr.t('report.sectionCooccurrence'), header, rows };
}

/** Every table of the report in reading order. */
export function allTables(r: ReportResult): Table[] {
  return [themeTable(r), breakdownTable(r), quotesTable(r), driversTable(r), scoresTable(r), cooccurrenceTable(r)];
}
