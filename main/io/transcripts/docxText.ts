import { type XmlElement } from '../../formats/xml';

const W_NS = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
// Not text of the paragraph: deleted or moved-away revisions, drawings and text boxes (their
// mc:Choice/mc:Fallback copies would duplicate text), field instructions, and property blocks
// (w:pPr holds w:tabs/w:tab tab-stop definitions, which are not tab characters).
const SKIPPED = new Set(['del', 'moveFrom', 'drawing', 'pict', 'object', 'instrText', 'delText', 'footnoteReference', 'endnoteReference']);

/** True for a WordprocessingML element named `local`, whatever prefix the file gave the namespace. */
export function isW(node: unknown, local: string): node is XmlElement {
  return typeof node === 'object' && node !== null && (node as XmlElement).local === local && W_NS.has((node as XmlElement).ns ?? '');
}

/**
 * The visible text of a paragraph: `w:t` runs, `w:tab` as a tab, `w:br`/`w:cr` as a line break.
 * Hyperlinks, fields, smart tags and inserted revisions are read for their text only; no
 * relationship is resolved and nothing is fetched.
 */
export function paragraphText(p: XmlElement): string {
  const out: string[] = [];
  const walk = (el: XmlElement): void => {
    for (const child of el.children) {
      if (typeof child === 'string' || !W_NS.has(child.ns ?? '')) continue; // mc:AlternateContent and other extensions
      const name = child.local;
      if (name === 't') {
        for (const c of child.children) if (typeof c === 'string') out.push(c);
      } else if (name === 'tab' || name === 'ptab') out.push('\t');
      else if (name === 'br' || name === 'cr') out.push('\n');
      else if (name === 'noBreakHyphen') out.push('-');
      else if (!SKIPPED.has(name) && !name.endsWith('Pr')) walk(child);
    }
  };
  walk(p);
  return out.join('');
}
