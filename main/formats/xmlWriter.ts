import { replaceInvalidXmlChars } from '../../shared/text/xmlEscape';

/** Nothing to clean or escape in an attribute value: one test instead of two for the GUIDs and dates that make up most of a project. */
// eslint-disable-next-line no-control-regex -- the characters XML cannot hold (shared/text/xmlEscape.ts) and those attributes escape
const ATTR_PLAIN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF&<>"\t\n\r]/;
const TEXT_SPECIAL = /[&<>\r]/g;
const ATTR_SPECIAL = /[&<>"\t\n\r]/g;
const ENTITY: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // A conforming parser turns literal tabs and line breaks in attributes into spaces and CR LF in
  // text into LF; as references they survive exactly.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
/** Indentation by depth (see XmlOut.indent). */
const INDENTS: string[] = [];
/** UTF-16 units of written lines held back and encoded together (see XmlOut.push). */
const PENDING_UNITS = 16 * 1024;

/** Escapes element content. `>` is always escaped, so `]]>` can never end a section by accident. */
export function xmlText(s: string, counter?: { replaced: number }): string {
  const c = replaceInvalidXmlChars(s, counter);
  TEXT_SPECIAL.lastIndex = 0;
  return TEXT_SPECIAL.test(c) ? c.replace(TEXT_SPECIAL, (x) => ENTITY[x]!) : c;
}

/** Escapes an attribute value for double quotes, keeping tabs and line breaks exact. */
export function xmlAttr(s: string, counter?: { replaced: number }): string {
  if (!ATTR_PLAIN.test(s)) return s;
  const c = replaceInvalidXmlChars(s, counter);
  ATTR_SPECIAL.lastIndex = 0;
  return ATTR_SPECIAL.test(c) ? c.replace(ATTR_SPECIAL, (x) => ENTITY[x]!) : c;
}

/** Attributes in the order they are written; null and undefined values are left out. */
export type XmlAttrs = readonly (readonly [string, string | number | boolean | null | undefined])[];

/**
 * Builds an XML document, indenting element-only content by two spaces per level. Each line is encoded
 * to UTF-8 straight into one growing buffer, so a 75 MB project file never exists as one JavaScript
 * string (twice that in memory once it holds an emoji), nor as a rope of a million parts, nor as chunks
 * copied together at the end (measured on 100,000 codings: a third less time, most of it garbage
 * collection). Nothing is validated here: callers write elements in schema order.
 */
export class XmlOut {
  /** Characters XML cannot hold that were written as U+FFFD (for the export's notes). */
  replaced = 0;
  private buf: Buffer;
  private length = 0;
  private pending = '';
  private depth: number;
  private handedOver = 0;
  private readonly pieces: { bytes: number; take: (piece: Buffer) => void } | undefined;

  /**
   * A document with its XML declaration, or (`fragment`) a part to splice into one at `depth`.
   * `expectedBytes` sizes the buffer up front: growing a large one costs copies, and memory reserved
   * but never written is not touched, so a generous guess costs next to nothing. `pieces.take` is given
   * each full `pieces.bytes` of output as it is written (to compress while the rest is built); bytes
   * once written never change, and a piece stays valid when the buffer grows (it keeps the old one).
   */
  constructor(
    options: { fragment?: boolean; depth?: number; expectedBytes?: number; pieces?: { bytes: number; take: (piece: Buffer) => void } } = {},
  ) {
    this.buf = Buffer.allocUnsafe(Math.max(64 * 1024, options.expectedBytes ?? 0));
    this.pieces = options.pieces;
    if (!options.fragment) this.push('<?xml version="1.0" encoding="utf-8"?>\n');
    this.depth = options.depth ?? 0;
  }

  /** Opens `<name …>` with children to follow. */
  open(name: string, attrs: XmlAttrs = []): this {
    this.push(`${this.indent()}<${name}${this.attributes(attrs)}>\n`);
    this.depth++;
    return this;
  }

  close(name: string): this {
    this.depth--;
    this.push(`${this.indent()}</${name}>\n`);
    return this;
  }

  /** A childless element `<name …/>`. */
  empty(name: string, attrs: XmlAttrs = []): this {
    this.push(`${this.indent()}<${name}${this.attributes(attrs)}/>\n`);
    return this;
  }

  /** `<name …>text</name>`, with the text exactly as given (no indentation inside). */
  text(name: string, content: string, attrs: XmlAttrs = []): this {
    this.push(`${this.indent()}<${name}${this.attributes(attrs)}>${xmlText(content, this)}</${name}>\n`);
    return this;
  }

  /** The document as UTF-8 bytes (a view of the writer's buffer: write nothing more after taking it). */
  toBuffer(): Buffer {
    this.flush();
    return this.buf.subarray(0, this.length);
  }

  /** How many leading bytes of {@link toBuffer} were already handed to `pieces.take`. */
  get bytesHandedOver(): number {
    return this.handedOver;
  }

  toString(): string {
    return this.toBuffer().toString('utf8');
  }

  private push(s: string): void {
    // Lines are gathered into a few kilobytes before encoding: one encode per line (1.5 million of them
    // at 100,000 codings) cost more in crossing into the encoder than in encoding.
    this.pending += s;
    if (this.pending.length >= PENDING_UNITS) this.flush();
  }

  private flush(): void {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8 (a surrogate pair: 4 bytes for 2 units).
    this.reserve(this.pending.length * 3);
    this.length += this.buf.write(this.pending, this.length);
    this.pending = '';
    while (this.pieces && this.length - this.handedOver > this.pieces.bytes) {
      this.pieces.take(this.buf.subarray(this.handedOver, this.handedOver + this.pieces.bytes));
      this.handedOver += this.pieces.bytes;
    }
  }

  private reserve(bytes: number): void {
    if (this.length + bytes <= this.buf.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.length + bytes));
    this.buf.copy(grown, 0, 0, this.length);
    this.buf = grown;
  }

  private indent(): string {
    // One string per depth, made once: a large export writes 1.5 million lines.
    return (INDENTS[this.depth] ??= '  '.repeat(this.depth));
  }

  private attributes(attrs: XmlAttrs): string {
    let out = '';
    for (const [key, value] of attrs) {
      if (value === null || value === undefined) continue;
      // A number or boolean prints as digits, signs, dots and letters: nothing to escape.
      out += ` ${key}="${typeof value === 'string' ? xmlAttr(value, this) : String(value)}"`;
    }
    return out;
  }
}
