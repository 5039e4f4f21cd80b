import type { MessageId } from '../i18n/catalogue';
import type { Translator } from '../i18n/translator';
import { formatCountPct, formatJaccard, formatLift, formatPct, formatPts, formatScore, scoreKindLabel } from './format';
import type { Cooccurrence, CooccurrenceCell, Drivers, ReportResult, ThemeSummary } from './result';
import { SMALL_N } from './segments';
import { flattenThemes } from './themes';
import { reportTranslator } from './words';

/**
 * One report, the same everywhere: the sections every view of a report shows (the app, HTML,
 * PDF, DOCX), in this order, under these headings, with the same rows and the same numbers. Each
 * renderer only decides how a section looks, never what is in it. The words are in the report's
 * own language (`reportTranslator`), whatever language the app speaks.
 */
export type SectionId = 'scores' | 'themes' | 'quotes' | 'breakdown' | 'drivers' | 'cooccurrence';

export const REPORT_SECTIONS: readonly { id: SectionId; heading: MessageId }[] = [
  { id: 'scores', heading: 'report.sectionScores' },
  { id: 'themes', heading: 'report.sectionThemes' },
  { id: 'quotes', heading: 'report.sectionQuotes' },
  { id: 'breakdown', heading: 'report.sectionBreakdown' },
  { id: 'drivers', heading: 'report.sectionDrivers' },
  { id: 'cooccurrence', heading: 'report.sectionCooccurrence' },
];

/** Rows of a drivers table and pairs of the co-occurrence table a report shows (the spreadsheets hold them all). */
export const DRIVER_ROWS = 10;
export const DRIVER_SENTENCES = 3;
export const COOCCURRENCE_PAIRS = 20;
/** Group columns per breakdown table: more (an age band with 12 values) continue in a second table. */
export const BREAKDOWN_COLUMNS = 6;

/** The line under the title: when, how many participants and codings, and the filters. */
export function frontMatter(r: ReportResult): string {
  const when = r.generatedAt.slice(0, 16).replace('T', ' ');
  return reportTranslator(r).t('report.frontMatter', {
    when,
    participants: r.participantsInScope,
    codings: r.codingsInScope,
    scope: r.scopeNote,
  });
}

/** The sections this report has something for, in the one order. */
export function reportSections(r: ReportResult): { id: SectionId; heading: string }[] {
  const has: Record<SectionId, boolean> = {
    scores: r.scores.length > 0,
    themes: true,
    quotes: true,
    breakdown: r.breakdown.columns.length > 0,
    drivers: r.drivers.length > 0,
    cooccurrence: r.cooccurrence.codes.length >= 2,
  };
  const tr = reportTranslator(r);
  return REPORT_SECTIONS.filter((s) => has[s.id]).map((s) => ({ id: s.id, heading: tr.t(s.heading) }));
}

/** A table as text, ready for any renderer: `numeric` marks right-aligned columns. */
export interface TextTable {
  header: string[];
  rows: string[][];
  numeric: boolean[];
  /** Nesting depth of each row's first cell (themes under their parents). */
  depth?: number[];
}

/** The theme summary: every theme, parents before children. */
export function themeSummaryTable(r: ReportResult): TextTable {
  const flat = flattenThemes(r.themes);
  const tr = reportTranslator(r);
  const n = (x: number) => tr.number(x);
  return {
    header: [
      tr.t('common.theme'),
      tr.t('report.colCodings'),
      tr.t('report.colDocuments'),
      tr.t('report.colSessions'),
      tr.t('report.colParticipants'),
      tr.t('report.colShareN'),
    ],
    rows: flat.map((t) => [
      t.name,
      n(t.codings),
      n(t.documents),
      n(t.sessions),
      n(t.participants),
      tr.t('report.shareOfN', { pct: formatPct(t.share.share, tr), n: t.share.n }),
    ]),
    numeric: [false, true, true, true, true, true],
    depth: flat.map((t) => t.depth),
  };
}

/** The scores section: one card per score, then a row per segment group and a column per score. */
export function scoreCards(r: ReportResult): { label: string; value: string; note: string }[] {
  const tr = reportTranslator(r);
  return r.scores.map((s) => ({
    label:
      s.attribute.toUpperCase() === s.kind.toUpperCase()
        ? scoreKindLabel(s.kind, tr)
        : tr.t('report.scoreLabel', { attribute: s.attribute, kind: scoreKindLabel(s.kind, tr) }),
    value: formatScore(s.kind, s.overall.value, tr),
    note: tr.t('report.scoreNote', { n: s.overall.n, detail: s.overall.detail }),
  }));
}

export function scoresBySegmentTable(r: ReportResult): TextTable {
  const tr = reportTranslator(r);
  const rows = new Map<string, string[]>();
  r.scores.forEach((s, k) => {
    for (const g of s.bySegment) {
      const key = `${g.attribute}\u0000${g.group}`;
      const row = rows.get(key) ?? [g.attribute, g.group, ...r.scores.map(() => '–')];
      row[2 + k] =
        g.value === null
          ? '–'
          : tr.t(g.n < SMALL_N ? 'report.scoreSmallN' : 'report.scoreWithN', { value: formatScore(s.kind, g.value, tr), n: g.n });
      rows.set(key, row);
    }
  });
  return {
    header: [
      tr.t('report.colSegment'),
      tr.t('report.colGroup'),
      ...r.scores.map((s) =>
        s.attribute.toUpperCase() === s.kind.toUpperCase()
          ? scoreKindLabel(s.kind, tr)
          : tr.t('report.scoreColumn', { attribute: s.attribute, kind: scoreKindLabel(s.kind, tr) }),
      ),
    ],
    rows: [...rows.values()],
    numeric: [false, false, ...r.scores.map(() => true)],
  };
}

