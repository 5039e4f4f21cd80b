import type { RetrievedPassage } from '../../shared/domain/coding';
import { quoted } from '../../shared/reports/format';
import { formatTimestamp } from '../../shared/text/time';
import type { PassagesExport } from './passages';
import { GREY, para, run, styleSheet, wordPackage } from './wordPackage';
import { translatorFor } from '../../shared/i18n/translator';

/** The Passages export is still written in English (its words are not in the catalogue yet). */
const ENGLISH = translatorFor('en');

/**
 * A code's passages as a Word document written by hand (like the report's and the notes' DOCX): a
 * title, what the list holds (filters, order), then per passage its words and who said them, where.
 * Transcript passages are quotations in the "Quote" style; live notes are the note-taker's paraphrase,
 * so they go in a "Note" style, marked as notes and never put in quotation marks.
 */
const STYLES = styleSheet(`<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Source"/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="40"/><w:ind w:left="567" w:right="567"/><w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="3B5B7C"/></w:pBdr></w:pPr><w:rPr><w:i/><w:color w:val="333333"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:next w:val="Source"/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="40"/><w:ind w:left="567" w:right="567"/><w:pBdr><w:left w:val="dashed" w:sz="12" w:space="8" w:color="888888"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="F4F5F7"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Source"><w:name w:val="Source"/><w:basedOn w:val="Normal"/><w:pPr><w:keepLines/><w:ind w:left="567"/></w:pPr><w:rPr><w:color w:val="555555"/><w:sz w:val="18"/></w:rPr></w:style>
`);

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
  return para(run(quoted(p.quote, ENGLISH)), 'Quote') + para(run(`${speakers}${where}${code}${review}`), 'Source');
}

/** The passages as a .docx file; `scope` says what the list holds ("3 of 12 passages · Speaker: Ben"). */
export function passagesToDocx(data: PassagesExport, scope: string, date?: Date): Uint8Array {
  const body = para(run(`Passages: ${data.codePath}`), 'Title') + para(run(scope, GREY)) + data.passages.map((p) => passageXml(p, data)).join('');
  return wordPackage(body, STYLES, date);
}
