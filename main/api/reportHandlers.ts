import type { MessageId } from '../../shared/i18n/catalogue';
import type { ReportFormat, reportChannels } from '../../shared/ipc/channels/reportChannels';
import {
  compareSnapshots,
  deleteReport,
  exportSnapshot,
  generateSnapshot,
  getSnapshot,
  listReports,
  listSnapshots,
  runReport,
  saveReport,
  snapshotFileName,
  starQuote,
} from '../services/reports';
import { deliver } from '../services/delivery';
import type { Handlers } from './handler';

const DONE = { done: true } as const;
/** What the save dialog calls each format. CSV is several files named after the one chosen. */
const FILTER_NAMES: Record<ReportFormat, MessageId> = {
  html: 'menu.webPageFilter',
  docx: 'common.wordDocument',
  pdf: 'menu.pdfFilter',
  xlsx: 'menu.excelFilter',
  csv: 'menu.csvTablesFilter',
  json: 'menu.jsonFilter',
};

/** Handlers of the report channels (see shared/ipc/channels/reportChannels.ts). */
export const reportHandlers: Pick<Handlers, keyof typeof reportChannels> = {
  'reports:list': (_, ctx) => listReports(ctx.studies.require()),
  'reports:save': ({ id, definition }, ctx) => saveReport(ctx.studies.require(), id, definition),
  'reports:delete': ({ id }, ctx) => {
    deleteReport(ctx.studies.require(), id);
    return DONE;
  },
  'reports:run': ({ definition }, ctx) => runReport(ctx.studies.require(), definition),
  'reports:generate': ({ reportId, definition, jobId }, ctx) =>
    ctx.jobs.follow(jobId, (control) => generateSnapshot(ctx.studies.require(), reportId, definition, control)),
  'reports:snapshots': (_, ctx) => listSnapshots(ctx.studies.require()),
  'reports:snapshot': ({ id }, ctx) => getSnapshot(ctx.studies.require(), id),
  'reports:compare': ({ beforeId, afterId }, ctx) => compareSnapshots(ctx.studies.require(), beforeId, afterId),
  'reports:export': ({ snapshotId, format, jobId }, ctx) =>
    ctx.jobs.follow(jobId, (control) => {
      const study = ctx.studies.require();
      const request = {
        title: 'common.exportReport' as const,
        suggestedFileName: snapshotFileName(study, snapshotId, format),
        filterName: FILTER_NAMES[format],
        extension: format,
      };
      return deliver(ctx.host, request, async () => ({ files: await exportSnapshot(study, snapshotId, format, control) }), control);
    }),
  'reports:starQuote': ({ codingId, starred }, ctx) => {
    starQuote(ctx.studies.require(), codingId, starred);
    return DONE;
  },
  'users:list': (_, ctx) => ctx.studies.require().repos.study.users(),
};
