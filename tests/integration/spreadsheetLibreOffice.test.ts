import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseXml, type XmlElement, type XmlNode } from '../../main/io/xml';
import { tableToCsv } from '../../main/io/report/csv';
import { tablesToXlsx } from '../../main/io/report/xlsx';
import { HOSTILE, hostileTable } from '../unit/io/hostileCells';
import { findAll } from './reports/ooxml';

// LibreOffice Calc as an independent spreadsheet: it opens our CSV (with formula evaluation on,
// as a person would have it) and XLSX and saves them as flat ODS, where a formula cell carries
// table:formula. About 2 s per conversion (9 s in all on a 2-core machine), so it runs only when
// asked for: VERBATIM_LIBREOFFICE=1 npx vitest run --config tests/vitest.config.ts <this file>
// (needs apt-get install -y --no-install-recommends libreoffice-calc-nogui).
const wanted = process.env.VERBATIM_LIBREOFFICE === '1';
const dir = mkdtempSync(join(tmpdir(), 'verbatim-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Converts `file` with LibreOffice to flat ODS and returns the sheet's cells. */
function calcCells(file: string, inFilter?: string): XmlElement[] {
  const args = ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`];
  if (inFilter) args.push(`--infilter=${inFilter}`);
  const r = spawnSync('soffice', [...args, '--convert-to', 'fods', '--outdir', join(dir, 'out'), file], { encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw new Error(`LibreOffice (soffice) could not be started: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
  const name = file.slice(file.lastIndexOf('/') + 1).replace(/\.\w+$/, '.fods');
  return findAll(parseXml(readFileSync(join(dir, 'out', name), 'utf8'), { maxChars: 50 * 1024 * 1024, maxDepth: 200, maxNodes: 1_000_000 }), 'table-cell');
}

/** ODF text: <text:tab/>, <text:s text:c="n"/> and <text:line-break/> stand for characters. */
const odfText = (node: XmlNode): string => {
  if (typeof node === 'string') return node;
  if (node.local === 'tab') return '\t';
  if (node.local === 's') return ' '.repeat(Number(node.attrs.get('text:c') ?? 1));
  if (node.local === 'line-break') return '\n';
  return node.children.map(odfText).join('');
};
const cellText = (c: XmlElement) => findAll(c, 'p').map(odfText).join('\n');

describe.skipIf(!wanted)('LibreOffice Calc opens our spreadsheets without running a formula', () => {
  // CSV import options: separator, quote ("), UTF-8, from line 1, ..., trim spaces, ..., evaluate formulas.
  it.each([
    [',', 44],
    [';', 59],
    ['TAB', 9],
  ])('CSV read with %s as the separator', (_, code) => {
    const file = join(dir, `hostile-${code}.csv`);
    writeFileSync(file, tableToCsv(hostileTable));
    const cells = calcCells(file, `CSV:${code},34,76,1,,0,false,true,false,false,true,0,true`);
    expect(cells.length).toBeGreaterThan(HOSTILE.length);
    expect(cells.filter((c) => c.attrs.has('table:formula')).map((c) => c.attrs.get('table:formula'))).toEqual([]);
    if (code === 44) {
      const scores = cells.filter((c) => cellText(c) === '-3');
      expect(scores.length).toBe(HOSTILE.length);
      for (const c of scores) expect(c.attrs.get('office:value-type')).toBe('float');
    }
  }, 60_000);

  it('XLSX: text reads back exactly as written, numbers stay numbers', () => {
    const file = join(dir, 'hostile.xlsx');
    writeFileSync(file, tablesToXlsx([hostileTable]));
    const cells = calcCells(file);
    expect(cells.filter((c) => c.attrs.has('table:formula'))).toEqual([]);
    const texts = cells.map(cellText);
    // Line breaks come back as LF however they were written; everything else exactly.
    for (const t of HOSTILE) expect(texts).toContain(t.replace(/\r\n?/g, '\n').replace(/^\n/, ''));
    expect(texts).toContain('=Header;+x');
    const scores = cells.filter((c) => cellText(c) === '-3' && c.attrs.get('office:value-type') === 'float');
    expect(scores.length).toBe(HOSTILE.length);
  }, 60_000);
});
