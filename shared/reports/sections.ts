import { formatCountPct, formatJaccard, formatLift, formatPct, formatPts, formatScore, scoreKindLabel } from './format';
import type { Cooccurrence, CooccurrenceCell, Drivers, ReportResult, ThemeSummary } from './result';
import { SMALL_N } from './segments';
import { flattenThemes } from './themes';

/**
 * One report, the same everywhere: the sections every view of a report shows (the app, HTML,
 * PDF, DOCX), in this order, under these headings, with the same rows and the same numbers. Each
 * renderer only decides how a section looks, never what is in it.
 */
export type SectionId = 'scores' | 'themes' | 'quotes' | 'breakdown' | 'drivers' | 'cooccurrence';

export const REPORT_SECTIONS: readonly { id: SectionId; heading: string }[] = [
  { id: 'scores', heading: 'Satisfaction scores' },
  { id: 'themes', heading: 'Theme summary' },
  { id: 'quotes', heading: 'Themes and quotes' },
  { id: 'breakdown', heading: 'Breakdown by participant attributes' },
  { id: 'drivers', heading: 'What drives dissatisfaction' },
  { id: 'cooccurrence', heading: 'Co-occurrence' },
];

/** Rows of a drivers table and pairs of the co-occurrence table a report shows (the spreadsheets hold them all). */
export const DRIVER_ROWS = 10;
export const DRIVER_SENTENCES = 3;
export const COOCCURRENCE_PAIRS = 20;
/** Group columns per breakdown table: more (an age band with 12 values) continue in a second table. */
export const BREAKDOWN_COLUMNS = 6;

/** The line under the title: when, how many participants and codings, and the filters. */
export function frontMatter(r: ReportResult): string {
  return `Generated ${r.generatedAt.slice(0, 16).replace('T', ' ')} UTC · ${r.participantsInScope} participants and ${r.codingsInScope} codings in scope · ${r.scopeNote}`;
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
  return REPORT_SECTIONS.filter((s) => has[s.id]);
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
  return {
    header: ['Theme', 'Codings', 'Documents', 'Sessions', 'Participants', 'Share (n)'],
    rows: flat.map((t) => [t.name, String(t.codings), String(t.documents), String(t.sessions), String(t.participants), `${formatPct(t.share.share)} (n = ${t.share.n})`]),
    numeric: [false, true, true, true, true, true],
    depth: flat.map((t) => t.depth),
  };
}

/** The scores section: one card per score, then a row per segment group and a column per score. */
export function scoreCards(r: ReportResult): { label: string; value: string; note: string }[] {
  return r.scores.map((s) => ({
    label: s.attribute.toUpperCase() === s.kind.toUpperCase() ? scoreKindLabel(s.kind) : `${s.attribute}: ${scoreKindLabel(s.kind)}`,
    value: formatScore(s.kind, s.overall.value),
    note: `n = ${s.overall.n}; ${s.overall.detail}`,
  }));
}

export function scoresBySegmentTable(r: ReportResult): TextTable {
  const rows = new Map<string, string[]>();
  r.scores.forEach((s, k) => {
    for (const g of s.bySegment) {
      const key = `${g.attribute}\u0000${g.group}`;
      const row = rows.get(key) ?? [g.attribute, g.group, ...r.scores.map(() => '–')];
      row[2 + k] = g.value === null ? '–' : `${formatScore(s.kind, g.value)} (n = ${g.n}${g.n < SMALL_N ? ', small n' : ''})`;
      rows.set(key, row);
    }
  });
  return {
    header: ['Segment', 'Group', ...r.scores.map((s) => (s.attribute.toUpperCase() === s.kind.toUpperCase() ? scoreKindLabel(s.kind) : `${s.attribute} (${scoreKindLabel(s.kind)})`))],
    rows: [...rows.values()],
    numeric: [false, false, ...r.scores.map(() => true)],
  };
}

/** One breakdown table per attribute (split when it has more groups than fit), as the HTML always did. */
export function breakdownTables(r: ReportResult): { attributeId: string; heading: string; table: TextTable }[] {
  const out: { attributeId: string; heading: string; table: TextTable }[] = [];
  const attrs = [...new Map(r.breakdown.columns.map((c) => [c.attributeId, c.attribute])).entries()];
  for (const [id, name] of attrs) {
    const cols = r.breakdown.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.attributeId === id);
    for (let from = 0; from < cols.length; from += BREAKDOWN_COLUMNS) {
      const part = cols.slice(from, from + BREAKDOWN_COLUMNS);
      out.push({
        attributeId: id,
        heading: from === 0 ? name : `${name} (continued)`,
        table: {
          header: ['Theme', ...part.map(({ c }) => `${c.label} (n = ${c.n}${c.smallN ? ', small n' : ''})`)],
          rows: r.breakdown.rows.map((row) => [row.code.split('/').pop()!, ...part.map(({ i }) => formatCountPct(row.cells[i]!))]),
          numeric: [false, ...part.map(() => true)],
          depth: r.breakdown.rows.map((row) => row.depth),
        },
      });
    }
  }
  return out;
}

/** A drivers comparison: its heading, the top rows as a table, and the first sentences. */
export function driverView(d: Drivers): { heading: string; table: TextTable; sentences: string[]; caveat: string } {
  const rows = d.rows.slice(0, DRIVER_ROWS);
  return {
    heading: `${d.attribute}: ${d.lowLabel} (n = ${d.lowN}) vs ${d.highLabel} (n = ${d.highN})`,
    table: {
      header: ['Theme', `${cap(d.lowLabel)} (n = ${d.lowN})`, `${cap(d.highLabel)} (n = ${d.highN})`, 'Difference', 'Lift'],
      rows: rows.map((x) => [x.code, formatCountPct(x.low), formatCountPct(x.high), formatPts(x.differencePts), formatLift(x.lift)]),
      numeric: [false, true, true, true, true],
    },
    sentences: rows.slice(0, DRIVER_SENTENCES).map((x) => x.sentence),
    caveat: d.caveat,
  };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

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
  return {
    header: ['Code A', 'Code B', 'Same turn', 'Overlapping codings', 'Jaccard'],
    rows: cooccurrencePairs(r.cooccurrence).map(({ a, b, cell }) => [a, b, String(cell.sameTurn), String(cell.overlaps), formatJaccard(cell.jaccard)]),
    numeric: [false, false, true, true, true],
  };
}

/** Themes in the order the quotes section lists them: every theme, parents before children. */
export function quoteThemes(r: ReportResult): ThemeSummary[] {
  return flattenThemes(r.themes);
}

/** Words each section opens with, so every format explains a section the same way. */
export const SECTION_NOTES = {
  breakdown: `Participants who mentioned each theme, and the share of each group’s participants. Groups with fewer than ${SMALL_N} people are marked “small n”: read them as hints.`,
  cooccurrence: 'How often two codes overlap on the same words, and how many turns carry both (Jaccard = turns with both ÷ turns with either).',
  noCodings: 'No codings match this report’s filters.',
  noPairs: 'No two codes occur together.',
} as const;
