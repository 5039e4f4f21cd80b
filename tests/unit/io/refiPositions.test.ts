import { describe, expect, it } from 'vitest';
import { detectConvention, conventionForSource } from '../../../main/io/refi/detectUnit';
import type { RefiSelection } from '../../../main/io/refi/model';
import { placeSelection } from '../../../main/io/refi/placeSelection';
import { CONVENTIONS, nameMatches, onWordBoundary, SourcePositions, type Convention } from '../../../main/io/refi/positions';
import { ReportBuilder } from '../../../main/io/refi/report';

const NVIVO: Convention = { unit: 'utf16', crlfAsOne: false, bomCounted: false };
const CP_LF: Convention = { unit: 'codepoints', crlfAsOne: true, bomCounted: false };
const U16_LF: Convention = { unit: 'utf16', crlfAsOne: true, bomCounted: false };

/** Where `words` is in the stored (LF) text, counted the way `c` counts in the raw file text. */
function positionOf(raw: string, words: string, c: Convention, bom = false): { start: number; end: number } {
  const stored = raw.replace(/\r\n?/g, '\n');
  const s = stored.indexOf(words);
  const e = s + words.length;
  // Brute force inverse of SourcePositions.map: the smallest p that maps to the index.
  const p = new SourcePositions(raw, bom);
  const find = (target: number) => {
    for (let i = 0; i <= raw.length + 1; i++) if (p.map(i, c) === target) return i;
    throw new Error(`no position maps to ${target}`);
  };
  return { start: find(s), end: find(e) };
}

const sel = (start: number, end: number, name: string | null = null): RefiSelection => ({
  key: crypto.randomUUID(),
  guid: '',
  name,
  start,
  end,
  badPosition: null,
  description: null,
  codings: [],
  noteRefs: [],
  created: { user: null, at: null },
});

describe('SourcePositions', () => {
  const raw = 'Hi 🙂 there\r\nSecond 😀 line\r\nThird';
  const p = new SourcePositions(raw, false);

  it('stores the text with LF line breaks and knows what the file had', () => {
    expect(p.text).toBe('Hi 🙂 there\nSecond 😀 line\nThird');
    expect(p.hasCrlf).toBe(true);
    expect(p.hasAstral).toBe(true);
  });

  it('maps each convention to the same characters', () => {
    const target = p.text.indexOf('line');
    // "line" in the raw file: UTF-16 index 22; code points 21 (one emoji before); LF text 21 / 20.
    expect(p.map(raw.indexOf('line'), NVIVO)).toBe(target);
    expect(p.map(raw.indexOf('line') - 2, { unit: 'codepoints', crlfAsOne: false, bomCounted: false })).toBe(target);
    expect(p.map(p.text.indexOf('line'), U16_LF)).toBe(target);
    expect(p.map(p.text.indexOf('line') - 2, CP_LF)).toBe(target);
  });

  it('counts a byte order mark only under the conventions that say so', () => {
    const withBom = new SourcePositions('abc def', true);
    expect(withBom.map(4, NVIVO)).toBe(4);
    expect(withBom.map(5, { ...NVIVO, bomCounted: true })).toBe(4);
  });

  it('returns null past the end and treats identical conventions as the same', () => {
    expect(p.map(raw.length + 1, NVIVO)).toBeNull();
    const plain = new SourcePositions('no emoji, no CR', false);
    expect(plain.same(NVIVO, CP_LF)).toBe(true);
    expect(p.same(NVIVO, CP_LF)).toBe(false);
  });
});

