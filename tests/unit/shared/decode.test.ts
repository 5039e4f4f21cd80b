import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, normalizeNewlines, TextDecodeError } from '../../../main/formats/text/decode';
import { english } from '../../english';

const FIXTURES = new URL('../../fixtures/csv/', import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURES)));
const bytes = (...b: number[]) => new Uint8Array(b);

/** UTF-16 with a BOM, as Excel's "Unicode text" and many Windows tools write it. */
function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  if (endian === 'be') for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return new Uint8Array(le);
}

function decodeError(data: Uint8Array, name = 'people.csv'): string {
  try {
    decodeText(data, name);
  } catch (e) {
    expect(e).toBeInstanceOf(TextDecodeError);
    return (e as Error).message;
  }
  throw new Error('expected a TextDecodeError');
}

describe('decodeText', () => {
  it('reads plain UTF-8 without a note', () => {
    expect(decodeText(new TextEncoder().encode('Name\nZoë 🙂\n'), 'a.csv')).toMatchObject({
      text: 'Name\nZoë 🙂\n',
      encoding: 'utf-8',
      evidence: 'certain',
      note: null,
    });
  });

  it('drops a UTF-8 BOM and says it was there', () => {
    const d = decodeText(fixture('excel-semicolon.csv'), 'excel-semicolon.csv');
    expect(d.encoding).toBe('utf-8-bom');
    expect(english(d.note)).toBeNull();
    expect(d.text.startsWith('Name;Segment')).toBe(true);
    expect(d.text).toContain('Chloé Martin');
  });

  it('turns CRLF and lone CR into LF, inside quoted fields too', () => {
    const d = decodeText(fixture('excel-semicolon.csv'), 'x.csv');
    expect(d.text).not.toMatch(/\r/);
    expect(d.text).toContain('"Two lines:\nlate, and cold"');
    expect(normalizeNewlines('a\r\nb\rc\n\r\n')).toBe('a\nb\nc\n\n');
  });

  it.each(['le', 'be'] as const)('reads UTF-16%s with a BOM', (endian) => {
    const d = decodeText(utf16('Name,Région\r\nZoë,Île-de-France 🙂\r\n', endian), 'u16.csv');
    expect(d).toMatchObject({ text: 'Name,Région\nZoë,Île-de-France 🙂\n', encoding: `utf-16${endian}`, evidence: 'certain', note: null });
  });

  it('refuses UTF-16 with an unpaired surrogate or an odd byte count, naming the file', () => {
    expect(decodeError(bytes(0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00), 'bad16.csv')).toMatch(
      /bad16\.csv says it is UTF-16LE but contains invalid/,
    );
    expect(decodeError(bytes(0xfe, 0xff, 0xdc, 0x00, 0x00, 0x41))).toMatch(/UTF-16BE but contains invalid/);
    expect(decodeError(bytes(0xff, 0xfe, 0x41, 0x00, 0x42))).toMatch(/invalid/);
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8, with a visible note', () => {
    const d = decodeText(fixture('windows-1252.csv'), 'windows-1252.csv');
    expect(d.encoding).toBe('windows-1252');
    expect(d.text.startsWith('Name,Region,Note\nRenée,Nord,café au lait\nJosé,Süd,price ')).toBe(true);
    expect(english(d.note)).toMatch(/windows-1252\.csv is not UTF-8/);
    expect(english(d.note)).toMatch(/Windows-1252/);
    expect(decodeText(bytes(0x43, 0x61, 0x66, 0xe9), 'x.csv').text).toBe('Café');
  });

  // BUG (environment): Node 20.18.3+ decodes the 'windows-1252' label with a Latin-1 fast path
  // (nodejs/node#56542, #60888), so 0x80–0x9F (€, curly quotes, dashes, …, ™, Š, Ž, Ÿ), common in
  // Excel CSVs, become invisible C1 control characters. decode.ts should map that block itself.
  it('maps the Windows-1252 block 0x80–0x9F to its real characters (€, curly quotes, dashes)', () => {
    // Named explicitly: these ten symbols alone are as plausible in Windows-1251 (Serbian Ђ, Љ, џ).
    const d = decodeText(bytes(0x80, 0x20, 0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0x97, 0x20, 0x85, 0x99, 0x8a, 0x9f), 'x.csv', {
      encoding: 'windows-1252',
    });
    expect(d.text).toBe('€ “Hi” – — …™ŠŸ');
    expect(decodeText(fixture('windows-1252.csv'), 'x.csv').text).toContain('price € 9.99');
  });

  it('refuses binary data (NUL bytes without a UTF-16 BOM)', () => {
    expect(decodeError(bytes(0x4e, 0x61, 0x00, 0x6d), 'photo.csv')).toBe('photo.csv looks like a binary file, not text.');
    expect(decodeError(new Uint8Array(Buffer.from('Name,NPS\n', 'utf16le')))).toMatch(/binary/); // UTF-16 without BOM
    expect(decodeError(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00))).toMatch(/binary/);
  });

  it('refuses empty files, also when only a BOM is there', () => {
    expect(decodeError(new Uint8Array(0), 'empty.csv')).toBe('empty.csv is empty.');
    expect(decodeError(bytes(0xef, 0xbb, 0xbf), 'bom.csv')).toBe('bom.csv is empty.');
    expect(decodeError(bytes(0xff, 0xfe), 'bom16.csv')).toBe('bom16.csv is empty.');
  });
});
