import { isWide } from '../text/width';
import { escapeXml } from '../text/xmlEscape';
import { clipLabel } from './escape';
import type { Translator } from '../i18n/translator';
import { formatPct } from './format';
import type { Breakdown, BreakdownRow, Cooccurrence, ThemeSummary } from './result';

/**
 * Charts as standalone SVG strings: labelled, with value labels on every bar and patterns instead
 * of colour alone, so they survive greyscale printing. Every piece of study text is escaped.
 * `idPrefix` keeps pattern ids unique when several charts are inlined in one HTML page.
 */
const FONT = `font-family="DejaVu Sans, Helvetica, Arial, sans-serif"`;

/** The width of text in the charts' font at a size (px), bold or not: label columns are sized by it. */
export type TextMeasure = (text: string, size: number, bold?: boolean) => number;

/**
 * A measure for where no font file can be read (the renderer): 0.6 em a character, as DejaVu Sans
 * averages, and a full em for the wide characters of Chinese, Japanese and Korean. The exports
 * pass the fonts' real advance widths instead (main/formats/raster/glyphs.ts).
 */
export const estimateTextWidth: TextMeasure = (text, size, bold = false) => {
  let em = 0;
  for (const ch of text) em += isWide(ch.codePointAt(0)!) ? 1 : bold ? 0.66 : 0.6;
  return em * size;
};

