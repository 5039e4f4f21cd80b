import { describe, expect, it } from 'vitest';
import { parseXml, type XmlElement } from '../../../main/formats/xml';
import { xmlAttr, xmlText, XmlOut } from '../../../main/formats/xmlWriter';
import { countInvalidXmlChars } from '../../../shared/text/xmlEscape';

const textOf = (el: XmlElement) => el.children.filter((c): c is string => typeof c === 'string').join('');

describe('XML writer escaping', () => {
  it('escapes markup in text and attributes', () => {
    expect(xmlText('a < b & c > d "q" \'s\'')).toBe('a &lt; b &amp; c &gt; d "q" \'s\'');
    expect(xmlAttr('a < b & c > d "q"')).toBe('a &lt; b &amp; c &gt; d &quot;q&quot;');
  });

  it('never lets "]]>" through unescaped', () => {
    expect(xmlText('x ]]> y')).toBe('x ]]&gt; y');
    expect(xmlAttr(']]>')).toBe(']]&gt;');
  });

  it('keeps tabs, line breaks and CR exact in attributes, and CR in text, as character references', () => {
    expect(xmlAttr('a\tb\nc\r\nd')).toBe('a&#9;b&#10;c&#13;&#10;d');
    expect(xmlText('line 1\r\nline 2\n\tindented')).toBe('line 1&#13;\nline 2\n\tindented');
  });

  it('replaces characters XML 1.0 cannot hold with U+FFFD, one for one (offsets do not move), and counts them', () => {
    const nasty = `bell\u0007 nul\u0000 vt\u000b ff\u000c esc\u001b fffe\ufffe lone\ud800 low\udc00 pair🙂 ok`;
    const cleaned = xmlText(nasty);
    expect(cleaned).toBe('bell\ufffd nul\ufffd vt\ufffd ff\ufffd esc\ufffd fffe\ufffd lone\ufffd low\ufffd pair🙂 ok');
    expect(cleaned.length).toBe(nasty.length);
    expect(countInvalidXmlChars(nasty)).toBe(8);
    expect(countInvalidXmlChars('tab\tlf\ncr\r emoji 🙂 中文 עברית')).toBe(0);
  });

  it('round-trips every kind of character through a parser exactly (what an importer reads back)', () => {
    const value = 'Quote "x" & <y> ]]> tab\tLF\nCRLF\r\nemoji 🙂 CJK 中文 RTL עברית';
    const out = new XmlOut();
    out
      .open('Root', [
        ['name', value],
        ['skipped', null],
        ['n', 42],
      ])
      .text('Text', value)
      .empty('Empty', [['a', '']])
      .close('Root');
    const xml = out.toString();
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<Root ')).toBe(true);
    expect(xml).not.toContain('skipped');
    const root = parseXml(xml);
    expect(root.attrs.get('name')).toBe(value);
    expect(root.attrs.get('n')).toBe('42');
    const text = root.children.find((c): c is XmlElement => typeof c !== 'string' && c.local === 'Text')!;
    expect(textOf(text)).toBe(value);
  });

  it('counts what it had to replace, for the export notes', () => {
    const out = new XmlOut();
    out
      .open('A', [['name', 'bell\u0007']])
      .text('B', 'nul\u0000 and esc\u001b')
      .close('A');
    expect(out.replaced).toBe(3);
  });

  it('indents element-only content but never text content', () => {
    const out = new XmlOut({ fragment: true, depth: 1 });
    out.open('A').text('B', ' spaced ').close('A');
    expect(out.toString()).toBe('  <A>\n    <B> spaced </B>\n  </A>\n');
  });

  it('writes a document of many lines and mixed scripts byte for byte, however the lines are gathered before encoding', () => {
    // Lines of 1-, 2-, 3- and 4-byte UTF-8 characters, enough of them to pass any batching of the writer many times.
    const lines = Array.from({ length: 20_000 }, (_, i) => ['plain', 'ø æ å', '中文', '🙂'][i % 4]!.repeat(1 + (i % 7)));
    const out = new XmlOut();
    out.open('Root');
    for (const [i, line] of lines.entries()) out.text('L', line, [['n', i]]);
    out.close('Root');
    const expected = `<?xml version="1.0" encoding="utf-8"?>\n<Root>\n${lines.map((l, i) => `  <L n="${i}">${l}</L>\n`).join('')}</Root>\n`;
    expect(out.toBuffer().equals(Buffer.from(expected, 'utf8'))).toBe(true);
  });
});
