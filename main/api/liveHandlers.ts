import type { NotesFormat } from '../../shared/domain/live';
import type { MessageId } from '../../shared/i18n/catalogue';
import type { liveChannels } from '../../shared/ipc/channels/liveChannels';
import { deleteGuide, listGuides, saveGuide } from '../services/guides';
import { nextIntercept } from '../services/intercepts';
import { clockAction, getLive, setQuestion, setSessionGuide, setTranscriptOffset } from '../services/live';
import { deliver } from '../services/delivery';
import { exportNotes, notesFileName, notesRecords } from '../services/notesExport';
import { addNote, codeNote, deleteNote, editNote, updateNote } from '../services/notes';
import { copyNoteCodesToTranscript } from '../services/noteTranscript';
import type { Handlers } from './handler';

const DONE = { done: true } as const;
/** What the save dialog calls each notes format. */
const FILTER_NAMES: Record<NotesFormat, MessageId> = {
  docx: 'common.wordDocument',
  csv: 'menu.csvTableFilter',
  xlsx: 'menu.excelFilter',
  md: 'menu.markdownFilter',
};

/** Handlers of live session capture (see shared/ipc/channels/liveChannels.ts). */
export const liveHandlers: Pick<Handlers, keyof typeof liveChannels> = {
  'live:get': ({ sessionId }, ctx) => getLive(ctx.studies.require(), sessionId),
  'live:clock': ({ sessionId, action }, ctx) => clockAction(ctx.studies.require(), sessionId, action),
  'live:setQuestion': ({ sessionId, itemId }, ctx) => setQuestion(ctx.studies.require(), sessionId, itemId),
  'live:setGuide': ({ sessionId, guideId }, ctx) => {
    setSessionGuide(ctx.studies.require(), sessionId, guideId);
    return DONE;
  },

  'live:setTranscriptOffset': ({ sessionId, offsetMs }, ctx) => setTranscriptOffset(ctx.studies.require(), sessionId, offsetMs),

  'guides:list': (_, ctx) => listGuides(ctx.studies.require()),
  'guides:save': (input, ctx) => saveGuide(ctx.studies.require(), input),
  'guides:delete': ({ id }, ctx) => {
    deleteGuide(ctx.studies.require(), id);
    return DONE;
  },

  'notes:add': (input, ctx) => addNote(ctx.studies.require(), input),
  'notes:edit': ({ id, text }, ctx) => editNote(ctx.studies.require(), id, text),
  'notes:update': (input, ctx) => updateNote(ctx.studies.require(), input),
  'notes:delete': ({ id }, ctx) => {
    deleteNote(ctx.studies.require(), id);
    return DONE;
  },
  'notes:code': (input, ctx) => codeNote(ctx.studies.require(), input),
  'notes:copyCodesToTranscript': ({ id }, ctx) => copyNoteCodesToTranscript(ctx.studies.require(), id),
  'notes:list': ({ sessionId }, ctx) => notesRecords(ctx.studies.require(), sessionId),
  'notes:export': ({ sessionId, format }, ctx) => {
    const study = ctx.studies.require();
    const request = {
      title: 'menu.exportNotesDialog' as const,
      suggestedFileName: notesFileName(study, format, sessionId),
      filterName: FILTER_NAMES[format],
      extension: format,
    };
    return deliver(ctx.host, request, async () => ({ files: [exportNotes(study, format, sessionId)] }));
  },

  'intercepts:next': ({ fromSessionId }, ctx) => {
    return nextIntercept(ctx.studies.require(), fromSessionId);
  },
};
