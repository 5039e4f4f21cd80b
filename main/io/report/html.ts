import { frequencyChart, heatMapChart, stackedChart } from '../../../shared/reports/charts';
import { escapeXml as esc, formatPct } from '../../../shared/reports/escape';
import { quoteDisplay } from '../../../shared/reports/quoteDisplay';
import type { ReportResult, ThemeSummary } from '../../../shared/reports/result';
import { flattenThemes } from '../../../shared/reports/themes';

/** No scripts, no network: only inline styles and data: images may load (inline SVG needs nothing). */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const CSS = `
body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;color:#1b1f24;max-width:980px;margin:2rem auto;padding:0 1.5rem;line-height:1.45}
h1{font-size:1.9rem;margin:0 0 .3rem}h2{font-size:1.35rem;border-bottom:2px solid #3b5b7c;padding-bottom:.2rem;margin-top:2.2rem}
h3{font-size:1.1rem;margin:1.6rem 0 .3rem}.meta{color:#555;font-size:.9rem}
table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.6rem 0}th,td{border:1px solid #c9d1d9;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#eef2f6}td.num{text-align:right;font-variant-numeric:tabular-nums}.small{color:#8a5a00;font-style:italic}
blockquote{margin:.5rem 0 .7rem;padding:.35rem .9rem;border-left:4px solid #3b5b7c;background:#f6f8fa;white-space:pre-wrap}
blockquote footer,.live-note footer{font-size:.8rem;color:#555;margin-top:.25rem;white-space:normal}.star{font-weight:bold}
.question{display:block;font-size:.85rem;color:#555;font-style:italic;margin-bottom:.2rem}
.live-note{display:block;margin:.5rem 0 .7rem;padding:.35rem .9rem;border-left:4px dotted #8a96a3;white-space:pre-wrap;color:#333}
.note-label{font-size:.75rem;font-weight:bold;text-transform:uppercase;letter-spacing:.04em;color:#555}
.desc{color:#333;font-style:italic;margin:.2rem 0}.chart{margin:1rem 0;overflow-x:auto}.chart svg{max-width:100%;height:auto}
.cards{display:flex;flex-wrap:wrap;gap:.8rem}.card{border:1px solid #c9d1d9;border-radius:6px;padding:.6rem .9rem;min-width:10rem}
.card b{font-size:1.5rem;display:block}.note{font-size:.85rem;color:#444}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}blockquote,.live-note,tr,.chart{break-inside:avoid}}`;

const td = (v: string | number | null, num = false) => `<td${num ? ' class="num"' : ''}>${v === null ? '' : esc(String(v))}</td>`;

function themeSection(t: ThemeSummary): string {
  const level = Math.min(4, 3 + t.depth);
  const quotes = t.quotes
    .map((q) => {
      const d = quoteDisplay(q);
      // Documents are usually named after their session; say it once.
      const where = q.session && q.document.startsWith(q.session) ? q.document : [q.session, q.document].filter(Boolean).join(' · ');
      const footer = `<footer>${q.starred ? '<span class="star" title="starred">★ </span>' : ''}${esc(d.attribution)}${where ? ` <span class="meta">(${esc(where)})</span>` : ''}</footer>`;
      // A note is the note-taker's account, not a quotation: no blockquote, a label, a dotted rule.
      if (!d.verbatim) return `<aside class="live-note"><span class="note-label">${esc(d.label ?? '')}</span> ${esc(d.text)}${footer}</aside>`;
      return `<blockquote>${d.question ? `<span class="question">${esc(d.question)}</span>` : ''}${esc(d.text)}${footer}</blockquote>`;
    })
    .join('');
  return `<section><h${level}>${esc(t.code)}</h${level}>` +
    `<p class="meta">${t.participants} of ${t.share.n} participants (${formatPct(t.share.share)}) · ${t.codings} codings · ${t.documents} documents · ${t.sessions} sessions</p>` +
    (t.description ? `<p class="desc">${esc(t.description)}</p>` : '') + quotes + '</section>' +
    t.children.map(themeSection).join('');
}

