import type { MatrixFormat } from '../../shared/domain/matrix';
import type { MessageId } from '../../shared/i18n/catalogue';
import type { matrixChannels } from '../../shared/ipc/channels/queryChannels';
import { deliver } from '../services/delivery';
import { buildMatrix } from '../services/queries/matrix';
import { matrixCellPassages } from '../services/queries/matrixCell';
import { matrixFile } from '../services/queries/matrixExport';
import type { Handlers } from './handler';

/** What the save dialog calls each format. */
const FILTER_NAMES: Record<MatrixFormat, MessageId> = { csv: 'menu.csvTableFilter', xlsx: 'menu.excelFilter' };

/** Handlers of the matrix channels (see shared/ipc/channels/queryChannels.ts). */
export const matrixHandlers: Pick<Handlers, keyof typeof matrixChannels> = {
  'queries:matrix': (query, ctx) => buildMatrix(ctx.studies.require(), query),
  'queries:matrixCell': ({ rowId, columnKey, ...query }, ctx) => matrixCellPassages(ctx.studies.require(), query, rowId, columnKey),
  'queries:matrixExport': ({ format, ...query }, ctx) => {
    // Built before the save dialog opens: a matrix that cannot be made asks no question.
    const file = matrixFile(ctx.studies.require(), query, format);
    const request = {
      title: 'matrix.exportTitle' as const,
      suggestedFileName: file.name,
      filterName: FILTER_NAMES[format],
      extension: format,
    };
    return deliver(ctx.host, request, async () => ({ files: [file] }));
  },
};