describe('which unit a file counted in', () => {
  // An NVivo-like text: an emoji early, CRLF line ends, selections of whole words after both.
  const raw = [
    'Intro 🤣🤣 line',
    'Delivery was late again',
    'The driver 🙂 apologised nicely',
    'Refund took a week',
    'Slots vanish by Tuesday',
  ].join('\r\n');
  const words = ['Delivery was late', 'driver', 'apologised nicely', 'Refund took a week', 'Slots vanish', 'Tuesday'];

  it('picks UTF-16 with CRLF as two for NVivo-style positions, from word boundaries alone', () => {
    const positions = new SourcePositions(raw, true);
    const selections = words.map((w) => ({ ...positionOf(raw, w, NVIVO), name: null }));
    const d = detectConvention([{ positions, selections }], 'NVivo for Windows 12.6');
    expect(d.convention).toEqual(NVIVO);
    expect(d.namesAreText).toBe(false);
    expect(d.evidence).toMatch(
      /^emoji and rare characters as two \(NVivo's way\), Windows line breaks as two: 6 of 6 selections start and end between words/,
    );
  });

  it('picks code points over LF text (QualCoder) when that is what fits, whatever the origin says', () => {
    const positions = new SourcePositions(raw, true);
    const selections = words.map((w) => ({ ...positionOf(raw, w, CP_LF), name: null }));
    expect(detectConvention([{ positions, selections }], 'NVivo').convention).toEqual(CP_LF);
  });

  it('trusts stored selection texts over word boundaries (ATLAS.ti, QualCoder write them)', () => {
    const positions = new SourcePositions(raw, false);
    const selections = words.map((w) => ({ ...positionOf(raw, w, U16_LF), name: w }));
    const d = detectConvention([{ positions, selections }], 'ATLAS.ti 26');
    expect(d.convention).toEqual(U16_LF);
    expect(d.namesAreText).toBe(true);
    expect(d.evidence).toMatch(/6 of 6 selections match their stored text/);
  });

  it('ignores names that are labels, not text (qualitative-coding writes "line:6")', () => {
    const positions = new SourcePositions(raw, false);
    const selections = words.map((w, i) => ({ ...positionOf(raw, w, NVIVO), name: `line:${i}` }));
    const d = detectConvention([{ positions, selections }], null);
    expect(d.convention).toEqual(NVIVO);
    expect(d.namesAreText).toBe(false);
  });

  it('falls back per source when the file-wide choice puts a source outside its text', () => {
    const positions = new SourcePositions('short 🙂 text', false);
    const sample = { positions, selections: [{ start: 8, end: 13, name: null }] };
    expect(conventionForSource(sample, NVIVO)).toEqual(NVIVO);
    const past = { positions, selections: [{ start: 9, end: 14, name: null }] };
    expect(conventionForSource(past, NVIVO).unit).toBe('utf16');
    expect(CONVENTIONS).toHaveLength(8);
  });
});

describe('placing one selection', () => {
  const text = 'Alpha beta gamma. Alpha beta delta 🙂 end';
  const positions = new SourcePositions(text, false);

  it('drops a selection that starts past the end, cuts one that ends past it, and says so', () => {
    const report = new ReportBuilder();
    expect(placeSelection(sel(500, 600), positions, NVIVO, false, 'Doc', report)).toBeNull();
    expect(placeSelection(sel(35, 900), positions, NVIVO, false, 'Doc', report)).toEqual({ start: 35, end: text.length });
    expect(placeSelection(sel(10, 5), positions, NVIVO, false, 'Doc', report)).toBeNull();
    expect(placeSelection(sel(5, 5), positions, NVIVO, false, 'Doc', report)).toBeNull();
    expect(
      placeSelection({ ...sel(0, 1), start: null, badPosition: 'startPosition="x"' }, positions, NVIVO, false, 'Doc', report),
    ).toBeNull();
    const { dropped, mapped } = report.finish();
    expect(dropped.map((d) => d.why)).toEqual([
      'it starts past the end of the text (41 characters)',
      'it starts after it ends',
      'it is empty (it starts where it ends)',
      'its position is not a whole number (startPosition="x")',
    ]);
    expect(mapped[0]!.how).toMatch(/ends past the end of the text \(41 characters\); cut at the end/);
  });

  it('widens a selection that splits an emoji to the whole character', () => {
    const report = new ReportBuilder();
    const at = text.indexOf('🙂');
    expect(placeSelection(sel(at + 1, at + 2), positions, NVIVO, false, 'Doc', report)).toEqual({ start: at, end: at + 2 });
  });

  it('uses the stored text to detect drift and moves the selection to the nearest copy of it', () => {
    const report = new ReportBuilder();
    const second = text.indexOf('Alpha beta delta');
    expect(placeSelection(sel(second + 3, second + 19, 'Alpha beta delta'), positions, NVIVO, true, 'Doc', report)).toEqual({
      start: second,
      end: second + 16,
    });
    expect(report.finish().mapped[0]!.how).toMatch(/drift.*moved -3 characters/);
    const kept = new ReportBuilder();
    expect(placeSelection(sel(0, 5, 'nowhere to be found'), positions, NVIVO, true, 'Doc', kept)).toEqual({ start: 0, end: 5 });
    expect(kept.finish().mapped[0]!.how).toMatch(/not found elsewhere; kept where the file puts it/);
  });

  it('compares stored texts tolerantly: white space and "…" truncation', () => {
    expect(nameMatches('Alpha  beta\ngamma', 'Alpha beta gamma')).toBe(true);
    expect(nameMatches('favoritos. Dificultad: Media Tiempo…', 'favoritos. Dificultad: Media Tiempo: 2 horas')).toBe(true);
    expect(nameMatches('line:6', 'Alpha beta')).toBe(false);
    expect(nameMatches('', '')).toBe(false);
  });

  it('knows word boundaries (the evidence for units without stored texts)', () => {
    expect(onWordBoundary('Alpha beta', 5)).toBe(true);
    expect(onWordBoundary('Alpha beta', 3)).toBe(false);
    expect(onWordBoundary('a🙂b', 2)).toBe(false);
    expect(onWordBoundary('über', 0)).toBe(true);
  });
});
