import type { wordChannels } from '../../shared/ipc/channels/wordChannels';
import { wordFrequencies } from '../services/search/wordFrequencies';
import type { Handlers } from './handler';

/** Handlers of the word frequency channel (see shared/ipc/channels/wordChannels.ts). */
export const wordHandlers: Pick<Handlers, keyof typeof wordChannels> = {
  'search:words': (input, ctx) => wordFrequencies(ctx.studies.require(), input),
};
