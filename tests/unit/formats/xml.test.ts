import { describe, expect, it } from 'vitest';
import { DEFAULT_XML_LIMITS, parseXml, XmlError, XmlTooLarge, type XmlElement } from '../../../main/formats/xml';

function xmlError(text: string, limits = DEFAULT_XML_LIMITS): XmlError {
  try {
    parseXml(text, limits);
  } catch (e) {
    expect(e).toBeInstanceOf(XmlError);
    return e as XmlError;
  }
  throw new Error('expected an XmlError');
}

const el = (n: unknown) => n as XmlElement;

describe('parseXml', () => {
  it('reads elements, attributes, text, CDATA, entities and character references', () => {
    const root = parseXml(
      '<?xml version="1.0"?>\n<!-- c --><a x="1 &amp; 2" y = \'&quot;q&quot;\'><b>T &lt;&gt; &apos;&#233;&#x1F600;</b><c/><![CDATA[<raw & text>]]><?pi ignored?></a>',
    );
    expect(root.name).toBe('a');
    expect(root.attrs).toEqual(
      new Map([
        ['x', '1 & 2'],
        ['y', '"q"'],
      ]),
    );
    expect(el(root.children[0]).children).toEqual(["T <> 'é😀"]);
    expect(el(root.children[1]).name).toBe('c');
    expect(root.children[2]).toBe('<raw & text>');
  });

  it('resolves namespaces by URI, whatever the prefix, with scoping', () => {
    const root = parseXml('<x:doc xmlns:x="urn:a"><x:p/><y:p xmlns:y="urn:b"><x:q/></y:p><p xmlns="urn:c"><r/></p><z:u/></x:doc>');
    expect([root.local, root.ns]).toEqual(['doc', 'urn:a']);
    const [p1, p2, p3, u] = root.children.map(el);
    expect([p1!.ns, p2!.ns, el(p2!.children[0]).ns, p3!.ns, el(p3!.children[0]).ns]).toEqual(['urn:a', 'urn:b', 'urn:a', 'urn:c', 'urn:c']);
    expect(u!.ns).toBeNull(); // unbound prefix
  });

  it('refuses DOCTYPE, so billion laughs and external entities never get a chance', () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<lolz>&lol3;</lolz>`;
    const e = xmlError(laughs);
    expect(e.message).toBe('document type declarations (<!DOCTYPE>, <!ENTITY>) are not allowed');
    expect(e.line).toBe(2);
    expect(xmlError('<!DOCTYPE x SYSTEM "file:///etc/passwd"><x>&xxe;</x>').message).toMatch(/not allowed/);
    expect(xmlError('<a><!ENTITY e "x"></a>').message).toMatch(/not allowed/);
  });

  it('refuses undefined entities and stray ampersands', () => {
    expect(xmlError('<a>&xxe;</a>').message).toBe('the entity &xxe; is not defined (custom entities are not allowed)');
    expect(xmlError('<a>fish & chips</a>').message).toBe('a "&" that does not start an entity');
    expect(xmlError('<a>&#xD800;</a>').message).toMatch(/invalid character reference/);
    expect(xmlError('<a b="&nope;"/>').message).toMatch(/not defined/);
  });

  it('names the line of malformed markup', () => {
    const e = xmlError('<a>\n<b>\n</c>\n</a>');
    expect(e.message).toBe('</c> does not match <b>');
    expect(e.line).toBe(3);
    expect(xmlError('<a><b></b>').message).toBe('<a> is not closed');
    expect(xmlError('<a></a><b/>').message).toBe('a second root element');
    expect(xmlError('<a x="1" x="2"/>').message).toBe('the attribute x appears twice');
    expect(xmlError('<a x="<"/>').message).toBe('"<" inside an attribute value');
    expect(xmlError('<a x=1/>').message).toMatch(/malformed attribute/);
    expect(xmlError('text <a/>').message).toBe('text outside the root element');
    expect(xmlError('').message).toBe('there is no root element');
  });

  it('caps depth, nodes and size', () => {
    expect(xmlError('<a>'.repeat(300) + '</a>'.repeat(300)).message).toBe('elements are nested more than 256 deep');
    expect(xmlError(`<a>${'<b/>'.repeat(20)}</a>`, { ...DEFAULT_XML_LIMITS, maxNodes: 10 }).message).toBe('the XML has too many nodes');
    expect(xmlError('<a/>', { ...DEFAULT_XML_LIMITS, maxChars: 3 }).message).toMatch(/larger than/);
  });

  it('counts attributes and texts as nodes, and says which cap a too-large document passed', () => {
    // 4 elements, 4 attributes and 1 text: 9 nodes.
    const doc = '<a x="1"><b y="2"/><c z="3">t</c><d w="4"/></a>';
    expect(() => parseXml(doc, { ...DEFAULT_XML_LIMITS, maxNodes: 9 })).not.toThrow();
    const nodes = xmlError(doc, { ...DEFAULT_XML_LIMITS, maxNodes: 8 });
    expect(nodes).toBeInstanceOf(XmlTooLarge);
    expect((nodes as XmlTooLarge).cap).toBe('nodes');
    const chars = xmlError(doc, { ...DEFAULT_XML_LIMITS, maxChars: 10 });
    expect(chars).toBeInstanceOf(XmlTooLarge);
    expect((chars as XmlTooLarge).cap).toBe('chars');
    expect(xmlError('<a><b></a>')).not.toBeInstanceOf(XmlTooLarge);
  });

  it('childless elements share one frozen array: a stray push throws instead of changing every leaf', () => {
    const root = parseXml('<a><b/><c>t</c></a>');
    const [b, c] = root.children as XmlElement[];
    expect(b!.children).toEqual([]);
    expect(c!.children).toEqual(['t']);
    expect(() => b!.children.push('x')).toThrow(TypeError);
  });

  it.each([
    ['<'.repeat(200_000)],
    [`<a ${'x'.repeat(200_000)}`],
    [`<a>${'&'.repeat(200_000)}</a>`],
    [`<a>${'<!--'.repeat(50_000)}`],
    [`<a x="${'&amp;'.repeat(50_000)}"/>`],
    [`<r>${'<a b="1"/>'.repeat(50_000)}</r>`],
  ])('hostile input of %#: linear time', (text) => {
    const started = performance.now();
    try {
      parseXml(text);
    } catch (e) {
      expect(e).toBeInstanceOf(XmlError);
    }
    // Tens of milliseconds when linear; loose because CI machines are shared, while a quadratic scan takes minutes.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
