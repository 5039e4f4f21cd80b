import type { autocodeChannels } from '../../shared/ipc/channels/autocodeChannels';
import { autocode, previewAutocode } from '../services/search/autocode';
import type { Handlers } from './handler';

/** Handlers of the autocode channels (see shared/ipc/channels/autocodeChannels.ts). */
export const autocodeHandlers: Pick<Handlers, keyof typeof autocodeChannels> = {
  'search:autocodePreview': (input, ctx) => previewAutocode(ctx.studies.require(), input),
  'search:autocode': (input, ctx) => autocode(ctx.studies.require(), input),
};