/** Text shortened with "…" until it is at most `max` px wide, so a right-aligned label never runs off the chart's left edge. */
function fitWidth(text: string, max: number, size: number, measure: TextMeasure): string {
  if (measure(text, size) <= max) return text;
  const chars = [...text];
  while (chars.length > 1 && measure(`${chars.join('')}…`, size) > max) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** The widest label column a bar chart gives its right-aligned labels, in px (text and its 12 px gap). */
const LABEL_COLUMN = 260;

const widest = (texts: readonly string[], size: number, measure: TextMeasure, bold = false) =>
  Math.max(0, ...texts.map((t) => measure(t, size, bold)));

/**
 * Horizontal bars: participants who mentioned each theme, with "count (share)" labels. Past `max`
 * themes it keeps the `max` most mentioned (in their codebook order) and says so in the chart,
 * so a reader of an export knows themes were left out.
 */
export function frequencyChart(
  themes: readonly ThemeSummary[],
  tr: Translator,
  max = 25,
  measure: TextMeasure = estimateTextWidth,
): string {
  const rows = themes.length <= max ? [...themes] : mostMentioned(themes, max, (t) => t.participants);
  const capped = rows.length < themes.length;
  // Labels are right-aligned, so sub-themes are marked with a dash per level rather than indented.
  const labels = rows.map((t) => fitWidth(`${'– '.repeat(t.depth)}${clipLabel(t.name, 36)}`, LABEL_COLUMN - 12, 12, measure));
  const labelW = Math.min(LABEL_COLUMN, Math.max(80, widest(labels, 12, measure) + 12));
  const barW = 340;
  const rowH = 22;
  const top = capped ? 48 : 30;
  const heading = tr.t('report.chartFrequencyTitle', { n: rows[0]?.share.n ?? 0 });
  const cap = capped ? tr.t('report.chartFrequencyCap', { shown: rows.length, all: themes.length }) : '';
  const width = Math.max(labelW + barW + 90, measure(heading, 13, true) + 4, measure(cap, 11.5) + 4);
  const height = top + rows.length * rowH + 12;
  const peak = Math.max(1, ...rows.map((t) => t.participants));
  const parts = rows.map((t, i) => {
    const y = top + i * rowH;
    const w = Math.max(t.participants > 0 ? 2 : 0, (t.participants / peak) * barW);
    const fill = t.depth === 0 ? '#3b5b7c' : '#8aa4bf';
    return (
      `<text x="${labelW - 8}" y="${y + 15}" text-anchor="end" font-size="12" ${FONT} fill="#222">${escapeXml(labels[i]!)}</text>` +
      `<rect x="${labelW}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowH - 7}" fill="${fill}" stroke="#1d2d3d" stroke-width="0.6"/>` +
      `<text x="${(labelW + w + 6).toFixed(1)}" y="${y + 15}" font-size="11" ${FONT} fill="#222">${t.participants} (${formatPct(t.share.share, tr)})</text>`
    );
  });
  const subtitle = capped ? `<text x="0" y="34" font-size="11.5" ${FONT} fill="#444">${escapeXml(cap)}</text>` : '';
  const name = tr.t('report.chartFrequencyName');
  return svg(
    width,
    height,
    capped ? tr.t('report.chartWithCap', { title: name, cap }) : name,
    `<text x="0" y="16" font-size="13" font-weight="bold" ${FONT} fill="#111">${escapeXml(heading)}</text>${subtitle}${parts.join('')}`,
  );
}

/** The `max` items with the highest `weight` (ties: earlier first), kept in their given order. */
function mostMentioned<T>(items: readonly T[], max: number, weight: (item: T) => number): T[] {
  const order = items.map((t, i) => ({ t, i })).sort((a, b) => weight(b.t) - weight(a.t) || a.i - b.i);
  return order
    .slice(0, max)
    .sort((a, b) => a.i - b.i)
    .map(({ t }) => t);
}

const PATTERNS = [
  (id: string) =>
    `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#2f4a66"/></pattern>`,
  (id: string) =>
    `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#dfe7ef"/><rect width="3" height="6" fill="#5d7a98"/></pattern>`,
  (id: string) =>
    `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#f4f6f8"/><circle cx="3" cy="3" r="1.4" fill="#3b5b7c"/></pattern>`,
  (id: string) =>
    `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#9fb4c9"/></pattern>`,
  (id: string) =>
    `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#ffffff"/><path d="M0 3h6M3 0v6" stroke="#3b5b7c" stroke-width="1"/></pattern>`,
  (id: string) =>
    `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect width="6" height="6" fill="#ffffff"/><rect width="2" height="6" fill="#1d2d3d"/></pattern>`,
];

/**
 * Stacked bars for one attribute of the breakdown: for each theme, how many of the participants
 * who mentioned it fall in each group. Each segment has its own pattern and a count label.
 */
export function stackedChart(
  breakdown: Breakdown,
  attributeId: string,
  idPrefix: string,
  tr: Translator,
  max = 15,
  measure: TextMeasure = estimateTextWidth,
): string {
  const cols = breakdown.columns
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.attributeId === attributeId)
    .slice(0, PATTERNS.length);
  if (cols.length === 0) return '';
  const total = (r: BreakdownRow) => cols.reduce((s, { i }) => s + r.cells[i]!.count, 0);
  const rows = breakdown.rows.length <= max ? breakdown.rows : mostMentioned(breakdown.rows, max, total);
  const capped = rows.length < breakdown.rows.length;
  const labels = rows.map((r) =>
    fitWidth(`${'– '.repeat(r.depth)}${clipLabel(r.code.split('/').pop()!, 36)}`, LABEL_COLUMN - 12, 12, measure),
  );
  const labelW = Math.min(LABEL_COLUMN, Math.max(80, widest(labels, 12, measure) + 12));
  const barW = 380;
  const rowH = 24;
  const legendTexts = cols.map(({ c }) =>
    tr.t(c.smallN ? 'report.chartLegendSmall' : 'report.withN', { label: clipLabel(c.label, 22), n: c.n }),
  );
  // Legend entries sit in three columns as wide as the longest entry, after its 20 px swatch.
  const legendColW = Math.max(120, widest(legendTexts, 11, measure) + 28);
  const legendTop = capped ? 42 : 26;
  const legendH = 22 * Math.ceil(cols.length / 3);
  const top = legendTop + 2 + legendH;
  const peak = Math.max(1, ...rows.map(total));
  const defs = cols.map((_, k) => PATTERNS[k]!(`${idPrefix}p${k}`)).join('');
  const legend = legendTexts.map((text, k) => {
    const x = (k % 3) * legendColW;
    const y = legendTop + Math.floor(k / 3) * 22;
    return (
      `<rect x="${x.toFixed(1)}" y="${y}" width="14" height="14" fill="url(#${idPrefix}p${k})" stroke="#222" stroke-width="0.6"/>` +
      `<text x="${(x + 20).toFixed(1)}" y="${y + 11}" font-size="11" ${FONT} fill="#222">${escapeXml(text)}</text>`
    );
  });
  const bars = rows.map((r, ri) => {
    const y = top + ri * rowH;
    let x = labelW;
    const segs = cols.map(({ i }, k) => {
      const count = r.cells[i]!.count;
      const w = (count / peak) * barW;
      const seg =
        count === 0
          ? ''
          : `<rect x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowH - 8}" fill="url(#${idPrefix}p${k})" stroke="#222" stroke-width="0.6"/>` +
            (w >= 18
              ? `<text x="${(x + w / 2).toFixed(1)}" y="${y + 15}" text-anchor="middle" font-size="10" ${FONT} fill="#000" stroke="#fff" stroke-width="2.5" paint-order="stroke">${count}</text>`
              : '');
      x += w;
      return seg;
    });
    return `<text x="${labelW - 8}" y="${y + 15}" text-anchor="end" font-size="12" ${FONT} fill="#222">${escapeXml(labels[ri]!)}</text>${segs.join('')}`;
  });
  const name = cols[0]!.c.attribute;
  const title = tr.t('report.chartStackedTitle', { attribute: name });
  const cap = capped ? tr.t('report.chartStackedCap', { shown: rows.length, all: breakdown.rows.length }) : '';
  const subtitle = capped ? `<text x="0" y="34" font-size="11.5" ${FONT} fill="#444">${escapeXml(cap)}</text>` : '';
  const width = Math.max(labelW + barW + 30, legendColW * Math.min(3, cols.length), measure(title, 13, true) + 4, measure(cap, 11.5) + 4);
  return svg(
    width,
    top + rows.length * rowH + 10,
    capped ? tr.t('report.chartWithCap', { title, cap }) : title,
    `<defs>${defs}</defs><text x="0" y="16" font-size="13" font-weight="bold" ${FONT} fill="#111">${escapeXml(title)}</text>${subtitle}${legend.join('')}${bars.join('')}`,
  );
}

