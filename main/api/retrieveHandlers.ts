import type { PassagesFormat } from '../../shared/domain/retrieve';
import type { MessageId } from '../../shared/i18n/catalogue';
import type { retrieveChannels } from '../../shared/ipc/channels/retrieveChannels';
import { renderPassages } from '../io/passages/passages';
import { deliver } from '../services/delivery';
import { retrieve } from '../services/retrieve';
import { passagesFileName, passagesToExport } from '../services/retrieveExport';
import type { Handlers } from './handler';

/** What the save dialog calls each format. */
const FILTER_NAMES: Record<PassagesFormat, MessageId> = {
  csv: 'menu.csvTableFilter',
  xlsx: 'menu.excelFilter',
  docx: 'common.wordDocument',
};

/** Handlers of the retrieve channels (see shared/ipc/channels/retrieveChannels.ts). */
export const retrieveHandlers: Pick<Handlers, keyof typeof retrieveChannels> = {
  'retrieve:passages': (query, ctx) => retrieve(ctx.studies.require(), query),
  'retrieve:export': ({ format, ...query }, ctx) => {
    const study = ctx.studies.require();
    const request = {
      title: 'common.exportPassages' as const,
      suggestedFileName: passagesFileName(study, query.codeId, format),
      filterName: FILTER_NAMES[format],
      extension: format,
    };
    const data = passagesToExport(study, query);
    return deliver(ctx.host, request, async () => ({ files: [renderPassages(format, data)] }));
  },
};
