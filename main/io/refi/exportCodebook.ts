import type { CodeRow } from '../../db/repos/codesRepo';
import { XmlOut } from '../../formats/xmlWriter';
import { encodeCodeDescription, withMeta } from './descriptions';
import { codeChildren } from './snapshot';

/**
 * Writes `<Codes>` with the hierarchy nested. Every Verbatim code can be coded (`isCodable="true"`);
 * colours are `#rrggbb`; the four description fields go into `<Description>` (descriptions.ts), and
 * a pinned number key into its `[verbatim]` line.
 * `noteRefs` (project export only: the codebook schema has no NoteRef) lists memo GUIDs per code.
 */
export function writeCodes(out: XmlOut, codes: readonly CodeRow[], noteRefs: Map<string, string[]> | null): void {
  const children = codeChildren(codes);
  const write = (c: CodeRow) => {
    const readable = encodeCodeDescription({
      definition: c.definition,
      whenToUse: c.when_to_use,
      whenNotToUse: c.when_not_to_use,
      example: c.example,
    });
    // The number key a code is pinned to has no REFI-QDA field: it rides in a `[verbatim]` line.
    const description = c.pinned !== null ? withMeta(readable, { code: { pinned: c.pinned } }) : readable;
    const kids = children.get(c.id) ?? [];
    const refs = noteRefs?.get(c.id) ?? [];
    const color = /^#[0-9a-f]{6}$/i.test(c.color) ? c.color.toLowerCase() : undefined;
    const attrs = [
      ['guid', c.id],
      ['name', c.name],
      ['isCodable', 'true'],
      ['color', color],
    ] as const;
    if (!description && kids.length === 0 && refs.length === 0) {
      out.empty('Code', attrs);
      return;
    }
    out.open('Code', attrs);
    if (description) out.text('Description', description);
    for (const r of refs) out.empty('NoteRef', [['targetGUID', r]]);
    kids.forEach(write);
    out.close('Code');
  };
  out.open('Codes');
  (children.get(null) ?? []).forEach(write);
  out.close('Codes');
}

/** A `.qdc` codebook (root `<CodeBook>` in `urn:QDA-XML:codebook:1.0`), valid against the spec's Codebook XSD. */
export function exportCodebookXml(codes: readonly CodeRow[], origin: string): string {
  const out = new XmlOut();
  out.open('CodeBook', [
    ['xmlns', 'urn:QDA-XML:codebook:1.0'],
    ['origin', origin],
  ]);
  writeCodes(out, codes, null);
  out.close('CodeBook');
  return out.toString();
}
