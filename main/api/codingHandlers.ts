import { memoOverview } from '../services/memoOverview';
import type { codingChannels } from '../../shared/ipc/channels/codingChannels';
import { codesAbove, createCode, deleteCode, listCodes, mergeCodes, moveCode, pinCode, splitCode, updateCode } from '../services/codebook';
import { createCoding, deleteCoding, updateCoding } from '../services/codings';
import { deleteDocument, editTurnText, getDocumentView, listDocuments } from '../services/documents';
import { deleteMemo, listMemos, saveMemo } from '../services/memos';
import { retrievePassages } from '../services/retrieve';
import { commitTranscriptImport, previewTranscriptImport } from '../services/transcriptImport';
import type { BackendContext, Handlers } from './handler';
import { withIncoming } from './withIncoming';

const DONE = { done: true } as const;

/** The transcript taken in under `fileId`, read from where it is held (NOT_FOUND once let go). */
function readTranscriptFile(ctx: BackendContext, fileId: string): { fileName: string; bytes: Uint8Array } {
  const { name, bytes } = ctx.incoming.read(fileId, 'transcript');
  return { fileName: name, bytes };
}

/** Handlers of the coding workspace channels (see shared/ipc/channels/codingChannels.ts). */
export const codingHandlers: Pick<Handlers, keyof typeof codingChannels> = {
  // A preview keeps the file: the user may choose another session and look again.
  'transcripts:importPreview': ({ fileId, sessionId, jobId, encoding, uiLanguage }, ctx) =>
    ctx.jobs.follow(jobId, (control) =>
      previewTranscriptImport(ctx.studies.require(), { sessionId, encoding, uiLanguage, ...readTranscriptFile(ctx, fileId) }, control),
    ),
  'transcripts:importCommit': ({ fileId, jobId, ...input }, ctx) =>
    withIncoming(ctx, fileId, () =>
      ctx.jobs.follow(jobId, async (control) => {
        return await commitTranscriptImport(ctx.studies.require(), { ...input, ...readTranscriptFile(ctx, fileId) }, control);
      }),
    ),

  'documents:list': (_, ctx) => listDocuments(ctx.studies.require()),
  'documents:get': ({ id }, ctx) => getDocumentView(ctx.studies.require(), id),
  'documents:editTurn': (input, ctx) => editTurnText(ctx.studies.require(), input),
  'documents:delete': ({ id }, ctx) => deleteDocument(ctx.studies.require(), id),

  'codes:list': (_, ctx) => listCodes(ctx.studies.require()),
  'codes:create': (input, ctx) => createCode(ctx.studies.require(), input),
  'codes:update': ({ id, ...changes }, ctx) => updateCode(ctx.studies.require(), id, changes),
  'codes:move': ({ id, parentId, position }, ctx) => moveCode(ctx.studies.require(), id, parentId, position),
  'codes:pin': ({ id, pin }, ctx) => pinCode(ctx.studies.require(), id, pin),
  'codes:merge': ({ sourceId, targetId }, ctx) => mergeCodes(ctx.studies.require(), sourceId, targetId),
  'codes:split': ({ id, codingIds, name }, ctx) => splitCode(ctx.studies.require(), id, codingIds, name),
  'codes:delete': ({ id }, ctx) => deleteCode(ctx.studies.require(), id),
  'codes:retrieve': ({ codeId, includeChildren }, ctx) => retrievePassages(ctx.studies.require(), codeId, includeChildren),

  'codings:create': (input, ctx) => {
    const study = ctx.studies.require();
    const coding = createCoding(study, input);
    return { ...coding, codes: codesAbove(study, coding.codeId) };
  },
  'codings:update': ({ id, ...changes }, ctx) => updateCoding(ctx.studies.require(), id, changes),
  'codings:delete': ({ id }, ctx) => {
    deleteCoding(ctx.studies.require(), id);
    return DONE;
  },

  'memos:list': ({ target }, ctx) => listMemos(ctx.studies.require(), target),
  'memos:overview': (_, ctx) => memoOverview(ctx.studies.require()),
  'memos:save': (input, ctx) => saveMemo(ctx.studies.require(), input),
  'memos:delete': ({ id }, ctx) => {
    deleteMemo(ctx.studies.require(), id);
    return DONE;
  },

  'history:state': (_, ctx) => ctx.studies.require().history.state(),
  'history:undo': (_, ctx) => {
    const study = ctx.studies.require();
    const undone = study.write('history:undo', () => study.history.undo(), null);
    return { ...study.history.state(), undone };
  },
  'history:redo': (_, ctx) => {
    const study = ctx.studies.require();
    const redone = study.write('history:redo', () => study.history.redo(), null);
    return { ...study.history.state(), redone };
  },
};
