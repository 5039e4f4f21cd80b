import { GREY, para, run, styleSheet, wordPackage } from '../../formats/wordPackage';
import { noteRuns, noteTime, type NotesExport } from './groups';

/**
 * The notes as a Word document written by hand (like the report's DOCX): a title with the session
 * and date, headings for guide sections and questions, and per note a line "12:34 · Speaker ★",
 * the note's words and its codes.
 */
const TIGHT = '<w:spacing w:before="0" w:after="0"/><w:keepNext/>';

const STYLES =
  styleSheet(`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/><w:color w:val="1B2A3A"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/><w:color w:val="2F4A66"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="22"/></w:rPr></w:style>
`);

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
  const body =
    para(run(several ? data.title : `${data.title} — notes`), 'Title') + data.sessions.map((s) => sessionBody(s, several)).join('');
  return wordPackage(body, STYLES, date);
}
