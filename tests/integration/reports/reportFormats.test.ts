import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportResult } from '../../../shared/reports/result';
import { makeEnv, type TestEnv } from '../helpers';

/**
 * One report, the same everywhere: the sample study's report as HTML, PDF and DOCX, each read back
 * by a reader that is not ours (tags stripped from the HTML, poppler's pdftotext for the PDF, the
 * DOCX's XML read with plain text matching after `unzip -p`), must show the same section headings
 * in the same order, each once, the same scores with the same rounding, the same breakdown cells
 * and quotes with one pair of quotation marks.
 */
let env: TestEnv;
let result: ReportResult;
const text = { html: '', pdf: '', docx: '' };
let pdfBytes = 0;
let pdfFonts = '';
const headings = { html: [] as string[], pdf: [] as string[], docx: [] as string[] };

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const stripTags = (s: string) => unescape(s.replace(/<[^>]+>/g, ' '));

/** Paragraphs of word/document.xml as [style, text], read with regular expressions (not the app's XML reader). */
function docxParagraphs(xml: string): [string | null, string][] {
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const body = m[1]!;
    const style = /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1] ?? null;
    return [style, unescape([...body.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))];
  });
}

beforeAll(async () => {
  env = makeEnv();
  await env.ok('study:openSample', {});
  const snap = await env.ok('reports:generate', { definition: {} });
  result = snap.result;
  const bytes = async (format: 'html' | 'pdf' | 'docx') =>
    Buffer.from((await env.ok('reports:export', { snapshotId: snap.id, format })).files[0]!.dataBase64, 'base64');

  const html = (await bytes('html')).toString('utf8');
  headings.html = [...html.matchAll(/<h2>([\s\S]*?)<\/h2>/g)].map((m) => flat(stripTags(m[1]!)));
  text.html = flat(stripTags(html.replace(/<svg[\s\S]*?<\/svg>/g, ' ')));

  const pdfPath = join(env.dir, 'report.pdf');
  const pdf = await bytes('pdf');
  pdfBytes = pdf.length;
  if (process.env.VERBATIM_PDF_KEEP) writeFileSync(process.env.VERBATIM_PDF_KEEP, pdf);
  writeFileSync(pdfPath, pdf);
  pdfFonts = execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' });
  const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', pdfPath, '-'], { encoding: 'utf8' });
  text.pdf = flat(pdfText);
  // A section heading is a line of its own; look for every heading any format uses.
  const candidates = new Set([
    ...headings.html,
    'Breakdown and scores',
    'Breakdown by segment',
    'Satisfaction scores',
    'What drives dissatisfaction',
  ]);
  headings.pdf = pdfText
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => candidates.has(l));

  const docxPath = join(env.dir, 'report.docx');
  writeFileSync(docxPath, await bytes('docx'));
  const paragraphs = docxParagraphs(
    execFileSync('unzip', ['-p', docxPath, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 }),
  );
  headings.docx = paragraphs.filter(([style]) => style === 'Heading1').map(([, t]) => flat(t));
  const xml = execFileSync('unzip', ['-p', docxPath, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  // Table cells joined by spaces, paragraphs by spaces: the document's text in reading order.
  text.docx = flat(
    unescape(
      xml
        .replace(/<w:br\/>/g, ' ')
        .replace(/<\/w:p>/g, ' ')
        .replace(/<[^>]+>/g, ''),
    ),
  );
}, 120_000);

afterAll(() => {
  env.backend.close();
  env.cleanup();
});

describe('the sample study report in HTML, PDF and DOCX', () => {
  it('is a small PDF: its fonts are embedded as subsets of the glyphs it uses', () => {
    expect(pdfBytes).toBeLessThan(1_000_000);
    const fonts = pdfFonts
      .split('\n')
      .slice(2)
      .filter((l) => l.trim());
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f, f).toMatch(/^[A-Z]{6}\+/);
  });

  it('has the same sections in the same order, each once', () => {
    expect(headings.html).toEqual([
      'Satisfaction scores',
      'Theme summary',
      'Themes and quotes',
      'Breakdown by participant attributes',
      'What drives dissatisfaction',
      'Co-occurrence',
    ]);
    expect(headings.pdf).toEqual(headings.html);
    expect(headings.docx).toEqual(headings.html);
  });

  it('shows each satisfaction score with the same value and rounding (CES to one decimal, CSAT and NPS whole)', () => {
    const shape = { NPS: /^[+-]?\d+$/, 'CSAT (% 4–5)': /^\d+%$/, 'CES (mean, 1–7)': /^\d+\.\d$/ } as const;
    for (const [label, format] of Object.entries(shape)) {
      const pattern = new RegExp(`${label.replace(/[()%]/g, '\\$&')}:? (\\S+) n = `);
      const values = Object.fromEntries(Object.entries(text).map(([k, t]) => [k, pattern.exec(t)?.[1] ?? null]));
      expect(values.html, label).toMatch(format);
      expect(values, label).toEqual({ html: values.html, pdf: values.html, docx: values.html });
    }
    // CES: the mean of the answers, to one decimal, worked out here from the score's own detail.
    const ces = result.scores.find((s) => s.kind === 'ces')!;
    expect(text.pdf).toContain(`CES (mean, 1–7): ${ces.overall.value!.toFixed(1)}`);
  });

  it('shows every theme with the same participants, share and counts', () => {
    const walk = (list: ReportResult['themes']): ReportResult['themes'] => list.flatMap((t) => [t, ...walk(t.children)]);
    for (const t of walk(result.themes)) {
      const line = `${t.participants} of ${t.share.n} participants (${Math.round((t.participants / t.share.n) * 100)}%) · ${t.codings} codings`;
      for (const [format, body] of Object.entries(text)) expect(body, `${format}: ${t.code}`).toContain(line);
    }
  });

  it('prints each breakdown row as "count (share)" per group, one attribute at a time, the same in every format', () => {
    const row = result.breakdown.rows[0]!;
    const first = result.breakdown.columns[0]!.attributeId;
    const cells = result.breakdown.columns.flatMap((c, i) =>
      c.attributeId === first ? [`${row.cells[i]!.count} (${Math.round(row.cells[i]!.share! * 100)}%)`] : [],
    );
    const line = `${row.code} ${cells.join(' ')}`;
    for (const [format, body] of Object.entries(text)) expect(body, format).toContain(line);
  });

  it('never doubles quotation marks around a quote that has its own', () => {
    const walk = (list: ReportResult['themes']): ReportResult['themes'] => list.flatMap((t) => [t, ...walk(t.children)]);
    const own = walk(result.themes)
      .flatMap((t) => t.quotes.map((q) => q.text))
      .filter((q) => /^["“«„][^"”»“]*["”»“]$/.test(q));
    expect(own.length).toBeGreaterThan(0);
    for (const q of own)
      for (const [format, body] of Object.entries(text)) {
        const printed = flat(q);
        expect(body, format).toContain(printed);
        expect(body, format).not.toContain(`“${printed}`);
        expect(body, format).not.toContain(`${printed}”`);
      }
  });
});
