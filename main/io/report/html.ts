import { frequencyChart, heatMapChart, stackedChart } from '../../../shared/reports/charts';
import { defaultFontsDir } from '../../appFiles';
import { chartTextMeasure, rasterFonts } from '../../formats/raster/glyphs';
import { escapeXml as esc } from '../../../shared/text/xmlEscape';
import { themeMeta } from '../../../shared/reports/format';
import { quoteByline, quoteDisplay } from '../../../shared/reports/quoteDisplay';
import type { ReportResult, ThemeSummary } from '../../../shared/reports/result';
import {
  breakdownTables,
  cooccurrenceTable,
  driverViews,
  frontMatter,
  quoteThemes,
  reportSections,
  scoreCards,
  scoresBySegmentTable,
  sectionNotes,
  themeSummaryTable,
  type SectionId,
  type TextTable,
} from '../../../shared/reports/sections';
import { reportTranslator } from '../../../shared/reports/words';
import type { Translator } from '../../../shared/i18n/translator';
import { flattenThemes } from '../../../shared/reports/themes';

/** Chart labels are measured with the fonts the DOCX and PDF charts draw them in, so they fit alike. */
const chartMeasure = () => chartTextMeasure(rasterFonts(defaultFontsDir()));

/** No scripts, no network: only inline styles and data: images may load (inline SVG needs nothing). */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const CSS = `
body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;color:#1b1f24;max-width:980px;margin:2rem auto;padding:0 1.5rem;line-height:1.45}
h1{font-size:1.9rem;margin:0 0 .3rem}h2{font-size:1.35rem;border-bottom:2px solid #3b5b7c;padding-bottom:.2rem;margin-top:2.2rem}
h3{font-size:1.1rem;margin:1.6rem 0 .3rem}.meta{color:#555;font-size:.9rem}
table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.6rem 0}th,td{border:1px solid #c9d1d9;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#eef2f6}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}.small{color:#8a5a00;font-style:italic}
blockquote{margin:.5rem 0 .7rem;padding:.35rem .9rem;border-left:4px solid #3b5b7c;background:#f6f8fa;white-space:pre-wrap}
blockquote footer,.live-note footer{font-size:.8rem;color:#555;margin-top:.25rem;white-space:normal}.star{font-weight:bold}
.question{display:block;font-size:.85rem;color:#555;font-style:italic;margin-bottom:.2rem}
.live-note{display:block;margin:.5rem 0 .7rem;padding:.35rem .9rem;border-left:4px dotted #8a96a3;white-space:pre-wrap;color:#333}
.note-label{font-size:.75rem;font-weight:bold;text-transform:uppercase;letter-spacing:.04em;color:#555}
.desc{color:#333;font-style:italic;margin:.2rem 0}.chart{margin:1rem 0;overflow-x:auto}.chart svg{max-width:100%;height:auto}
.cards{display:flex;flex-wrap:wrap;gap:.8rem}.card{border:1px solid #c9d1d9;border-radius:6px;padding:.6rem .9rem;min-width:10rem}
.card b{font-size:1.5rem;display:block}.note{font-size:.85rem;color:#444}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}blockquote,.live-note,tr,.chart{break-inside:avoid}}`;

const cell = (v: string, num: boolean, depth = 0) =>
  `<td${num ? ' class="num"' : ''}${depth ? ` style="padding-left:${0.45 + depth * 1.2}rem"` : ''}>${esc(v)}</td>`;

