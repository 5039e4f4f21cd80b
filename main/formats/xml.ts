import type { MessageId } from '../../shared/i18n/catalogue';
import { SentenceError, type SentenceValues } from '../../shared/i18n/sentence';

/** An element of a parsed XML document. Namespaces are resolved so readers need not trust prefixes. */
export interface XmlElement {
  /** The qualified name as written, e.g. `w:p`. */
  name: string;
  local: string;
  /** Namespace URI from the in-scope `xmlns` declarations, or null when none applies. */
  ns: string | null;
  attrs: ReadonlyMap<string, string>;
  children: XmlNode[];
}

/** Text (entities already decoded) or an element. */
export type XmlNode = XmlElement | string;

/** Refused or malformed XML; `line` is 1-based within the XML text. */
export class XmlError extends SentenceError {
  override name = 'XmlError';
  constructor(
    id: MessageId,
    values: SentenceValues | undefined,
    readonly line: number,
  ) {
    super(id, values);
  }
}

/** The document is within no cap but the one on its size ({@link XmlLimits}): too big, rather than malformed. */
export class XmlTooLarge extends XmlError {
  override name = 'XmlTooLarge';
  constructor(
    id: MessageId,
    values: SentenceValues | undefined,
    line: number,
    /** Which cap it passed: {@link XmlLimits.maxChars} or {@link XmlLimits.maxNodes}. */
    readonly cap: 'chars' | 'nodes',
  ) {
    super(id, values, line);
  }
}

/** How to build the tree. */
export interface XmlParseOptions {
  /**
   * Drop white-space-only text between the child elements of an element that has element children
   * (indentation). Data formats such as REFI-QDA never mix text and elements, so this only frees memory:
   * a large project file has as many indentation strings as elements.
   */
  dropIndentation?: boolean;
}

/** Drops white-space-only texts of an element that has element children (see {@link XmlParseOptions.dropIndentation}). */
export function dropIndentation(el: XmlElement): void {
  const kids = el.children;
  if (!kids.some((c) => typeof c !== 'string')) return;
  let w = 0;
  for (const c of kids) if (typeof c !== 'string' || c.trim() !== '') kids[w++] = c;
  kids.length = w;
}

