import { describe, expect, it } from 'vitest';
import { tablesToXlsx } from '../../../main/io/report/xlsx';
import { findAll, part, textOf } from '../../integration/reports/ooxml';
import { HOSTILE, hostileTable } from './hostileCells';

const bytes = tablesToXlsx([hostileTable]);
const sheet = part(bytes, 'xl/worksheets/sheet1.xml');
const xfs = findAll(findAll(part(bytes, 'xl/styles.xml'), 'cellXfs')[0]!, 'xf');
const cells = findAll(sheet, 'c').map((c) => ({
  ref: c.attrs.get('r')!,
  type: c.attrs.get('t'),
  text: textOf(c),
  quotePrefix: xfs[Number(c.attrs.get('s') ?? 0)]!.attrs.get('quotePrefix') === '1',
}));

describe('XLSX text cells', () => {
  it('hold no formula element anywhere', () => {
    expect(findAll(sheet, 'f')).toEqual([]);
  });

  it('show every text exactly as written (no visible apostrophe), as inline strings with the quote-prefix style', () => {
    const column = (letter: string) => cells.filter((c) => c.ref.startsWith(letter) && c.ref !== `${letter}1`);
    for (const letter of ['A', 'B', 'D']) {
      expect(
        column(letter)
          .slice(0, HOSTILE.length)
          .map((c) => c.text),
      ).toEqual(HOSTILE);
      for (const c of column(letter)) expect(c, c.ref).toMatchObject({ type: 'inlineStr', quotePrefix: true });
    }
    expect(cells.find((c) => c.ref === 'B1')).toMatchObject({ text: '=Header;+x', type: 'inlineStr', quotePrefix: true });
  });

  it('keep numbers as numbers (a score of -3 is the number -3), without the quote prefix', () => {
    const scores = cells.filter((c) => c.ref.startsWith('C') && c.ref !== 'C1');
    expect(scores.map((c) => c.text)).toEqual([...HOSTILE.map(() => '-3'), '2.5', '-0.5']);
    for (const c of scores) expect(c).toMatchObject({ type: undefined, quotePrefix: false });
  });
});
