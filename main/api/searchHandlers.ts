import type { searchChannels } from '../../shared/ipc/channels/searchChannels';
import { searchStudy } from '../services/search/search';
import type { Handlers } from './handler';

/** Handlers of the search channels (see shared/ipc/channels/searchChannels.ts). */
export const searchHandlers: Pick<Handlers, keyof typeof searchChannels> = {
  'search:run': (input, ctx) => searchStudy(ctx.studies.require(), input),
};