/** Scores per segment as one compact table: a row per group, a column per score, n beside each value. */
function scorePivot(r: ReportResult): string {
  const rows = new Map<string, { attribute: string; group: string; cells: Map<string, { n: number; value: number | null }> }>();
  for (const s of r.scores)
    for (const g of s.bySegment) {
      const key = `${g.attribute}\u0000${g.group}`;
      const row = rows.get(key) ?? { attribute: g.attribute, group: g.group, cells: new Map() };
      row.cells.set(s.attributeId, { n: g.n, value: g.value });
      rows.set(key, row);
    }
  if (rows.size === 0) return '';
  const head = r.scores.map((s) => `<th>${esc(s.attribute)}${s.kind === 'csat' ? ' (% 4–5)' : s.kind === 'ces' ? ' (mean)' : ''}</th>`).join('');
  const body = [...rows.values()].map((row) => {
    const cells = r.scores.map((s) => {
      const c = row.cells.get(s.attributeId);
      if (!c || c.value === null) return '<td class="num">–</td>';
      return `<td class="num">${c.value}${s.kind === 'csat' ? '%' : ''} <span class="note">(n = ${c.n}${c.n < 5 ? ', <span class="small">small n</span>' : ''})</span></td>`;
    });
    return `<tr>${td(row.attribute)}${td(row.group)}${cells.join('')}</tr>`;
  });
  return `<table><thead><tr><th>Segment</th><th>Group</th>${head}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

/** The whole report as one self-contained, script-free HTML page (every piece of study text escaped). */
export function reportToHtml(r: ReportResult): string {
  const flat = flattenThemes(r.themes);
  const out: string[] = [];
  out.push(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
  out.push(`<meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(r.title)}</title><style>${CSS}</style></head><body>`);
  out.push(`<header><h1>${esc(r.title)}</h1><p class="meta">Generated ${esc(r.generatedAt.slice(0, 16).replace('T', ' '))} UTC · ${r.participantsInScope} participants in scope · ${r.codingsInScope} codings · ${esc(r.scopeNote)}</p></header>`);

  if (r.scores.length > 0) {
    out.push('<h2>Satisfaction scores</h2><div class="cards">');
    for (const s of r.scores) out.push(`<div class="card">${esc(s.attribute)}${s.attribute.toUpperCase() === s.kind.toUpperCase() ? '' : ` (${s.kind.toUpperCase()})`}<b>${s.overall.value ?? '–'}${s.kind === 'csat' ? '%' : ''}</b><span class="note">n = ${s.overall.n}; ${esc(s.overall.detail)}</span></div>`);
    out.push('</div>');
    out.push(scorePivot(r));
  }

  out.push('<h2>Theme summary</h2>');
  out.push(`<table><thead><tr><th>Theme</th><th>Codings</th><th>Documents</th><th>Sessions</th><th>Participants</th><th>Share (n)</th></tr></thead><tbody>`);
  for (const t of flat)
    out.push(`<tr><td style="padding-left:${0.45 + t.depth * 1.2}rem">${t.depth === 0 ? `<b>${esc(t.name)}</b>` : esc(t.name)}</td>${td(t.codings, true)}${td(t.documents, true)}${td(t.sessions, true)}${td(t.participants, true)}<td class="num">${formatPct(t.share.share)} (${t.share.n})</td></tr>`);
  out.push('</tbody></table>');
  if (flat.length > 0) out.push(`<div class="chart">${frequencyChart(flat)}</div>`);

  out.push('<h2>Themes and quotes</h2>');
  out.push(r.themes.length === 0 ? '<p>No codings match this report’s filters.</p>' : r.themes.map(themeSection).join(''));

  out.push('<h2>Breakdown by participant attributes</h2><p class="note">Participants who mentioned each theme, and the share of each column’s participants. Columns with fewer than 5 people are marked <span class="small">small n</span>: read them as hints.</p>');
  const attrs = [...new Map(r.breakdown.columns.map((c) => [c.attributeId, c.attribute])).entries()];
  for (const [id, name] of attrs) {
    const cols = r.breakdown.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.attributeId === id);
    out.push(`<h3>${esc(name)}</h3><table><thead><tr><th>Theme</th>${cols.map(({ c }) => `<th>${esc(c.label)}<br><span class="note">n = ${c.n}</span>${c.smallN ? ' <span class="small">small n</span>' : ''}</th>`).join('')}</tr></thead><tbody>`);
    for (const row of r.breakdown.rows)
      out.push(`<tr><td style="padding-left:${0.45 + row.depth * 1.2}rem">${esc(row.code.split('/').pop()!)}</td>${cols.map(({ i }) => `<td class="num">${row.cells[i]!.count} (${formatPct(row.cells[i]!.share)})</td>`).join('')}</tr>`);
    out.push('</tbody></table>');
    out.push(`<div class="chart">${stackedChart(r.breakdown, id, `c${attrs.findIndex(([a]) => a === id)}`)}</div>`);
  }

  for (const d of r.drivers) {
    out.push(`<h2>What ${esc(d.lowLabel)} raise more than ${esc(d.highLabel)} (${esc(d.attribute)})</h2><p class="note">${esc(d.caveat)}</p>`);
    out.push(`<table><thead><tr><th>Theme</th><th>${esc(d.lowLabel)} (n = ${d.lowN})</th><th>${esc(d.highLabel)} (n = ${d.highN})</th><th>Difference</th><th>Lift</th></tr></thead><tbody>`);
    for (const x of d.rows.slice(0, 15))
      out.push(`<tr>${td(x.code)}<td class="num">${x.low.count} (${formatPct(x.low.share)})</td><td class="num">${x.high.count} (${formatPct(x.high.share)})</td><td class="num">${x.differencePts === null ? '–' : `${x.differencePts > 0 ? '+' : ''}${x.differencePts} pts`}</td><td class="num">${x.lift === null ? '–' : `×${x.lift}`}</td></tr>`);
    out.push('</tbody></table><ul>');
    for (const x of d.rows.slice(0, 3)) out.push(`<li>${esc(x.sentence)}</li>`);
    out.push('</ul>');
  }

  const co = r.cooccurrence;
  out.push('<h2>Co-occurrence</h2><p class="note">How often two codes overlap on the same words, and how many turns carry both (Jaccard = turns with both ÷ turns with either).</p>');
  const pairs: string[] = [];
  for (let i = 0; i < co.codes.length; i++)
    for (let j = i + 1; j < co.codes.length; j++) {
      const c = co.cells[i]![j]!;
      if (c.overlaps > 0 || c.sameTurn > 0) pairs.push(`<tr>${td(co.codes[i]!.code)}${td(co.codes[j]!.code)}${td(c.overlaps, true)}${td(c.sameTurn, true)}${td(c.jaccard.toFixed(2), true)}</tr>`);
    }
  out.push(pairs.length === 0 ? '<p>No two codes occur together.</p>' : `<table><thead><tr><th>Code A</th><th>Code B</th><th>Overlapping codings</th><th>Same turn</th><th>Jaccard</th></tr></thead><tbody>${pairs.slice(0, 40).join('')}</tbody></table>`);
  const heat = heatMapChart(co);
  if (heat) out.push(`<div class="chart">${heat}</div>`);
  out.push('</body></html>');
  return out.join('\n');
}
