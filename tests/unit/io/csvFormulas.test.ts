import { describe, expect, it } from 'vitest';
import { csvField, tableToCsv } from '../../../main/io/report/csv';
import type { Cell } from '../../../main/io/report/tables';
import { formulaCells, HOSTILE, hostileTable as table, readCsvAs, SEPARATORS } from './hostileCells';

describe('CSV cells are never formulas, whatever separator the spreadsheet splits on', () => {
  it.each(SEPARATORS.map((s) => [JSON.stringify(s), s] as const))('read with %s: no cell starts a formula', (_, separator) => {
    const rows = readCsvAs(tableToCsv(table), separator);
    expect(formulaCells(rows)).toEqual([]);
  });

  it.each(SEPARATORS.map((s) => [JSON.stringify(s), s] as const))(
    'read with %s: 3,000 random cells of separators, quotes and formula characters never start a formula',
    (_, separator) => {
      let seed = 20261207;
      const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      const alphabet = ['=', '+', '-', '@', ';', '\t', '\r', '\n', '"', ',', "'", ' ', 'a', '1'];
      const text = () => Array.from({ length: Math.floor(random() * 9) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const rows: Cell[][] = Array.from({ length: 500 }, () => [
        text(),
        text(),
        random() < 0.5 ? -Math.floor(random() * 10) : text(),
        text(),
        text(),
        text(),
      ]);
      expect(
        formulaCells(readCsvAs(tableToCsv({ name: 'r', title: 'r', header: ['a', 'b', 'c', 'd', 'e', 'f'], rows }), separator)),
      ).toEqual([]);
    },
  );

  it('read with ",": every text comes back as written, the formula-looking ones behind one apostrophe', () => {
    const rows = readCsvAs(tableToCsv(table), ',');
    expect(rows[0]).toEqual(['Text', "'=Header;'+x", 'Score', 'After']);
    expect(rows).toHaveLength(HOSTILE.length + 3);
    HOSTILE.forEach((text, i) => {
      const back = rows[i + 1]![0]!;
      expect(rows[i + 1]).toEqual([back, back, '-3', back]);
      // Removing the apostrophes we added gives the text back.
      expect(back.replace(/(^|[;\t\r\n])'/g, '$1')).toBe(text);
    });
    expect(rows.at(-2)).toEqual(['plain', '', '2.5', '']);
  });

  it('read with ";": a quoted cell at the start of a line is not split at its ";"', () => {
    const rows = readCsvAs(tableToCsv({ name: 't', title: 't', header: ['a;b', 'c'], rows: [['x;=cmd', 'y']] }), ';');
    expect(rows).toEqual([['a;b,c'], ["x;'=cmd,y"]]);
  });

  it('writes numbers as numbers: negatives and decimals bare, non-finite values empty', () => {
    expect([-3, -0.5, 0, 42, 1e21, Number.NaN, Number.POSITIVE_INFINITY].map((c) => csvField(c))).toEqual([
      '-3',
      '-0.5',
      '0',
      '42',
      '1e+21',
      '',
      '',
    ]);
  });

  it('escapes text cell by cell', () => {
    expect(csvField('-3')).toBe("'-3"); // text that looks like a number is still text
    expect(csvField("x;=cmd|' /C calc'!A0")).toBe(`"x;'=cmd|' /C calc'!A0"`);
    expect(csvField('x;"=cmd"')).toBe(`"x;'""=cmd"""`);
    expect(csvField('line\n@x')).toBe(`"line\n'@x"`);
    expect(csvField('x;')).toBe(`"x;'"`);
    expect(csvField('x\t""')).toBe(`"x\t'"""""`);
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('a\tb')).toBe('"a\tb"');
    expect(csvField('a; =b')).toBe(`"a;' =b"`); // LibreOffice can trim the space, then run "=b"
    expect(csvField(' -b')).toBe("' -b");
    expect(csvField('a; b')).toBe('"a; b"');
    expect(csvField('Ana')).toBe('Ana');
    expect(csvField(null)).toBe('');
  });
});
