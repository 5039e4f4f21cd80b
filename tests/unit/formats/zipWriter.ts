// A minimal zip writer for tests: enough to build real DOCX packages and the hostile archives the
// reader must refuse (lying sizes, bad names, flags). Deliberately no dependency.
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntrySpec {
  name: string;
  data: Uint8Array | string;
  /** 8 (deflate, default) or 0 (stored). */
  method?: number;
  /** Overrides the uncompressed size written in both headers (a lying header). */
  declaredSize?: number;
  /** Overrides the CRC written in both headers. */
  crc?: number;
  flags?: number;
  /** Writes a different name into the local header than into the central directory. */
  localName?: string;
}

export interface ZipOptions {
  /** Overrides the entry count in the end record (e.g. 0xffff, the zip64 marker). */
  declaredCount?: number;
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

/** Builds a zip archive in memory. */
export function writeZip(entries: readonly ZipEntrySpec[], options: ZipOptions = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data);
    const method = e.method ?? 8;
    const body = method === 8 ? deflateRawSync(raw) : raw;
    const name = Buffer.from(e.name, 'utf8');
    const localName = Buffer.from(e.localName ?? e.name, 'utf8');
    const flags = (e.flags ?? 0) | (/[^\x20-\x7e]/.test(e.name) ? 0x800 : 0);
    const crc = e.crc ?? crc32(raw);
    const size = e.declaredSize ?? raw.length;
    const common = [u16(20), u16(flags), u16(method), u16(0), u16(0x21), u32(crc), u32(body.length), u32(size)];
    const local = Buffer.concat([u32(0x04034b50), ...common, u16(localName.length), u16(0), localName, body]);
    centrals.push(
      Buffer.concat([u32(0x02014b50), u16(20), ...common, u16(name.length), u16(0), u16(0), u16(0), u16(0), u32(0), u32(offset), name]),
    );
    locals.push(local);
    offset += local.length;
  }
  const cd = Buffer.concat(centrals);
  const count = options.declaredCount ?? entries.length;
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(count), u16(count), u32(cd.length), u32(offset), u16(0)]);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** Escapes text for XML content. */
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A paragraph of one run per string (runs keep their spaces with xml:space="preserve"). */
export const para = (...runs: string[]) =>
  `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>${runs.map((r) => `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${esc(r)}</w:t></w:r>`).join('')}</w:p>`;
/** A table; every cell is one paragraph. */
export const table = (rows: string[][]) =>
  `<w:tbl><w:tblPr/>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc><w:tcPr/>${para(c)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;

/** A complete word/document.xml around the given body XML. */
export function documentXml(body: string, prefix = 'w'): string {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}<w:sectPr/></w:body></w:document>`;
  return prefix === 'w'
    ? xml
    : xml
        .replace(/<(\/?)w:/g, `<$1${prefix}:`)
        .replace(/ w:/g, ` ${prefix}:`)
        .replace('xmlns:w=', `xmlns:${prefix}=`);
}

/** A minimal but complete .docx package whose document body is `body`. */
export function buildDocx(body: string, extra: ZipEntrySpec[] = []): Uint8Array {
  return writeZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: RELS },
    { name: 'word/document.xml', data: documentXml(body) },
    ...extra,
  ]);
}