/** One breakdown table per attribute (split when it has more groups than fit), as the HTML always did. */
export function breakdownTables(r: ReportResult): { attributeId: string; heading: string; table: TextTable }[] {
  const tr = reportTranslator(r);
  const out: { attributeId: string; heading: string; table: TextTable }[] = [];
  const attrs = [...new Map(r.breakdown.columns.map((c) => [c.attributeId, c.attribute])).entries()];
  for (const [id, name] of attrs) {
    const cols = r.breakdown.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.attributeId === id);
    for (let from = 0; from < cols.length; from += BREAKDOWN_COLUMNS) {
      const part = cols.slice(from, from + BREAKDOWN_COLUMNS);
      out.push({
        attributeId: id,
        heading: from === 0 ? name : tr.t('report.continued', { name }),
        table: {
          header: [
            tr.t('common.theme'),
            ...part.map(({ c }) => tr.t(c.smallN ? 'report.withSmallN' : 'report.withN', { label: c.label, n: c.n })),
          ],
          rows: r.breakdown.rows.map((row) => [row.code.split('/').pop()!, ...part.map(({ i }) => formatCountPct(row.cells[i]!, tr))]),
          numeric: [false, ...part.map(() => true)],
          depth: r.breakdown.rows.map((row) => row.depth),
        },
      });
    }
  }
  return out;
}

/** Every drivers comparison of a report, as {@link driverView} shows it. */
export function driverViews(r: ReportResult): ReturnType<typeof driverView>[] {
  const tr = reportTranslator(r);
  return r.drivers.map((d) => driverView(d, tr));
}

/** A drivers comparison: its heading, the top rows as a table, and the first sentences. */
export function driverView(d: Drivers, tr: Translator): { heading: string; table: TextTable; sentences: string[]; caveat: string } {
  const rows = d.rows.slice(0, DRIVER_ROWS);
  const capital = (s: string) => s.charAt(0).toLocaleUpperCase(tr.tag) + s.slice(1);
  return {
    heading: tr.t('report.driverHeading', { attribute: d.attribute, low: d.lowLabel, lowN: d.lowN, high: d.highLabel, highN: d.highN }),
    table: {
      header: [
        tr.t('common.theme'),
        tr.t('report.withN', { label: capital(d.lowLabel), n: d.lowN }),
        tr.t('report.withN', { label: capital(d.highLabel), n: d.highN }),
        tr.t('report.colDifference'),
        tr.t('report.colLift'),
      ],
      rows: rows.map((x) => [
        x.code,
        formatCountPct(x.low, tr),
        formatCountPct(x.high, tr),
        formatPts(x.differencePts, tr),
        formatLift(x.lift, tr),
      ]),
      numeric: [false, true, true, true, true],
    },
    sentences: rows.slice(0, DRIVER_SENTENCES).map((x) => x.sentence),
    caveat: d.caveat,
  };
}

/** The pairs of codes that occur together most (by Jaccard, then turns), at most COOCCURRENCE_PAIRS. */
export function cooccurrencePairs(co: Cooccurrence): { a: string; b: string; cell: CooccurrenceCell }[] {
  const pairs: { a: string; b: string; cell: CooccurrenceCell }[] = [];
  for (let i = 0; i < co.codes.length; i++)
    for (let j = i + 1; j < co.codes.length; j++) {
      const cell = co.cells[i]![j]!;
      if (cell.overlaps > 0 || cell.sameTurn > 0) pairs.push({ a: co.codes[i]!.code, b: co.codes[j]!.code, cell });
    }
  return pairs.sort((x, y) => y.cell.jaccard - x.cell.jaccard || y.cell.sameTurn - x.cell.sameTurn).slice(0, COOCCURRENCE_PAIRS);
}

export function cooccurrenceTable(r: ReportResult): TextTable {
  const tr = reportTranslator(r);
  return {
    header: [
      tr.t('report.colCodeA'),
      tr.t('report.colCodeB'),
      tr.t('report.colSameTurn'),
      tr.t('report.colOverlapping'),
      tr.t('report.colJaccard'),
    ],
    rows: cooccurrencePairs(r.cooccurrence).map(({ a, b, cell }) => [
      a,
      b,
      tr.number(cell.sameTurn),
      tr.number(cell.overlaps),
      formatJaccard(cell.jaccard, tr),
    ]),
    numeric: [false, false, true, true, true],
  };
}

/** Themes in the order the quotes section lists them: every theme, parents before children. */
export function quoteThemes(r: ReportResult): ThemeSummary[] {
  return flattenThemes(r.themes);
}

/** Words each section opens with, so every format explains a section the same way. */
export function sectionNotes(r: ReportResult): { breakdown: string; cooccurrence: string; noCodings: string; noPairs: string } {
  const tr = reportTranslator(r);
  return {
    breakdown: tr.t('report.noteBreakdown', { smallN: SMALL_N }),
    cooccurrence: tr.t('report.noteCooccurrence'),
    noCodings: tr.t('report.noCodings'),
    noPairs: tr.t('report.noPairs'),
  };
}
