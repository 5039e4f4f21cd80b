import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { excerptAround, isStrongMatch, matchName, rankByName } from '../../../shared/text/nameMatch';

interface SampleCode {
  name: string;
  children?: SampleCode[];
}

/** The sample study's codebook (resources/sample), flattened with each code's parent path. */
function sampleCodes(): { name: string; parentPath: string | null }[] {
  const tree = JSON.parse(
    readFileSync(new URL('../../../resources/sample/freshBasket/codebook.json', import.meta.url), 'utf8'),
  ) as SampleCode[];
  const out: { name: string; parentPath: string | null }[] = [];
  const visit = (codes: SampleCode[], parentPath: string | null) => {
    for (const c of codes) {
      out.push({ name: c.name, parentPath });
      visit(c.children ?? [], parentPath ? `${parentPath}/${c.name}` : c.name);
    }
  };
  visit(tree, null);
  return out;
}

const names = (query: string) => rankByName(sampleCodes(), query, (c) => c).map((r) => r.item.name);
/** The matched letters of a name, joined with "|" between spans. */
const lit = (query: string, name: string, parent: string | null = null) =>
  (matchName(query, name, parent)?.spans ?? []).map(([s, e]) => name.slice(s, e)).join('|');

describe('matching a typed query to code names', () => {
  it('finds "Convenience & habit" for "conv hab", by the starts of its words', () => {
    expect(names('conv hab')).toEqual(['Convenience & habit']);
    const m = matchName('conv hab', 'Convenience & habit');
    expect(m?.kind).toBe('words');
    expect(isStrongMatch(m)).toBe(true);
    expect(lit('conv hab', 'Convenience & habit')).toBe('Conv|hab');
  });

  it('does not list Accessibility (or any code without those letters) for "conv"', () => {
    expect(names('conv')).toEqual(['Convenience & habit']);
  });

  it('ranks exact, then prefix, then word starts, then letters inside a word', () => {
    const codes = ['Paying', 'Prepaid cards', 'Pay', 'Apple Pay', 'Repayments'].map((name) => ({ name, parentPath: null }));
    const ranked = rankByName(codes, 'pay', (c) => c);
    expect(ranked.map((r) => [r.item.name, r.match.kind])).toEqual([
      ['Pay', 'exact'],
      ['Paying', 'prefix'],
      ['Apple Pay', 'words'],
      ['Repayments', 'substring'],
    ]);
  });

  it('reads initials and run-together word starts', () => {
    expect(names('lms')).toEqual(['Lateness & missed slots']);
    expect(lit('lms', 'Lateness & missed slots')).toBe('L|m|s');
    expect(names('convhab')).toEqual(['Convenience & habit']);
    expect(names('fees min')).toEqual(['Fees & minimum spend']);
  });

  it('lets a query begin in the parent name, but only when it ends in the code’s own name', () => {
    expect(names('deliv late')).toEqual(['Lateness & missed slots']);
    const m = matchName('deliv late', 'Lateness & missed slots', 'Delivery');
    expect(m?.pathSpans).toEqual([[0, 5]]);
    expect(lit('deliv late', 'Lateness & missed slots', 'Delivery')).toBe('Late');
    // "deliv" alone finds Delivery, not each of its children through their path.
    expect(names('deliv')).toEqual(['Delivery']);
  });

  it('accepts a typo or two only in longer words, ranked after every real match', () => {
    expect(names('convenence')).toEqual(['Convenience & habit']);
    expect(matchName('convenence', 'Convenience & habit')?.kind).toBe('fuzzy');
    expect(isStrongMatch(matchName('convenence', 'Convenience & habit'))).toBe(false);
    expect(names('acessibility')).toEqual(['Accessibility']);
    // Short words must be spelt right: "conv" is not "cond" nor "cont".
    expect(names('cnv')).toEqual([]);
    expect(matchName('conv', 'Freshness & condition')).toBeNull();
    // A near miss is not listed beside real matches.
    expect(
      rankByName(
        ['Delivery', 'Delvery slots'].map((name) => ({ name, parentPath: null })),
        'delvery',
        (c) => c,
      ).map((r) => r.item.name),
    ).toEqual(['Delvery slots']);
    expect(names('xyzzy')).toEqual([]);
  });

  it('compares without case or accents and maps highlights back to the written letters', () => {
    expect(matchName('kjop', 'Kjøp og levering')?.kind).toBe('prefix');
    expect(lit('levering', 'Kjøp og levering')).toBe('levering');
    expect(matchName('dostava', 'Đostava')?.kind).toBe('exact');
    expect(lit('elegedett', 'Elégedettség')).toBe('Elégedett');
    // An accent written as a separate mark still maps to the whole letter.
    const decomposed = 'Cafe\u0301 visits';
    expect(lit('cafe', decomposed)).toBe('Cafe\u0301');
  });

  it('finds words inside Chinese names, where no spaces separate them', () => {
    expect(matchName('延误', '配送延误')?.kind).toBe('words');
    expect(lit('延误', '配送延误')).toBe('延误');
    expect(matchName('配', '配送延误')?.kind).toBe('prefix');
  });

  it('treats an empty, blank or punctuation-only query as no match, and survives a huge one', () => {
    expect(matchName('', 'Delivery')).toBeNull();
    expect(matchName('   ', 'Delivery')).toBeNull();
    expect(matchName('&', 'Price & value')).toBeNull();
    expect(matchName('a'.repeat(100_000), 'Delivery')).toBeNull();
    expect(matchName('Delivery/Lateness & missed slots', 'Lateness & missed slots', 'Delivery')?.kind).toBe('exact');
    expect(matchName('delivery / lateness & missed slots', 'Lateness & missed slots', 'Delivery')?.kind).toBe('exact');
  });

  it('finds a code by whole words of its definition, after every name match, and says which words', () => {
    const codes = [
      { name: 'Delivery', parentPath: null, definition: 'Getting the shopping to the door: slots, drivers, timing.' },
      { name: 'Drivers', parentPath: 'Delivery', definition: null },
      { name: 'Price', parentPath: null, definition: 'What it costs; conversion from other shops.' },
    ];
    expect(rankByName(codes, 'drivers', (c) => c).map((r) => [r.item.name, r.match.kind])).toEqual([
      ['Drivers', 'exact'],
      ['Delivery', 'definition'],
    ]);
    const m = matchName('timing slots', 'Delivery', null, codes[0]!.definition);
    expect(m?.kind).toBe('definition');
    expect(m?.definitionSpans?.map(([s, e]) => codes[0]!.definition!.slice(s, e))).toEqual(['slots', 'timing']);
    // Only word starts of three letters or more: "co" or "onversion" find nothing there.
    expect(matchName('co', 'Price', null, codes[2]!.definition)).toBeNull();
    expect(matchName('onversion', 'Price', null, codes[2]!.definition)).toBeNull();
    // A definition match is not strong enough to win over creating what was typed.
    expect(isStrongMatch(m)).toBe(false);
  });

  it('cuts a short stretch of a long definition around the matched words', () => {
    const text = 'A long definition that goes on and on before it finally mentions drivers and keeps going after.';
    const at = text.indexOf('drivers');
    const part = excerptAround(text, [[at, at + 7]], 10);
    expect(part.text).toBe('…mentions drivers and keeps…');
    expect(part.spans.map(([s, e]) => part.text.slice(s, e))).toEqual(['drivers']);
  });

  it('puts shorter names first among prefixes, and keeps the codebook order between word matches', () => {
    expect(names('s')).toEqual([
      'Substitutions',
      'Sustainability',
      'Service recovery',
      'Slot availability',
      'Search & browsing',
      'Lateness & missed slots',
      'Fees & minimum spend',
      'Promotions & loyalty scheme',
      'Compared with shops',
      'Contacting support',
      'Loyalty & switching',
      'Lapsing & switching',
    ]);
  });
});