/** Caps that bound memory and recursion for hostile documents. */
export interface XmlLimits {
  maxChars: number;
  maxDepth: number;
  /** Elements, attributes and texts together: what the tree's memory grows with (about 60–150 bytes each). */
  maxNodes: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = { maxChars: 64 * 1024 * 1024, maxDepth: 256, maxNodes: 4_000_000 };

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
/** XML's whitespace is exactly these four characters (XML 1.0 §2.3, production S). */
const NO_ATTRS: ReadonlyMap<string, string> = new Map();
/** Shared by every element without children (most of a data file's); frozen, so a stray push throws instead of leaking. */
const NO_CHILDREN = Object.freeze([]) as unknown as XmlNode[];
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * Where a name starting at `from` ends: at white space, `/`, `>`, `=` or the end of the text. A loop
 * rather than a regular expression, whose match array would be garbage for each of millions of names.
 */
function nameEnd(text: string, from: number): number {
  let p = from;
  for (; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (isSpace(c) || c === 0x2f || c === 0x3e || c === 0x3d) break;
  }
  return p;
}

/**
 * Where {@link scanXml} hands what it reads, in document order. `depth` is the number of open elements
 * around the node (0 for the root). The element objects are fresh (children empty); a sink decides what to keep.
 */
export interface XmlSink {
  open(el: XmlElement, parent: XmlElement | undefined, depth: number): void;
  text(text: string, parent: XmlElement, depth: number): void;
  close(el: XmlElement, depth: number): void;
}

/** Adds a child without giving a one-child array the seventeen slots an empty array reserves on push. */
export function appendChild(parent: XmlElement, node: XmlNode): void {
  if (parent.children === NO_CHILDREN) parent.children = [node];
  else parent.children.push(node);
}

/**
 * Parses an XML document into a tree. Deliberately small: elements, attributes, text, CDATA,
 * comments and processing instructions (skipped), the five predefined entities and numeric
 * character references. Any `<!DOCTYPE`, `<!ENTITY` or other declaration is refused, which rules
 * out entity expansion (billion laughs) and external entities (XXE) without having to get either
 * right. Every scan moves forward with indexOf, so time is linear in the input.
 */
export function parseXml(text: string, limits: XmlLimits = DEFAULT_XML_LIMITS, options: XmlParseOptions = {}): XmlElement {
  let root: XmlElement | undefined;
  scanXml(text, limits, {
    open: (el, parent) => {
      if (parent) appendChild(parent, el);
      else root = el;
    },
    text: (node, parent) => appendChild(parent, node),
    close: (el) => {
      if (options.dropIndentation) dropIndentation(el);
    },
  });
  return root!;
}

/**
 * Reads an XML document in one pass and hands each element and text to `sink` (see {@link parseXml} for
 * what is read and refused). The caps hold whatever the sink keeps: the node count covers every
 * element, attribute and text read, so a document is refused at the same point whether or not a tree is built.
 */
export function scanXml(text: string, limits: XmlLimits, sink: XmlSink): void {
  const fail: (id: MessageId, at: number, values?: SentenceValues) => never = (id, at, values) => {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
    throw new XmlError(id, values, line);
  };
  if (text.length > limits.maxChars)
    throw new XmlTooLarge('imports.xmlTooLarge', { megabytes: Math.round(limits.maxChars / 1048576) }, 1, 'chars');
  const tooMany = (at: number): never => {
    try {
      fail('imports.xmlTooManyNodes', at);
    } catch (error) {
      throw new XmlTooLarge('imports.xmlTooManyNodes', undefined, (error as XmlError).line, 'nodes');
    }
  };
  // A data file repeats a few dozen element and attribute names; one string each instead of one per use.
  const names = new Map<string, string>();
  const intern = (s: string) => {
    const known = names.get(s);
    if (known !== undefined) return known;
    names.set(s, s);
    return s;
  };
  const stack: XmlElement[] = [];
  const scopes: { depth: number; map: Map<string, string> }[] = [];
  let seenRoot = false;
  let nodes = 0;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const addText = (raw: string, at: number, decode: boolean) => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      if (raw.trim() !== '') fail('imports.xmlTextOutsideRoot', at);
      return;
    }
    if (++nodes > limits.maxNodes) tooMany(at);
    // Only text with a "&" needs decoding (and a closure for its error): most has none.
    sink.text(decode && raw.includes('&') ? decodeXmlEntities(raw, (id, values) => fail(id, at, values)) : raw, parent, stack.length);
  };
  const resolve = (prefix: string): string | null => {
    if (prefix === 'xml') return XML_NS;
    for (let i = scopes.length - 1; i >= 0; i--) {
      const uri = scopes[i]!.map.get(prefix);
      if (uri !== undefined) return uri === '' ? null : uri;
    }
    return null;
  };
  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    if (lt < 0) {
      addText(text.slice(pos), pos, true);
      break;
    }
    if (lt > pos) addText(text.slice(pos, lt), pos, true);
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end < 0) fail('imports.xmlCommentNotClosed', lt);
      pos = end + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0) fail('imports.xmlCdataNotClosed', lt);
      addText(text.slice(lt + 9, end), lt, false);
      pos = end + 3;
    } else if (text.startsWith('<!', lt)) {
      fail('imports.xmlDoctype', lt);
    } else if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt + 2);
      if (end < 0) fail('imports.xmlPiNotClosed', lt);
      pos = end + 2;
    } else if (text.startsWith('</', lt)) {
      const end = text.indexOf('>', lt + 2);
      if (end < 0) fail('imports.xmlEndTagNotClosed', lt);
      const name = text.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name)
        fail(open ? 'imports.xmlEndTagMismatch' : 'imports.xmlEndTagUnopened', lt, { name: name.slice(0, 40), open: open?.name ?? '' });
      while (scopes.length > 0 && scopes[scopes.length - 1]!.depth > stack.length) scopes.pop();
      sink.close(open!, stack.length);
      pos = end + 1;
    } else {
      if (seenRoot && stack.length === 0) fail('imports.xmlSecondRoot', lt);
      if (stack.length >= limits.maxDepth) fail('imports.xmlTooDeep', lt, { depth: limits.maxDepth });
      if (++nodes > limits.maxNodes) tooMany(lt);
      const tag = readStartTag(text, lt, fail, intern);
      nodes += tag.attrs.size;
      if (nodes > limits.maxNodes) tooMany(lt);
      // Noted while the attributes were read: no second pass over every attribute of every element.
      if (tag.declared !== null) scopes.push({ depth: stack.length + 1, map: tag.declared });
      const colon = tag.name.indexOf(':');
      const el: XmlElement = {
        name: tag.name,
        local: colon < 0 ? tag.name : intern(tag.name.slice(colon + 1)),
        ns: resolve(colon < 0 ? '' : tag.name.slice(0, colon)),
        attrs: tag.attrs,
        children: NO_CHILDREN,
      };
      seenRoot = true;
      sink.open(el, stack[stack.length - 1], stack.length);
      if (tag.selfClosing) {
        while (scopes.length > 0 && scopes[scopes.length - 1]!.depth > stack.length) scopes.pop();
        sink.close(el, stack.length);
      } else stack.push(el);
      pos = tag.end;
    }
  }
  if (stack.length > 0) fail('imports.xmlElementNotClosed', text.length, { name: stack[stack.length - 1]!.name });
  if (!seenRoot) fail('imports.xmlNoRoot', 0);
}

