/**
 * One word for one thing: a word the app says in many places is one message, so a translator
 * translates it once and every screen, report and export says it the same way.
 */
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../../shared/i18n/catalogue';

const english = Object.entries(messagesFor('en'));
const idsOf = (text: string) => english.filter(([, value]) => value === text).map(([id]) => id);

describe('words said in many places', () => {
  it.each([
    ['Promoter', 'report.promoter'],
    ['Passive', 'report.passive'],
    ['Detractor', 'report.detractor'],
    ['Saving…', 'common.saving'],
    ['No speaker', 'common.noSpeaker'],
    ['Live note', 'report.liveNote'],
    ['Codes', 'common.codes'],
    ['Moderator', 'common.moderator'],
    ['Transcript', 'common.transcript'],
    ['CSV', 'common.csv'],
    ['Import', 'common.import'],
    ['Passages', 'common.passages'],
    ['Participant', 'common.participant'],
    ['Title', 'common.title'],
    ['Export', 'common.export'],
    ['Date', 'common.date'],
    ['Speaker', 'common.speaker'],
    ['Version', 'common.version'],
    ['Studies folder', 'common.studiesFolder'],
    ['New code', 'codebook.newCode'],
    ['Filter codes', 'common.filterCodes'],
    ['Memo', 'common.memo'],
    ['Rename', 'common.rename'],
    ['Name', 'common.name'],
    ['Save', 'common.save'],
    ['this code', 'common.thisCode'],
    ['Loading passages…', 'common.loadingPassages'],
    ['Recode', 'coding.paletteRecodeLabel'],
    ['Transcripts', 'common.transcripts'],
    ['Loading…', 'common.loading'],
    ['Coding', 'common.coding'],
    ['Language', 'common.language'],
    ['That session no longer exists.', 'errors.sessionGone'],
    ['That attribute no longer exists.', 'editing.attributeGone'],
    ['Export ▾', 'common.exportMenu'],
    ['Markdown', 'common.markdown'],
    ['Observer', 'common.observer'],
    ['Opening the session…', 'common.openingSession'],
    ['Edit', 'common.edit'],
    ['Document', 'common.document'],
    ['Memos', 'common.memos'],
    ['Export passages', 'common.exportPassages'],
    ['Export report', 'common.exportReport'],
    ['Text', 'common.text'],
    ['From', 'common.from'],
    ['To', 'common.to'],
    ['Scale', 'common.scale'],
    ['{message} Choose the file again to try once more.', 'common.chooseFileAgain'],
    ['Importing…', 'common.importing'],
    ['Theme', 'common.theme'],
    ['Low effort (1–3)', 'report.cesLow'],
    ['High effort (5–7)', 'report.cesHigh'],
    ['Report', 'reports.reportLabel'],
    ['Live notes', 'common.liveNotes'],
    ['Close', 'common.close'],
    ['Uploading {name}…', 'common.uploading'],
    ['Place', 'sessions.fieldPlace'],
    ['Transcript…', 'study.importTranscript'],
    ['Observation', 'common.observation'],
    ['No code matches “{query}”.', 'common.noCodeMatches'],
    ['Options for {name}', 'common.optionsFor'],
    ['Word document', 'common.wordDocument'],
    ['New session', 'common.newSession'],
    ['Theme summary', 'report.sectionThemes'],
    ['Starred', 'report.colStarred'],
    ['Quotes', 'report.tableQuotes'],
    ['Importing {name}', 'common.importingFile'],
    ['Kind', 'common.kind'],
  ])('"%s" is one message (%s)', (text, id) => {
    expect(idsOf(text)).toEqual([id]);
  });
});

describe('words said in many places with more than one meaning', () => {
  // The count columns of report files ("参与者数", "number of participants") differ from the word
  // for the things; the key "Delete" on a key sheet, the live screen's "Økten" (the session being
  // run), the "Code" command, "Notes" as live notes or as a remarks field, and "Score" as a kind of
  // attribute or as the report's column naming the measure (NPS, CSAT) are other words too.
  it.each([
    ['Participants', ['common.participants', 'report.colParticipants']],
    ['Documents', ['common.documents', 'report.colDocuments']],
    ['Sessions', ['common.sessions', 'report.colSessions']],
    ['Codings', ['common.codings', 'report.colCodings']],
    ['Session', ['common.session', 'live.session']],
    ['Code', ['coding.paletteApplyTitle', 'common.code']],
    ['Delete', ['coding.keyDelete', 'common.delete']],
    ['Notes', ['common.notes', 'common.notesField']],
    ['Score', ['participants.importTypeScore', 'report.colScore']],
    // The import dialog's sentences quote with Croatian „…“ throughout; the rest of the app with „…”.
    ['“{text}”', ['common.quoted', 'transcripts.quoted']],
  ])('"%s" is one message per meaning (%s)', (text, ids) => {
    expect(idsOf(text).sort()).toEqual(ids);
  });
});