/** Heat map of turns coded with both codes; the number in each cell is the count, the shade is Jaccard. */
export function heatMapChart(co: Cooccurrence, tr: Translator, measure: TextMeasure = estimateTextWidth): string {
  const k = co.codes.length;
  if (k < 2) return '';
  const labels = co.codes.map((c) => clipLabel(c.code.split('/').pop()!, 24));
  const labelW = Math.max(60, widest(labels, 11, measure) + 10);
  const cell = k > 20 ? 20 : 28;
  const top = 24 + labelW * 0.75;
  const left = labelW;
  const parts: string[] = [];
  labels.forEach((l, i) => {
    parts.push(
      `<text x="${left - 6}" y="${top + i * cell + cell / 2 + 4}" text-anchor="end" font-size="11" ${FONT} fill="#222">${escapeXml(l)}</text>`,
    );
    const cx = left + i * cell + cell / 2;
    parts.push(`<text transform="translate(${cx + 4} ${top - 6}) rotate(-50)" font-size="11" ${FONT} fill="#222">${escapeXml(l)}</text>`);
  });
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      const x = left + j * cell;
      const y = top + i * cell;
      if (i === j) {
        parts.push(
          `<rect x="${x}" y="${y}" width="${cell}" height="${cell}" fill="#fff" stroke="#bbb" stroke-width="0.5"/><path d="M${x} ${y}L${x + cell} ${y + cell}" stroke="#bbb" stroke-width="0.5"/>`,
        );
        continue;
      }
      const c = co.cells[i]![j]!;
      const shade = Math.round(255 - Math.min(1, c.jaccard * 2) * 200);
      const fill = `rgb(${shade},${shade},${Math.min(255, shade + 12)})`;
      parts.push(`<rect x="${x}" y="${y}" width="${cell}" height="${cell}" fill="${fill}" stroke="#bbb" stroke-width="0.5"/>`);
      if (c.sameTurn > 0)
        parts.push(
          `<text x="${x + cell / 2}" y="${y + cell / 2 + 4}" text-anchor="middle" font-size="${cell > 20 ? 10 : 8}" ${FONT} fill="${shade < 130 ? '#fff' : '#000'}">${c.sameTurn}</text>`,
        );
    }
  // The last column's label is rotated up and to the right: leave room for its horizontal reach.
  const labelReach = widest(labels, 11, measure) * Math.cos((50 * Math.PI) / 180);
  const title = tr.t('report.chartHeatTitle');
  return svg(
    Math.max(left + k * cell + Math.max(20, labelReach), measure(title, 13, true) + 4),
    top + k * cell + 30,
    tr.t('report.chartHeatName'),
    `<text x="0" y="16" font-size="13" font-weight="bold" ${FONT} fill="#111">${escapeXml(title)}</text>${parts.join('')}`,
  );
}

function svg(width: number, height: number, title: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(width)}" height="${Math.ceil(height)}" viewBox="0 0 ${Math.ceil(width)} ${Math.ceil(height)}" role="img" aria-label="${escapeXml(title)}"><title>${escapeXml(title)}</title><rect width="100%" height="100%" fill="#fff"/>${body}</svg>`;
}