function readStartTag(
  text: string,
  lt: number,
  fail: (id: MessageId, at: number, values?: SentenceValues) => never,
  intern: (s: string) => string,
) {
  const end = nameEnd(text, lt + 1);
  const name = intern(text.slice(lt + 1, end));
  if (name === '') fail('imports.xmlNoName', lt);
  // Most WordprocessingML elements have no attributes: share one empty map instead of allocating.
  let attrs: Map<string, string> | null = null;
  /** Namespace declarations (prefix, '' for the default, → URI), noted as the attributes are read. */
  let declared: Map<string, string> | null = null;
  let p = end;
  for (;;) {
    while (p < text.length && isSpace(text.charCodeAt(p))) p++;
    if (p >= text.length) fail('imports.xmlElementNotClosed', lt, { name: name.slice(0, 40) });
    if (text[p] === '>') return { name, attrs: attrs ?? NO_ATTRS, declared, selfClosing: false, end: p + 1 };
    if (text.startsWith('/>', p)) return { name, attrs: attrs ?? NO_ATTRS, declared, selfClosing: true, end: p + 2 };
    const keyEnd = nameEnd(text, p);
    const key = intern(text.slice(p, keyEnd));
    p = keyEnd;
    while (p < text.length && isSpace(text.charCodeAt(p))) p++;
    if (key === '' || text[p] !== '=') fail('imports.xmlBadAttribute', p, { name: name.slice(0, 40) });
    p++;
    while (p < text.length && isSpace(text.charCodeAt(p))) p++;
    const quote = text[p];
    if (quote !== '"' && quote !== "'") fail('imports.xmlBadAttribute', p, { name: name.slice(0, 40) });
    const close = text.indexOf(quote!, p + 1);
    if (close < 0) fail('imports.xmlAttributeNotClosed', p);
    const raw = text.slice(p + 1, close);
    if (raw.includes('<')) fail('imports.xmlLtInAttribute', p);
    attrs ??= new Map();
    if (attrs.has(key)) fail('imports.xmlAttributeTwice', p, { attribute: key.slice(0, 40) });
    const value = raw.includes('&') ? decodeXmlEntities(raw, (id, values) => fail(id, p, values)) : raw;
    attrs.set(key, value);
    if (key.charCodeAt(0) === 0x78 && (key === 'xmlns' || key.startsWith('xmlns:')))
      (declared ??= new Map()).set(key === 'xmlns' ? '' : key.slice(6), value);
    p = close + 1;
  }
}

/** Decodes the five predefined entities and numeric references; anything else is an error (there is no DTD to define it). */
export function decodeXmlEntities(raw: string, fail: (id: MessageId, values?: SentenceValues) => never): string {
  let amp = raw.indexOf('&');
  if (amp < 0) return raw;
  const out: string[] = [];
  let from = 0;
  while (amp >= 0) {
    const semi = raw.indexOf(';', amp + 1);
    const ref = semi < 0 || semi - amp > 12 ? null : raw.slice(amp + 1, semi);
    if (ref === null) fail('imports.xmlBareAmpersand');
    out.push(raw.slice(from, amp));
    if (ref![0] === '#') {
      const code = ref![1] === 'x' ? Number.parseInt(ref!.slice(2), 16) : Number.parseInt(ref!.slice(1), 10);
      const valid = /^#(?:x[0-9a-fA-F]+|[0-9]+)$/.test(ref!) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      if (!valid) fail('imports.xmlBadCharacterReference', { reference: ref! });
      out.push(String.fromCodePoint(code));
    } else {
      const value = PREDEFINED[ref!];
      if (value === undefined) fail('imports.xmlUnknownEntity', { entity: ref!.slice(0, 12) });
      out.push(value!);
    }
    from = semi + 1;
    amp = raw.indexOf('&', from);
  }
  out.push(raw.slice(from));
  return out.join('');
}
