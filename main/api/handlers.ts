import type { IncomingKind } from '../../shared/domain/files';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { createAttribute, deleteAttribute, updateAttribute } from '../services/attributes';
import { commitParticipantImport, previewParticipantImport } from '../services/participantImport';
import { createParticipant, deleteParticipant, setParticipantValue, setSessionRole, updateParticipant } from '../services/participants';
import { SAMPLE_TITLE } from '../sample/sampleStudy';
import { createSession, deleteSession, updateSession } from '../services/sessions';
import { codingHandlers } from './codingHandlers';
import { refiHandlers } from './refiHandlers';
import { liveHandlers } from './liveHandlers';
import { reportHandlers } from './reportHandlers';
import { retrieveHandlers } from './retrieveHandlers';
import { matrixHandlers } from './matrixHandlers';
import { queryHandlers } from './queryHandlers';
import { autocodeHandlers } from './autocodeHandlers';
import { searchHandlers } from './searchHandlers';
import { wordHandlers } from './wordHandlers';
import { AppError } from '../../shared/errors';
import type { BackendContext, Handlers } from './handler';
import type { OpenFileRequest } from '../app/host';
import { withIncoming } from './withIncoming';

const DONE = { done: true } as const;
/** What the open dialog shows for each kind of file the app takes in. */
const OPEN_DIALOGS: Record<IncomingKind, OpenFileRequest> = {
  qdpx: { title: 'menu.importQdpxDialog', filterName: 'menu.qdpxFilter', extensions: ['qdpx'] },
  qdc: { title: 'menu.importQdcDialog', filterName: 'menu.qdcFilter', extensions: ['qdc'] },
  transcript: {
    title: 'menu.importTranscriptDialog',
    filterName: 'common.transcript',
    extensions: ['vtt', 'srt', 'sbv', 'docx', 'txt', 'md'],
  },
  csv: { title: 'menu.importParticipantsDialog', filterName: 'common.csv', extensions: ['csv', 'tsv', 'txt'] },
};

/** The CSV taken in under `fileId`, read from where it is held (NOT_FOUND once let go). */
function readCsvFile(ctx: BackendContext, fileId: string): { fileName: string; bytes: Uint8Array } {
  const { name, bytes } = ctx.incoming.read(fileId, 'csv');
  return { fileName: name, bytes };
}

