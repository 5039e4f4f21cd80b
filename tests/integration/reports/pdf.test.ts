import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportFixture, type ReportFixture } from './reportFixture';

/**
 * PDF export, checked the way a reader sees it: poppler (pdftoppm, pdftotext) must render every
 * page without complaint and find the text, Unicode included. Set VERBATIM_PDF_KEEP=<file> to
 * keep the PDF for looking at it.
 */
const LONG = Array.from(
  { length: 60 },
  (_, i) => `Sentence ${i + 1}: the crème fraîche cost €4.99 and arrived warm, which is “not what I’d call fresh”.`,
).join(' ');
const THEMES = Array.from(
  { length: 36 },
  (_, i) => `Theme ${String(i + 1).padStart(2, '0')} ${['Checkout', 'Delivery slots', 'Freshness', 'Support'][i % 4]}`,
);

let f: ReportFixture;
let pdf: Buffer;
const tmp = mkdtempSync(join(tmpdir(), 'verbatim-report-pdf-'));

beforeAll(async () => {
  f = await reportFixture(true);
  const turns: [string, string][] = [
    ['Eve', 'Honestly 😀👍🏽 it’s “fine” — the crème fraîche was €3 and the app said 日本語 somewhere.'],
    ['Fay', LONG],
    ...THEMES.map((t, i): [string, string] => [
      i % 2 ? 'Eve' : 'Fay',
      `About ${t.toLowerCase()}: point number ${i + 1} that people raised in the group.`,
    ]),
  ];
  const doc = f.transcript(turns, 'Second group');
  const text = (await f.call('documents:get', { id: doc })).text;
  const code = (codeId: string, words: string) => {
    const start = text.indexOf(words);
    if (start < 0) throw new Error(`"${words}" not in document`);
    return f.call('codings:create', { documentId: doc, start, end: start + words.length, codeId });
  };
  const fresh = await f.call('codes:create', {
    name: 'Freshness “cold chain”',
    description: { definition: 'Whether chilled food (crème fraîche, € prices) arrived cold.' },
  });
  await code(fresh.id, turns[0]![1]);
  await code(fresh.id, LONG);
  for (const [i, name] of THEMES.entries()) {
    const c = await f.call('codes:create', { name });
    await code(c.id, turns[i + 2]![1]);
  }
  // The same words under a second code: the report gets a co-occurrence table.
  await code(fresh.id, turns[2]![1]);
  const snap = await f.call('reports:generate', {
    definition: {
      title: 'Grocery study <script>alert(1)</script> — crème fraîche',
      quotes: { perTheme: 5, onePerParticipant: false, attributeIds: [f.attrs.segment.id] },
    },
  });
  const file = (await f.call('reports:export', { snapshotId: snap.id, format: 'pdf' })).files[0]!;
  expect(file.mimeType).toBe('application/pdf');
  pdf = Buffer.from(file.dataBase64, 'base64');
  writeFileSync(join(tmp, 'report.pdf'), pdf);
  if (process.env.VERBATIM_PDF_KEEP) copyFileSync(join(tmp, 'report.pdf'), process.env.VERBATIM_PDF_KEEP);
}, 60_000);
afterAll(() => {
  f.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('PDF export', () => {
  it('is a PDF 1.7 file that poppler renders page by page without errors', () => {
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(pdf.subarray(-6).toString('latin1')).toBe('%%EOF\n');
    const run = spawnSync('pdftoppm', ['-r', '60', '-png', join(tmp, 'report.pdf'), join(tmp, 'page')], { encoding: 'utf8' });
    expect(run.error).toBeUndefined();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const pages = readdirSync(tmp).filter((n) => /^page-\d+\.png$/.test(n));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const info = execFileSync('pdfinfo', [join(tmp, 'report.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(info).toContain(`Pages:           ${pages.length}`);
  });

  it('has searchable, copyable text: accents, €, curly quotes, theme names, hostile text as text, page numbers', () => {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(tmp, 'report.pdf'), '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('crème fraîche');
    expect(flat).toContain('€');
    expect(flat).toContain('“fine”');
    expect(flat).toContain('<script>alert(1)</script>');
    expect(flat).toContain('Price <b>&amp;<i>');
    for (const name of THEMES) expect(flat).toContain(name);
    expect(flat).toContain('Page 1 of');
    const pages = text.split('\f').filter((p) => p.trim());
    const total = pages.length;
    pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${total}`));
    // The long quote starts on one page and ends on the next.
    const first = pages.findIndex((p) => p.replace(/\s+/g, ' ').includes('Sentence 1: the crème'));
    const last = pages.findIndex((p) => p.replace(/\s+/g, ' ').includes('Sentence 60: the crème'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(last).toBeGreaterThan(first);
    // Characters the font lacks are drawn as a visible replacement, not dropped.
    // (DejaVu Sans has 😀 but not 👍 or the skin-tone modifier; Japanese comes from the CJK fallback font.)
    expect(flat).toMatch(/Honestly 😀\uFFFD\uFFFD it’s “fine”/);
    expect(flat).toContain('said 日本語 somewhere');
  });

  it('breaks no word inside a table header: a long header over a column of numbers wraps between words', () => {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(tmp, 'report.pdf'), '-'], { encoding: 'utf8' });
    // The co-occurrence table's numeric column; its capped width once cut the word ("Overlappin g").
    expect(text).toMatch(/\bOverlapping\b/);
    expect(text).not.toMatch(/Overlappin\s+g/);
  });

  it('repeats the header row when a table continues on the next page', () => {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(tmp, 'report.pdf'), '-'], { encoding: 'utf8' });
    const pages = text.split('\f');
    // The theme summary (39 rows) and the breakdown table run over two pages each.
    expect(pages.filter((p) => p.includes('Share (n)')).length).toBeGreaterThanOrEqual(2);
    expect(pages.filter((p) => /Detractor\s+\(n\s+=\s+2,/.test(p)).length).toBeGreaterThanOrEqual(2);
  });
});
