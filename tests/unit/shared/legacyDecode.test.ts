import { describe, expect, it } from 'vitest';
import { decodeText, TextDecodeError } from '../../../main/formats/text/decode';
import { parseEncodingName, type LegacyEncoding } from '../../../shared/text/encodings';
import { encodeWithPython, SAMPLES } from '../../fixtures/encodingSamples';
import { english } from '../../english';

const CASES: [keyof typeof SAMPLES, LegacyEncoding][] = [
  ['hr', 'windows-1250'],
  ['hr', 'iso-8859-2'],
  ['hu', 'windows-1250'],
  ['nb', 'windows-1252'],
  ['zhHans', 'gb18030'],
  ['zhHant', 'big5'],
  ['ja', 'shift_jis'],
  ['ru', 'koi8-r'],
  ['ru', 'windows-1251'],
];

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(TextDecodeError);
    return (e as Error).message;
  }
  throw new Error('expected a TextDecodeError');
}

describe('decodeText on legacy encodings (bytes written by Python)', () => {
  it.each(CASES)('reads %s text saved as %s by evidence, whatever the UI language', (lang, encoding) => {
    const bytes = encodeWithPython(SAMPLES[lang], encoding);
    for (const uiLanguage of ['en', 'hr', 'zh-Hans'] as const) {
      const d = decodeText(bytes, 'interview.txt', { uiLanguage });
      expect(d.text).toBe(SAMPLES[lang]);
      expect(d.evidence).toBe('detected');
      expect(d.choices[0]).toBe(d.encoding);
      expect(english(d.note)).toMatch(/interview\.txt is not UTF-8/);
    }
  });

  it('Hungarian in ISO-8859-2 and Windows-1250 is the same text, read right either way', () => {
    const bytes = encodeWithPython(SAMPLES.hu, 'iso-8859-2');
    expect(decodeText(bytes, 'a.txt').text).toBe(SAMPLES.hu);
  });

  it('the issue examples: Čačak in Windows-1250 and 访谈 in GBK are no longer read as Windows-1252', () => {
    expect(decodeText(encodeWithPython('Čačak, Šibenik, Đakovo', 'windows-1250'), 'a.csv').text).toBe('Čačak, Šibenik, Đakovo');
    expect(decodeText(encodeWithPython('访谈,满意度\n', 'gb18030'), 'a.csv').text).toBe('访谈,满意度\n');
  });

  it('says the evidence is weak when one word could be either, and lets the UI language decide', () => {
    const bytes = encodeWithPython('Čačak', 'windows-1250');
    const en = decodeText(bytes, 'town.csv', { uiLanguage: 'en' });
    expect(en).toMatchObject({ text: 'Èaèak', encoding: 'windows-1252', evidence: 'weak' });
    expect(english(en.note)).toMatch(/almost as likely/);
    expect(en.choices).toContain('windows-1250');
    expect(decodeText(bytes, 'town.csv', { uiLanguage: 'hr' })).toMatchObject({
      text: 'Čačak',
      encoding: 'windows-1250',
      evidence: 'weak',
    });
  });

  it('uses the encoding the user chose, and refuses bytes that encoding cannot read', () => {
    const bytes = encodeWithPython(SAMPLES.hr, 'windows-1250');
    expect(decodeText(bytes, 'a.txt', { encoding: 'windows-1252' })).toMatchObject({ encoding: 'windows-1252', evidence: 'chosen' });
    expect(decodeText(bytes, 'a.txt', { encoding: 'windows-1252' }).text).toContain('Èaèku');
    expect(refusal(() => decodeText(bytes, 'a.txt', { encoding: 'utf-8' }))).toBe(
      'a.txt cannot be read as Unicode (UTF-8): it has bytes that encoding does not use. Choose another encoding.',
    );
    expect(refusal(() => decodeText(Uint8Array.of(0x41, 0xff), 'b.txt', { encoding: 'gb18030' }))).toMatch(
      /b\.txt cannot be read as Chinese Simplified/,
    );
    expect(refusal(() => decodeText(Uint8Array.of(0x41, 0x00, 0x42), 'c.txt', { encoding: 'windows-1250' }))).toMatch(/binary/);
  });

  it('offers the legacy encodings as choices for a UTF-8 file too', () => {
    const d = decodeText(new TextEncoder().encode('Ime;Dob\nČačak;34\n'), 'a.csv', { uiLanguage: 'hr' });
    expect(d).toMatchObject({ encoding: 'utf-8', evidence: 'certain' });
    expect(d.choices.slice(0, 3)).toEqual(['utf-8', 'windows-1250', 'iso-8859-2']);
  });

  it('takes the best encoding that reads the whole file, not just its start', () => {
    // 70 KB of plain GBK, then a byte GBK cannot end with: the sample points at GBK, the whole file does not.
    const head = encodeWithPython(SAMPLES.zhHans.repeat(700), 'gb18030');
    const bytes = new Uint8Array([...head, 0x81]);
    const d = decodeText(bytes, 'long.txt');
    expect(d.encoding).not.toBe('gb18030');
    expect(d.text.length).toBeGreaterThan(0);
  });
});

describe('parseEncodingName', () => {
  it('knows the names and aliases people type', () => {
    expect(parseEncodingName('GBK')).toBe('gb18030');
    expect(parseEncodingName('cp1250')).toBe('windows-1250');
    expect(parseEncodingName('Windows_1250')).toBe('windows-1250');
    expect(parseEncodingName('Shift_JIS')).toBe('shift_jis');
    expect(parseEncodingName(' utf8 ')).toBe('utf-8');
    expect(parseEncodingName('KOI8R')).toBe('koi8-r');
  });

  it('refuses anything else, prototype names included', () => {
    for (const name of ['latin-9', 'ebcdic', '', 'constructor', '__proto__', 'toString']) expect(parseEncodingName(name)).toBeNull();
  });
});
