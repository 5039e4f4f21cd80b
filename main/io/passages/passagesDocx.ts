import type { RetrievedPassage } from '../../../shared/domain/coding';
import { quoted } from '../../../shared/reports/format';
import { formatTimestamp } from '../../../shared/text/time';
import { roleWords, type PassagesExport } from './passages';
import { docxLanguage } from '../report/reportDocx';
import { GREY, para, run, styleSheet, wordPackage } from '../../formats/wordPackage';

/**
 * A code's passages as a Word document written by hand (like the report's and the notes' DOCX): a
 * title, what the list holds (filters, order), then per passage its words and who said them, where.
 * Transcript passages are quotations in the "Quote" style; live notes are the note-taker's paraphrase,
 * so they go in a "Note" style, marked as notes and never put in quotation marks. The styles carry
 * the file's language as the default run language, so Word checks spelling in it.
 */
const stylesIn = (tag: string) =>
  styleSheet(
    `<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Source"/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="40"/><w:ind w:left="567" w:right="567"/><w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="3B5B7C"/></w:pBdr></w:pPr><w:rPr><w:i/><w:color w:val="333333"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:next w:val="Source"/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="40"/><w:ind w:left="567" w:right="567"/><w:pBdr><w:left w:val="dashed" w:sz="12" w:space="8" w:color="888888"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="F4F5F7"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Source"><w:name w:val="Source"/><w:basedOn w:val="Normal"/><w:pPr><w:keepLines/><w:ind w:left="567"/></w:pPr><w:rPr><w:color w:val="555555"/><w:sz w:val="18"/></w:rPr></w:style>
`,
    docxLanguage(tag),
  );

function passageXml(p: RetrievedPassage, data: PassagesExport): string {
  const { tr } = data;
  const who = p.people.map((w) => {
    const facts = w.participantId ? (data.facts.get(w.participantId) ?? []) : [];
    const role = w.role && w.role !== 'participant' ? [roleWords(w.role, tr)] : [];
    const details = [...role, ...facts];
    return details.length > 0 ? tr.t('passages.personDetails', { name: w.name, details: details.join(', ') }) : w.name;
  });
  const time = p.startMs === null ? null : formatTimestamp(p.startMs);
  const where = [p.sessionTitle, p.documentTitle, time].filter((v): v is string => !!v).join(' · ');
  const review = p.status === 'orphaned' ? [tr.t('passages.needsReview')] : [];
  const code = p.codePath === data.codePath ? [] : [p.codePath];
  if (p.kind === 'note') {
    const about = who.length > 0 ? tr.t('passages.about', { people: who.join('; ') }) : tr.t('common.observation');
    const lead = run(`${tr.t('passages.liveNoteLead')} `, '<w:b/><w:sz w:val="18"/>');
    return para(lead + run(p.quote), 'Note') + para(run([about, where, ...code, ...review].join(' · ')), 'Source');
  }
  const speakers = who.length > 0 ? [`— ${who.join('; ')}`] : [];
  return para(run(quoted(p.quote, tr)), 'Quote') + para(run([...speakers, where, ...code, ...review].join(' · ')), 'Source');
}

/** The passages as a .docx file in the export's language, headed by what the list holds ("3 of 12 passages · Speaker: Ben"). */
export function passagesToDocx(data: PassagesExport, date?: Date): Uint8Array {
  const body =
    para(run(data.tr.t('passages.title', { code: data.codePath })), 'Title') +
    para(run(data.scope, GREY)) +
    data.passages.map((p) => passageXml(p, data)).join('');
  return wordPackage(body, stylesIn(data.tr.tag), date);
}
