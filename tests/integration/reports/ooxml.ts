import { ZipArchive } from '../../../main/formats/zip';
import { parseXml, type XmlElement, type XmlNode } from '../../../main/formats/xml';

/** Every element named `local` under `el`, depth-first. */
export function findAll(el: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    if (e.local === local) out.push(e);
    for (const c of e.children) if (typeof c !== 'string') walk(c);
  };
  walk(el);
  return out;
}

/** The concatenated text of an element. */
export function textOf(el: XmlNode): string {
  return typeof el === 'string' ? el : el.children.map(textOf).join('');
}

/** Opens an OOXML package with the app's own safe readers and parses one part. */
export function part(bytes: Uint8Array, name: string): XmlElement {
  return parseXml(ZipArchive.open(bytes).read(name).toString('utf8'));
}

/** Cells of an XLSX sheet as [ref, type, text]. */
export function sheetCells(bytes: Uint8Array, n: number): [string, string | undefined, string][] {
  return findAll(part(bytes, `xl/worksheets/sheet${n}.xml`), 'c').map((c) => [c.attrs.get('r')!, c.attrs.get('t'), textOf(c)]);
}
