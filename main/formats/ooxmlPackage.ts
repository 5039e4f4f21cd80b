import { writeZip, type ZipWriteOptions } from './zipWriter';

/**
 * The one writer of Office Open XML packages (.docx, .xlsx): the zip, `[Content_Types].xml` and the
 * package's root relationship are made here, so each document writer only says which parts it has.
 */
export const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Content types of the media a package may hold, by file extension (any other part names its own). */
const MEDIA_TYPES: Readonly<Record<string, string>> = { png: 'image/png' };

export interface OoxmlPart {
  /** The part's path in the package, without a leading slash: `word/document.xml`. */
  name: string;
  data: string | Uint8Array;
  /** The part's content type (an Override); media parts leave it out and are typed by their extension. */
  contentType?: string;
  /** Stored without compression (already compressed media such as PNG). */
  store?: boolean;
}

/** A relationship of a part: `type` is the last word of the Office relationship type (`styles`, `image`, `worksheet`). */
export interface OoxmlRelationship {
  id: string;
  type: string;
  target: string;
}

/** A relationships part (`…/_rels/….rels`) listing `relationships`. */
export function relationshipsXml(relationships: readonly OoxmlRelationship[]): string {
  const items = relationships.map((r) => `<Relationship Id="${r.id}" Type="${OFFICE_REL}/${r.type}" Target="${r.target}"/>`).join('');
  return `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL}">${items}</Relationships>`;
}

/**
 * A package whose main part is `main` (`word/document.xml`, `xl/workbook.xml`); `parts` are every
 * other part, each relationships part included. Media content types come from their extensions.
 */
export function ooxmlPackage(main: OoxmlPart, parts: readonly OoxmlPart[], options: ZipWriteOptions = {}): Uint8Array {
  const all = [main, ...parts];
  // Relationship parts and plain XML parts are typed by the two defaults every package has.
  const extensions = [
    ...new Set(all.filter((p) => !p.contentType).map((p) => p.name.slice(p.name.lastIndexOf('.') + 1).toLowerCase())),
  ].filter((ext) => ext !== 'rels' && ext !== 'xml');
  for (const ext of extensions) if (!MEDIA_TYPES[ext]) throw new Error(`an OOXML part ending in .${ext} needs a content type`);
  const defaults = [
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
    ...extensions.map((ext) => `<Default Extension="${ext}" ContentType="${MEDIA_TYPES[ext]}"/>`),
  ];
  const overrides = all.filter((p) => p.contentType).map((p) => `<Override PartName="/${p.name}" ContentType="${p.contentType}"/>`);
  const contentTypes = `${XML_DECLARATION}<Types xmlns="${CONTENT_TYPES}">${defaults.join('')}${overrides.join('')}</Types>`;
  return writeZip(
    [
      { name: '[Content_Types].xml', data: contentTypes },
      { name: '_rels/.rels', data: relationshipsXml([{ id: 'rId1', type: 'officeDocument', target: main.name }]) },
      ...all.map((p) => ({ name: p.name, data: p.data, ...(p.store ? { store: true } : {}) })),
    ],
    options,
  );
}
