import { escapeXml } from '../../../shared/reports/escape';
import { writeZip } from '../zipWriter';
import { noteRuns, noteTime, type NotesExport } from './groups';

/**
 * The notes as a Word document written by hand (like the report's DOCX): a title with the session
 * and date, headings for guide sections and questions, and per note a line "12:34 · Speaker ★",
 * the note's words and its codes.
 */
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const run = (text: string, props = '') =>
  text.split('\n').map((line, i) => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`).join('');
const para = (runs: string, style?: string, spacing = '') =>
  `<w:p>${style || spacing ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${spacing}</w:pPr>` : ''}${runs}</w:p>`;
const GREY = '<w:color w:val="555555"/><w:sz w:val="18"/>';
const TIGHT = '<w:spacing w:before="0" w:after="0"/><w:keepNext/>';

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri" w:eastAsia="Calibri"/><w:sz w:val="21"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="40"/><w:color w:val="1B2A3A"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/><w:color w:val="1B2A3A"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/><w:color w:val="2F4A66"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="22"/></w:rPr></w:style>
</w:styles>`;

function sessionBody(s: NotesExport['sessions'][number], headed: boolean): string {
  const parts: string[] = [];
  if (headed) parts.push(para(run(s.title), 'Heading1'));
  const meta = [s.date, s.place].filter((v): v is string => !!v).join(' · ');
  if (meta) parts.push(para(run(meta, GREY)));
  if (s.rows.length === 0) parts.push(para(run('No notes.')));
  for (const r of noteRuns(s.rows)) {
    if (r.section) parts.push(para(run(r.section), 'Heading2'));
    if (r.question) parts.push(para(run(r.question), 'Heading3'));
    for (const n of r.rows) {
      const head = [noteTime(n.time), n.speaker ?? 'Observation'].filter(Boolean).join(' · ') + (n.starred ? ' ★' : '');
      parts.push(para(run(head, '<w:b/><w:sz w:val="18"/>'), undefined, TIGHT));
      parts.push(para(run(n.text || ' '), undefined, n.codes.length ? '<w:spacing w:after="0"/>' : ''));
      if (n.codes.length) parts.push(para(run(n.codes.join('; '), `<w:i/>${GREY}`)));
    }
  }
  return parts.join('');
}

/** The notes as a .docx file. */
export function notesToDocx(data: NotesExport, date?: Date): Uint8Array {
  const several = data.sessions.length > 1;
  const body = para(run(several ? data.title : `${data.title} — notes`), 'Title') + data.sessions.map((s) => sessionBody(s, several)).join('');
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
