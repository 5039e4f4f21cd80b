import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseXml, type XmlElement, type XmlNode } from '../../main/formats/xml';
import { tableToCsv } from '../../main/io/report/csv';
import { tablesToXlsx } from '../../main/io/report/xlsx';
import { HOSTILE, hostileTable } from '../unit/io/hostileCells';
import { convertWithLibreOffice, hasLibreOffice, NO_LIBREOFFICE } from './libreOffice';
import { findAll } from './reports/ooxml';

// LibreOffice Calc as an independent spreadsheet: it opens our CSV (with formula evaluation on,
// as a person would have it) and XLSX and saves them as flat ODS, where a formula cell carries
// table:formula. About 2 s per conversion (9 s in all on a 2-core machine); runs wherever LibreOffice
// is installed (see libreOffice.ts).
const dir = mkdtempSync(join(tmpdir(), 'verbatim-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Converts `file` with LibreOffice to flat ODS and returns the sheet's cells. */
function calcCells(file: string, inFilter?: string): XmlElement[] {
  convertWithLibreOffice([file], 'fods', join(dir, 'out'), { inFilter, timeoutMs: 60_000 });
  const name = file.slice(file.lastIndexOf('/') + 1).replace(/\.\w+$/, '.fods');
  return findAll(
    parseXml(readFileSync(join(dir, 'out', name), 'utf8'), { maxChars: 50 * 1024 * 1024, maxDepth: 200, maxNodes: 1_000_000 }),
    'table-cell',
  );
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

describe.skipIf(!hasLibreOffice)(
  hasLibreOffice ? 'LibreOffice Calc opens our spreadsheets without running a formula' : NO_LIBREOFFICE,
  () => {
    // CSV import options: separator, quote ("), UTF-8, from line 1, ..., trim spaces, ..., evaluate formulas.
    it.each([
      [',', 44],
      [';', 59],
      ['TAB', 9],
    ])(
      'CSV read with %s as the separator',
      (_, code) => {
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
      },
      60_000,
    );

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
  },
);
