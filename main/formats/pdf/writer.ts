import { deflateSync } from 'node:zlib';

/**
 * A minimal PDF 1.7 file writer: numbered indirect objects, streams (deflated unless they
 * already are), a classic cross-reference table and trailer. Objects are reserved first (so
 * they can refer to each other) and given their bodies later.
 */
export class PdfWriter {
  private bodies: (Buffer | undefined)[] = [];

  /** Reserves an object number. */
  alloc(): number {
    this.bodies.push(undefined);
    return this.bodies.length;
  }

  /** Sets an object's body (a dictionary, array, ... written as PDF syntax). */
  set(id: number, body: string): number {
    this.bodies[id - 1] = Buffer.from(body, 'latin1');
    return id;
  }

  /** Sets a stream object; `deflated` says the data is already FlateDecode-compressed. */
  stream(id: number, dict: string, data: Uint8Array | string, options: { deflate?: boolean; deflated?: boolean } = {}): number {
    const raw = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
    const compress = options.deflate ?? true;
    const bytes = options.deflated ? raw : compress ? deflateSync(raw) : raw;
    const filter = options.deflated || compress ? ' /Filter /FlateDecode' : '';
    this.bodies[id - 1] = Buffer.concat([
      Buffer.from(`<< ${dict} /Length ${bytes.length}${filter} >>\nstream\n`, 'latin1'),
      bytes,
      Buffer.from('\nendstream', 'latin1'),
    ]);
    return id;
  }

  /** The finished file. */
  finish(root: number, info: number): Uint8Array {
    const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
    let offset = chunks[0]!.length;
    const offsets: number[] = [];
    this.bodies.forEach((body, i) => {
      if (!body) throw new Error(`PDF object ${i + 1} was reserved but never written.`);
      const head = Buffer.from(`${i + 1} 0 obj\n`, 'latin1');
      const tail = Buffer.from('\nendobj\n', 'latin1');
      offsets.push(offset);
      chunks.push(head, body, tail);
      offset += head.length + body.length + tail.length;
    });
    const xref = [
      `xref\n0 ${this.bodies.length + 1}\n`,
      '0000000000 65535 f \n',
      ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
    ].join('');
    const trailer = `trailer\n<< /Size ${this.bodies.length + 1} /Root ${root} 0 R /Info ${info} 0 R >>\nstartxref\n${offset}\n%%EOF\n`;
    chunks.push(Buffer.from(xref + trailer, 'latin1'));
    return new Uint8Array(Buffer.concat(chunks));
  }
}

/** A text string for the document information dictionary: UTF-16BE with a byte-order mark, in hex. */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return `<${hex}>`;
}

/** A number as PDF writes it: at most two decimals, no exponent. */
export const num = (n: number): string => (Math.round(n * 100) / 100).toString();
