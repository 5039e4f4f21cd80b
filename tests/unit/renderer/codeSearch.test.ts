import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Code } from '../../../shared/domain/coding';
import { filterCodes, visibleRows } from '../../../renderer/codebook/treeRows';
import { paletteOptions, type PaletteOption } from '../../../renderer/ui/paletteOptions';
import { translatorFor } from '../../../shared/i18n/translator';

const en = translatorFor('en');

interface SampleCode {
  name: string;
  definition?: string;
  children?: SampleCode[];
}

/** The sample study's codebook as the backend lists it: depth-first, with paths. */
function sampleCodebook(): Code[] {
  const tree = JSON.parse(
    readFileSync(new URL('../../../resources/sample/freshBasket/codebook.json', import.meta.url), 'utf8'),
  ) as SampleCode[];
  const out: Code[] = [];
  const visit = (codes: SampleCode[], parent: Code | null) => {
    codes.forEach((c, position) => {
      const code: Code = {
        id: `id-${out.length}`,
        parentId: parent?.id ?? null,
        name: c.name,
        path: parent ? `${parent.path}/${c.name}` : c.name,
        color: '#4f7cac',
        position,
        pinned: null,
        codings: 0,
        documents: 0,
        participants: 0,
        totalCodings: 0,
        totalDocuments: 0,
        totalParticipants: 0,
        definition: c.definition ?? null,
        whenToUse: null,
        whenNotToUse: null,
        example: null,
      } as Code;
      out.push(code);
      visit(c.children ?? [], code);
    });
  };
  visit(tree, null);
  return out;
}

const label = (o: PaletteOption) => (o.kind === 'code' ? o.code.name : `+ ${o.name}`);
const palette = (query: string, codes = sampleCodebook(), keys = new Map<string, number>(), recent: string[] = []) =>
  paletteOptions(query, codes, codes, keys, recent, en.t).options.map(label);

describe('the code palette', () => {
  it('puts the existing "Convenience & habit" before "Create" for "conv hab", so Enter applies it', () => {
    expect(palette('conv hab')).toEqual(['Convenience & habit', '+ conv hab']);
  });

  it('puts Create first when nothing matches, or only a near miss does', () => {
    expect(palette('Parking')).toEqual(['+ Parking']);
    expect(palette('convenence')).toEqual(['+ convenence', 'Convenience & habit']);
  });

  it('offers no Create for a name that is already there, nor a duplicate sub-code', () => {
    expect(palette('accessibility')).toEqual(['Accessibility']);
    expect(palette('Delivery/Driver help & courtesy')[0]).toBe('Driver help & courtesy');
    expect(palette('Delivery/Driver help & courtesy')).not.toContain('+ Driver help & courtesy');
    expect(paletteOptions('Nowhere/Thing', sampleCodebook(), sampleCodebook(), new Map(), [], en.t).problem).toBe(
      'There is no code “Nowhere” to put “Thing” under.',
    );
  });

  it('with nothing typed lists the number-key codes by key, then the recently used, then the rest', () => {
    const codes = sampleCodebook();
    const id = (name: string) => codes.find((c) => c.name === name)!.id;
    const keys = new Map([
      [id('Refunds & returns'), 2],
      [id('Delivery'), 1],
    ]);
    const listed = palette('', codes, keys, [id('Substitutions'), id('Delivery'), id('Recommending')]);
    expect(listed.slice(0, 5)).toEqual(['Delivery', 'Refunds & returns', 'Substitutions', 'Recommending', 'Slot availability']);
    expect(listed).toHaveLength(codes.length);
  });
});

describe('the codebook filter', () => {
  it('keeps only codes whose names match "conv", not Accessibility, with the matched letters', () => {
    const codes = sampleCodebook();
    const filter = filterCodes(codes, 'conv')!;
    const rows = visibleRows(codes, new Set(), filter);
    expect(rows.map((r) => [r.code.name, r.match?.kind ?? null])).toEqual([
      ['Loyalty & switching', null],
      ['Convenience & habit', 'prefix'],
    ]);
    expect(rows[0]!.context).toBe(true);
    expect(rows[1]!.match?.spans).toEqual([[0, 4]]);
  });

  it('shows a match inside a collapsed branch, with the parent it lives under, and definition matches last', () => {
    const codes = sampleCodebook();
    const orderAccuracy = codes.find((c) => c.name === 'Order accuracy')!;
    const rows = visibleRows(codes, new Set([orderAccuracy.id]), filterCodes(codes, 'sub'));
    // Checkout & basket follows, found by "substitution" in its definition (after every name match).
    expect(rows.map((r) => `${r.code.name}:${r.match?.kind ?? '-'}`)).toEqual([
      'Order accuracy:-',
      'Substitutions:prefix',
      'App & ordering:-',
      'Checkout & basket:definition',
    ]);
    expect(filterCodes(codes, 'ret')!.matches.get(codes.find((c) => c.name === 'Refunds & returns')!.id)?.kind).toBe('words');
  });

  it('orders branches by their best match, not by codebook order', () => {
    const codes = sampleCodebook();
    // "pa": Packaging waste (a prefix, in the last branch) comes before "Compared" (letters inside a word).
    const rows = visibleRows(codes, new Set(), filterCodes(codes, 'pa'));
    expect(rows.map((r) => `${r.code.name}:${r.match?.kind ?? '-'}`)).toEqual([
      'Sustainability:-',
      'Packaging waste:prefix',
      'Price & value:-',
      'Compared with shops:substring',
    ]);
  });
});