/** A shared text table as HTML; "small n" (in the report's language) in a header is marked so it reads as a warning. */
function table(t: TextTable, tr: Translator, bold = (_row: number) => false): string {
  const small = esc(tr.t('report.smallN'));
  const head = t.header
    .map((h, i) => `<th${t.numeric[i] ? ' class="num"' : ''}>${esc(h).split(small).join(`<span class="small">${small}</span>`)}</th>`)
    .join('');
  const body = t.rows.map(
    (row, r) =>
      `<tr>${row.map((v, i) => (i === 0 && bold(r) ? `<td><b>${esc(v)}</b></td>` : cell(v, t.numeric[i]!, i === 0 ? t.depth?.[r] : 0))).join('')}</tr>`,
  );
  return `<table><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

function themeSection(t: ThemeSummary, tr: Translator): string {
  const level = Math.min(4, 3 + t.depth);
  const quotes = t.quotes
    .map((q) => {
      const d = quoteDisplay(q, tr);
      const footer = `<footer>${q.starred ? `<span class="star" title="${esc(tr.t('report.colStarred'))}">★ </span>` : ''}${esc(quoteByline(d))}</footer>`;
      // A note is the note-taker's account, not a quotation: no blockquote, a label, a dotted rule.
      if (!d.verbatim)
        return `<aside class="live-note"><span class="note-label">${esc(d.label ?? '')}</span> ${esc(d.text)}${footer}</aside>`;
      // The block quote marks the words as a quotation, so no quotation marks are added here.
      return `<blockquote>${d.question ? `<span class="question">${esc(d.question)}</span>` : ''}${esc(d.text)}${footer}</blockquote>`;
    })
    .join('');
  return (
    `<section><h${level}>${esc(t.code)}</h${level}><p class="meta">${esc(themeMeta(t, tr))}</p>` +
    (t.description ? `<p class="desc">${esc(t.description)}</p>` : '') +
    quotes +
    '</section>'
  );
}

/** Each section's body, in the shared order (sections.ts). */
const SECTION: Record<SectionId, (r: ReportResult, tr: Translator) => string> = {
  scores: (r, tr) =>
    `<div class="cards">${scoreCards(r)
      .map((c) => `<div class="card">${esc(c.label)}<b>${esc(c.value)}</b><span class="note">${esc(c.note)}</span></div>`)
      .join('')}</div>` + (r.scores.some((s) => s.bySegment.length > 0) ? table(scoresBySegmentTable(r), tr) : ''),
  themes: (r, tr) => {
    const flat = flattenThemes(r.themes);
    return (
      table(themeSummaryTable(r), tr, (i) => flat[i]!.depth === 0) +
      (flat.length > 0 ? `<div class="chart">${frequencyChart(flat, tr, 25, chartMeasure())}</div>` : '')
    );
  },
  quotes: (r, tr) =>
    r.themes.length === 0
      ? `<p>${esc(sectionNotes(r).noCodings)}</p>`
      : quoteThemes(r)
          .map((t) => themeSection(t, tr))
          .join(''),
  breakdown: (r, tr) => {
    const attrs = [...new Set(r.breakdown.columns.map((c) => c.attributeId))];
    const parts = breakdownTables(r);
    return (
      `<p class="note">${esc(sectionNotes(r).breakdown)}</p>` +
      parts
        .map((b, k) => {
          const last = parts[k + 1]?.attributeId !== b.attributeId;
          return (
            `<h3>${esc(b.heading)}</h3>${table(b.table, tr)}` +
            (last
              ? `<div class="chart">${stackedChart(r.breakdown, b.attributeId, `c${attrs.indexOf(b.attributeId)}`, tr, 15, chartMeasure())}</div>`
              : '')
          );
        })
        .join('')
    );
  },
  drivers: (r, tr) =>
    driverViews(r)
      .map(
        (d) =>
          `<h3>${esc(d.heading)}</h3>${table(d.table, tr)}<ul>${d.sentences.map((x) => `<li>${esc(x)}</li>`).join('')}</ul><p class="note">${esc(d.caveat)}</p>`,
      )
      .join(''),
  cooccurrence: (r, tr) => {
    const pairs = cooccurrenceTable(r);
    const heat = heatMapChart(r.cooccurrence, tr, chartMeasure());
    const notes = sectionNotes(r);
    return (
      `<p class="note">${esc(notes.cooccurrence)}</p>` +
      (pairs.rows.length === 0 ? `<p>${esc(notes.noPairs)}</p>` : table(pairs, tr)) +
      (heat ? `<div class="chart">${heat}</div>` : '')
    );
  },
};

/** The whole report as one self-contained, script-free HTML page (every piece of study text escaped). */
export function reportToHtml(r: ReportResult): string {
  const out: string[] = [];
  const tr = reportTranslator(r);
  out.push(
    `<!DOCTYPE html><html lang="${esc(tr.tag)}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
  );
  out.push(
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(r.title)}</title><style>${CSS}</style></head><body>`,
  );
  out.push(`<header><h1>${esc(r.title)}</h1><p class="meta">${esc(frontMatter(r))}</p></header>`);
  for (const s of reportSections(r)) out.push(`<h2>${esc(s.heading)}</h2>`, SECTION[s.id](r, tr));
  out.push('</body></html>');
  return out.join('\n');
}
