import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../shared/domain/participantImportPlan';
import { parseCsv } from '../../../shared/text/csv';
import { anyWord, anyWordStart, oneOf } from '../../../shared/text/words';

describe('whole words next to letters outside ASCII', () => {
  it('JavaScript \\b fails next to ő, č and ø; anyWord does not', () => {
    expect(/\bkérdező\b/i.test('Kérdező')).toBe(false); // the bug anyWord exists for
    expect(anyWord(['kérdező']).test('Kérdező 2')).toBe(true);
    expect(anyWord(['ispitivač']).test('ispitivač:')).toBe(true);
    expect(anyWord(['tid']).test('Tid (mm:ss)')).toBe(true);
    // No match inside a longer word, even when the neighbour is a letter \b calls a boundary.
    expect(/\btid\b/i.test('tidø')).toBe(true);
    expect(anyWord(['tid']).test('tidø')).toBe(false);
    expect(anyWord(['ime']).test('vrijeme')).toBe(false);
    expect(anyWord(['ime']).test('čime')).toBe(false);
    expect(anyWord(['nps']).test('NPS-pontszám')).toBe(true);
  });

  it('Chinese words match without spaces around them', () => {
    expect(anyWord(['说话人']).test('说话人姓名')).toBe(true);
    expect(anyWordStart(['推荐']).test('您向朋友推荐的可能性')).toBe(true);
  });

  it('word starts, and exact headers in any case', () => {
    expect(anyWordStart(['preporu']).test('Biste li nas preporučili?')).toBe(true);
    expect(anyWordStart(['ajánl']).test('Mennyire ajánlaná?')).toBe(true);
    expect(anyWordStart(['trud']).test('istrudirati')).toBe(false);
    expect(oneOf(['név']).test('NÉV')).toBe(true);
    expect(oneOf(['név']).test('név és cím')).toBe(false);
  });
});

describe('participant CSV headers in our languages', () => {
  it.each([
    ['Navn;Kjønn;Alder;Anbefale oss (0-10);Kommentar', 'Kari;K;34;9;Fornøyd'],
    ['Ime;Spol;Dob;Biste li nas preporučili (0-10);Napomena', 'Ana;Ž;34;9;Zadovoljna'],
    ['Név;Nem;Életkor;Mennyire ajánlaná (0-10);Megjegyzés', 'Éva;N;34;9;Elégedett'],
    ['姓名;性别;年龄;推荐意愿 (0-10);备注', '王芳;女;34;9;满意'],
  ])('%s: name, notes and the NPS question are recognised', (header, row) => {
    const table = parseCsv(`${header}\n${row}\n${row.replace(/^[^;]+/, 'B')}\n`);
    const mapping = suggestMapping(table, []);
    expect(mapping[0]).toEqual({ kind: 'name' });
    expect(mapping[3]).toMatchObject({ kind: 'newAttribute', type: 'score', scaleKind: 'nps' });
    expect(mapping[4]).toEqual({ kind: 'notes' });
  });
});
