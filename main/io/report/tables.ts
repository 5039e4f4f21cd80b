import { roundPct } from '../../../shared/reports/format';
import { quoteKindLabel } from '../../../shared/reports/quoteDisplay';
import type { ReportResult } from '../../../shared/reports/result';
import { flattenThemes } from '../../../shared/reports/themes';

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
  return {
    name: 'themes',
    title: 'Theme summary',
    header: ['Code', 'Level', 'Codings', 'Documents', 'Sessions', 'Participants', 'n', 'Share of participants %', 'Description'],
    rows: flattenThemes(r.themes).map((t) => [t.code, t.depth + 1, t.codings, t.documents, t.sessions, t.participants, t.share.n, pctNumber(t.share.share), t.description]),
  };
}

/** Breakdown: participants who mentioned each theme per attribute group, with column %. */
export function breakdownTable(r: ReportResult): Table {
  const header = ['Code'];
  for (const c of r.breakdown.columns) {
    const head = `${c.attribute}: ${c.label} (n=${c.n}${c.smallN ? ', small n' : ''})`;
    header.push(head, `${head} %`);
  }
  return {
    name: 'breakdown',
    title: 'Breakdown by participant attributes',
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
  return {
    name: 'quotes',
    title: 'Quotes',
    header: ['Code', 'Kind', 'Quote', 'Question', 'Speaker', 'Attributes', 'Document', 'Session', 'Starred'],
    rows: flattenThemes(r.themes).flatMap((t) =>
      t.quotes.map((q) => [t.code, quoteKindLabel(q), q.text, q.question ?? null, q.speaker, q.attributes.join(', '), q.document, q.session, q.starred ? 'yes' : '']),
    ),
  };
}

/** Drivers of dissatisfaction, every scale in one table. */
export function driversTable(r: ReportResult): Table {
  return {
    name: 'drivers',
    title: 'What drives dissatisfaction',
    header: ['Scale', 'Code', 'Unhappy group', 'Raised (unhappy)', 'n (unhappy)', '% unhappy', 'Happy group', 'Raised (happy)', 'n (happy)', '% happy', 'Difference (pts)', 'Lift'],
    rows: r.drivers.flatMap((d) =>
      d.rows.map((x) => [d.attribute, x.code, d.lowLabel, x.low.count, x.low.n, pctNumber(x.low.share), d.highLabel, x.high.count, x.high.n, pctNumber(x.high.share), x.differencePts, x.lift]),
    ),
  };
}

/** Satisfaction scores overall and per segment. */
export function scoresTable(r: ReportResult): Table {
  return {
    name: 'scores',
    title: 'Satisfaction scores',
    header: ['Score', 'Kind', 'Segment', 'Group', 'n', 'Value', 'Detail'],
    rows: r.scores.flatMap((s) => [
      [s.attribute, s.kind.toUpperCase(), 'All', s.overall.group, s.overall.n, s.overall.value, s.overall.detail] as Cell[],
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
      if (c.overlaps > 0 || c.sameTurn > 0) rows.push([codes[i]!.code, codes[j]!.code, c.overlaps, c.sameTurn, Math.round(c.jaccard * 100) / 100]);
    }
  rows.sort((a, b) => (b[3] as number) - (a[3] as number));
  return { name: 'cooccurrence', title: 'Co-occurrence', header: ['Code A', 'Code B', 'Overlapping codings', 'Same turn', 'Jaccard (turns)'], rows };
}

/** Every table of the report in reading order. */
export function allTables(r: ReportResult): Table[] {
  return [themeTable(r), breakdownTable(r), quotesTable(r), driversTable(r), scoresTable(r), cooccurrenceTable(r)];
}