/** The one handler table: exactly one entry per contract channel (a missing one is a compile error). */
export const handlers: Handlers = {
  'app:info': (_, ctx) => ({
    mode: ctx.host.mode,
    version: ctx.version,
    schemaVersion: LATEST_SCHEMA_VERSION,
    studiesDir: ctx.studies.studiesDir,
    nativeDialogs: ctx.host.nativeDialogs,
  }),
  'app:language': (_, ctx) => ({ chosen: ctx.studies.settings.language() }),
  'app:setLanguage': ({ language }, ctx) => {
    ctx.studies.settings.setLanguage(language);
    const chosen = ctx.studies.settings.language();
    // The desktop menu rebuilds in the new language, and other browser tabs switch too.
    ctx.host.emit('language:changed', { chosen });
    return { chosen };
  },
  'study:recent': (_, ctx) => ctx.studies.settings.recent(),
  'study:forgetRecent': ({ path }, ctx) => {
    ctx.studies.settings.forget(ctx.studies.paths.check(path));
    return ctx.studies.settings.recent();
  },
  'study:create': async ({ title, sample, language }, ctx) => {
    const target = await ctx.studies.newStudyPath(ctx.host, title, ctx.studies.settings.uiTranslator(language));
    return ctx.studies.create(target, title, sample).summary();
  },
  'study:open': async ({ path }, ctx) => {
    let target = path === undefined ? null : ctx.studies.paths.check(path);
    if (target === null) {
      if (!ctx.host.nativeDialogs) throw new AppError('INVALID_INPUT', 'errors.chooseStudyFromList');
      target = await ctx.host.pickStudyToOpen();
      if (target === null) throw new AppError('CANCELLED', 'errors.noFileChosen');
    }
    return ctx.studies.open(target).summary();
  },
  'study:available': (_, ctx) => ctx.studies.available(),
  'study:openSample': (_, ctx) => ctx.studies.openSample(SAMPLE_TITLE).summary(),
  'study:current': (_, ctx) => ctx.studies.current?.summary() ?? null,
  'study:rename': ({ title }, ctx) => {
    const study = ctx.studies.require();
    study.write('study:rename', () => study.repos.study.rename(title), { title });
    ctx.studies.settings.rememberOpened(study.path, title, new Date().toISOString());
    return study.summary();
  },
  'window:claim': ({ windowId, takeOver }, ctx) => {
    const { granted, displaced } = ctx.windows.claim(windowId, takeOver);
    if (displaced) ctx.host.emit('window:claimed', { windowId });
    return { granted };
  },
  'window:release': ({ windowId }, ctx) => {
    ctx.windows.release(windowId);
    return DONE;
  },
  'study:close': (_, ctx) => {
    ctx.studies.close();
    return DONE;
  },

  'sessions:list': (_, ctx) => ctx.studies.require().repos.sessions.list(),
  'sessions:create': (input, ctx) => createSession(ctx.studies.require(), input),
  'sessions:update': ({ id, ...changes }, ctx) => updateSession(ctx.studies.require(), id, changes),
  'sessions:delete': ({ id }, ctx) => deleteSession(ctx.studies.require(), id),

  'attributes:list': (_, ctx) => ctx.studies.require().repos.attributes.list(),
  'attributes:create': (input, ctx) => createAttribute(ctx.studies.require(), input),
  'attributes:update': ({ id, ...changes }, ctx) => updateAttribute(ctx.studies.require(), id, changes),
  'attributes:delete': ({ id }, ctx) => deleteAttribute(ctx.studies.require(), id),

  'participants:list': (_, ctx) => ctx.studies.require().repos.participants.list(),
  'participants:create': ({ displayName, notes }, ctx) => createParticipant(ctx.studies.require(), displayName, notes),
  'participants:update': ({ id, ...changes }, ctx) => updateParticipant(ctx.studies.require(), id, changes),
  'participants:delete': ({ id }, ctx) => deleteParticipant(ctx.studies.require(), id),
  'participants:setValue': ({ participantId, attributeId, value }, ctx) =>
    setParticipantValue(ctx.studies.require(), participantId, attributeId, value),
  'participants:setSessionRole': ({ participantId, sessionId, role }, ctx) =>
    setSessionRole(ctx.studies.require(), participantId, sessionId, role),
  // A preview keeps the file: the user may change the mapping and look again.
  'participants:importPreview': ({ fileId, ...choices }, ctx) =>
    previewParticipantImport(ctx.studies.require(), { ...readCsvFile(ctx, fileId), ...choices }),
  'participants:importCommit': ({ fileId, ...choices }, ctx) =>
    withIncoming(ctx, fileId, () => {
      return commitParticipantImport(ctx.studies.require(), { ...readCsvFile(ctx, fileId), ...choices });
    }),
  'files:pickToOpen': async ({ kind }, ctx) => {
    if (!ctx.host.nativeDialogs) throw new AppError('INVALID_INPUT', 'errors.noOpenDialog');
    const path = await ctx.host.pickFileToOpen(OPEN_DIALOGS[kind]);
    if (path === null) throw new AppError('CANCELLED', 'errors.noFileChosen');
    return ctx.incoming.registerPicked(kind, path);
  },
  ...codingHandlers,
  ...retrieveHandlers,
  ...queryHandlers,
  ...autocodeHandlers,
  ...searchHandlers,
  ...wordHandlers,
  ...reportHandlers,
  ...refiHandlers,
  'jobs:cancel': ({ jobId }, ctx) => ({ cancelled: ctx.jobs.cancel(jobId) }),
  ...liveHandlers,
  ...matrixHandlers,
};
