import type { RetrievedPassage } from '../../shared/domain/coding';
import { escapeXml } from '../../shared/reports/escape';
import { formatTimestamp } from '../../shared/text/time';
import type { PassagesExport } from './passages';
import { writeZip } from './zipWriter';

/**
 * A code's passages as a Word document written by hand (like the report's and the notes' DOCX): a
 * title, what the list holds (filters, order), then per passage its words and who said them, where.
 * Transcript passages are quotations in the "Quote" style; live notes are the note-taker's paraphrase,
 * so they go in a "Note" style, marked as notes and never put in quotation marks.
 */
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const run = (text: string, props = '') =>
  text.split('\n').map((line, i) => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`).join('');
const para = (runs: string, style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${runs}</w:p>`;
const GREY = '<w:color w:val="555555"/><w:sz w:val="18"/>';

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri" w:eastAsia="Calibri"/><w:sz w:val="21"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="40"/><w:color w:val="1B2A3A"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Source"/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="40"/><w:ind w:left="567" w:right="567"/><w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="3B5B7C"/></w:pBdr></w:pPr><w:rPr><w:i/><w:color w:val="333333"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:next w:val="Source"/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="40"/><w:ind w:left="567" w:right="567"/><w:pBdr><w:left w:val="dashed" w:sz="12" w:space="8" w:color="888888"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="F4F5F7"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Source"><w:name w:val="Source"/><w:basedOn w:val="Normal"/><w:pPr><w:keepLines/><w:ind w:left="567"/></w:pPr><w:rPr><w:color w:val="555555"/><w:sz w:val="18"/></w:rPr></w:style>
</w:styles>`;

/** “…” around spoken words, unless they already carry their own quotation marks. */
function quoted(text: string): string {
  return /^["“„«'‘]/.test(text) && /["”“»'’]$/.test(text) ? text : `“${text}”`;
}

function passageXml(p: RetrievedPassage, data: PassagesExport): string {
  const who = p.people.map((w) => {
    const facts = w.participantId ? (data.facts.get(w.participantId) ?? []) : [];
    const role = w.role && w.role !== 'participant' ? [w.role] : [];
    const details = [...role, ...facts];
    return details.length > 0 ? `${w.name} (${details.join(', ')})` : w.name;
  });
  const time = p.startMs === null ? null : formatTimestamp(p.startMs);
  const where = [p.sessionTitle, p.documentTitle, time].filter((v): v is string => !!v).join(' · ');
  const review = p.status === 'orphaned' ? ' · needs review: its words were edited away' : '';
  const code = p.codePath === data.codePath ? '' : ` · ${p.codePath}`;
  if (p.kind === 'note') {
    const about = who.length > 0 ? `About ${who.join('; ')} · ` : 'Observation · ';
    return para(run('Live note (the note-taker’s words): ', '<w:b/><w:sz w:val="18"/>') + run(p.quote), 'Note') + para(run(`${about}${where}${code}${review}`), 'Source');
  }
  const speakers = who.length > 0 ? `— ${who.join('; ')} · ` : '';
  return para(run(quoted(p.quote)), 'Quote') + para(run(`${speakers}${where}${code}${review}`), 'Source');
}

/** The passages as a .docx file; `scope` says what the list holds ("3 of 12 passages · Speaker: Ben"). */
export function passagesToDocx(data: PassagesExport, scope: string, date?: Date): Uint8Array {
  const body = para(run(`Passages: ${data.codePath}`), 'Title') + para(run(scope, GREY)) + data.passages.map((p) => passageXml(p, data)).join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  return writeZip(
    [
      { name: '[Content_Types].xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>` },
      { name: '_rels/.rels', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>` },
      { name: 'word/_rels/document.xml.rels', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/></Relationships>` },
      { name: 'word/document.xml', data: document },
      { name: 'word/styles.xml', data: STYLES },
    ],
    { date, level: 6 },
  );
}
