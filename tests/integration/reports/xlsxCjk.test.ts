import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CJK, cjkStudy } from './cjkStudy';

/**
 * A Chinese study's XLSX: a Chinese character is two character cells wide in a spreadsheet, so
 * column widths and the heights of wrapped rows count it twice; counted once, a wrapped Chinese
 * quote got half the lines it needs and was cut off at the row's foot.
 */
const tmp = mkdtempSync(join(tmpdir(), 'verbatim-report-cjk-xlsx-'));
const sheets: string[] = [];

beforeAll(async () => {
  const study = await cjkStudy();
  const file = join(tmp, 'cjk.xlsx');
  writeFileSync(file, await study.exportAs('xlsx'));
  study.close();
  const names = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' })
    .split('\n')
    .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  for (const n of names) sheets.push(execFileSync('unzip', ['-p', file, n], { encoding: 'utf8', maxBuffer: 64 << 20 }));
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Character cells, counted here on their own: CJK ideographs and fullwidth punctuation two, the rest one. */
const cells = (s: string) => [...s].reduce((n, ch) => n + (/[\u3000-\u303f\u4e00-\u9fff\uff00-\uff60]/.test(ch) ? 2 : 1), 0);

describe('a Chinese study as XLSX', () => {
  it('gives a wrapped Chinese quote a row tall enough for its lines', () => {
    const sheet = sheets.find((s) => s.includes(CJK.turns.li))!;
    expect(sheet).toBeDefined();
    const cols = [...sheet.matchAll(/<col min="(\d+)" max="\d+" width="(\d+)"/g)].map((m) => Number(m[2]));
    const rows = [...sheet.matchAll(/<row r="(\d+)"([^>]*)>([\s\S]*?)<\/row>/g)].slice(1);
    const long = rows.find((m) => m[3]!.includes(CJK.long.slice(0, 20)))!;
    expect(long).toBeDefined();
    const cellsXml = [...long[3]!.matchAll(/<c r="([A-Z]+)\d+"[^>]*><is><t[^>]*>([^<]*)<\/t>/g)];
    const quoteCell = cellsXml.find((c) => c[2]!.includes(CJK.long.slice(0, 20)))!;
    const width = cols[quoteCell[1]!.charCodeAt(0) - 65]!;
    const lines = Math.min(15, Math.ceil(cells(quoteCell[2]!) / (width - 2)));
    const height = Number(/ht="(\d+)"/.exec(long[2]!)?.[1] ?? 15);
    expect(height).toBeGreaterThanOrEqual(lines * 15);
  });
});
