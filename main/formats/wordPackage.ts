import { escapeXml } from '../../shared/text/xmlEscape';
import { ooxmlPackage, relationshipsXml } from '../formats/ooxmlPackage';

/**
 * The pieces of a plain Word document written by hand (text, paragraph styles, no images): the
 * notes export and the Passages export share them. The report's DOCX (io/report/reportDocx.ts) has charts
 * and tables; every package is written by formats/ooxmlPackage.ts.
 */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** Content types of a Word document's parts. */
export const WORD_DOCUMENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
export const WORD_STYLES = 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml';

/** Runs of text; a line break in the text becomes a break in the paragraph. */
export const run = (text: string, props = '') =>
  text
    .split('\n')
    .map(
      (line, i) =>
        `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`,
    )
    .join('');

/** A paragraph of runs, with a style and any further paragraph properties (spacing, keep with next). */
export const para = (runs: string, style?: string, props = '') =>
  `<w:p>${style || props ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${props}</w:pPr>` : ''}${runs}</w:p>`;

/** Small grey text, for the lines that say where something comes from. */
export const GREY = '<w:color w:val="555555"/><w:sz w:val="18"/>';

/**
 * A style sheet with Calibri 10.5 pt, 6 pt after each paragraph, Normal and Title, plus `styles`;
 * `lang` is the default run language (British English unless the document says otherwise).
 */
export const styleSheet = (styles: string, lang = '<w:lang w:val="en-GB"/>') => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri" w:eastAsia="Calibri"/><w:sz w:val="21"/>${lang}</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="40"/><w:color w:val="1B2A3A"/></w:rPr></w:style>
${styles}</w:styles>`;

/** An A4 .docx of `body` (paragraphs) with the style sheet `styles` (from {@link styleSheet}). */
export function wordPackage(body: string, styles: string, date?: Date): Uint8Array {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  return ooxmlPackage(
    { name: 'word/document.xml', data: document, contentType: WORD_DOCUMENT },
    [
      { name: 'word/_rels/document.xml.rels', data: relationshipsXml([{ id: 'rId1', type: 'styles', target: 'styles.xml' }]) },
      { name: 'word/styles.xml', data: styles, contentType: WORD_STYLES },
    ],
    { date, level: 6 },
  );
}
