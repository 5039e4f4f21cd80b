import type { reportChannels } from '../../shared/ipc/channels/reportChannels';
import {
  compareSnapshots, deleteReport, exportSnapshot, generateSnapshot, getSnapshot, listReports, listSnapshots, runReport, saveReport, starQuote,
} from '../services/reports';
import type { Handlers } from './handler';

const DONE = { done: true } as const;

/** Handlers of the report channels (see shared/ipc/channels/reportChannels.ts). */
export const reportHandlers: Pick<Handlers, keyof typeof reportChannels> = {
  'reports:list': (_, ctx) => listReports(ctx.studies.require()),
  'reports:save': ({ id, definition }, ctx) => saveReport(ctx.studies.require(), id, definition),
  'reports:delete': ({ id }, ctx) => {
    deleteReport(ctx.studies.require(), id);
    return DONE;
  },
  'reports:run': ({ definition }, ctx) => runReport(ctx.studies.require(), definition),
  'reports:generate': ({ reportId, definition }, ctx) => generateSnapshot(ctx.studies.require(), reportId, definition),
  'reports:snapshots': (_, ctx) => listSnapshots(ctx.studies.require()),
  'reports:snapshot': ({ id }, ctx) => getSnapshot(ctx.studies.require(), id),
  'reports:compare': ({ beforeId, afterId }, ctx) => compareSnapshots(ctx.studies.require(), beforeId, afterId),
  'reports:export': ({ snapshotId, format, jobId }, ctx) =>
    ctx.jobs.follow(jobId, async (control) => ({
      files: (await exportSnapshot(ctx.studies.require(), snapshotId, format, control)).map((f) => ({ name: f.name, mimeType: f.mimeType, dataBase64: Buffer.from(f.data).toString('base64') })),
    })),
  'reports:starQuote': ({ codingId, starred }, ctx) => {
    starQuote(ctx.studies.require(), codingId, starred);
    return DONE;
  },
  'users:list': (_, ctx) => ctx.studies.require().repos.study.users(),
};
