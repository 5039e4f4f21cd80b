import type { queryChannels } from '../../shared/ipc/channels/queryChannels';
import { codeQueryResults } from '../services/queries/codeResults';
import { queryOptions } from '../services/queries/queryOptions';
import { runCodingQuery } from '../services/queries/runQuery';
import { deleteSavedQuery, listSavedQueries, saveQuery, updateSavedQuery } from '../services/queries/savedQueries';
import type { Handlers } from './handler';

/** Handlers of the coding query channels (see shared/ipc/channels/queryChannels.ts). */
export const queryHandlers: Pick<Handlers, keyof typeof queryChannels> = {
  'queries:run': ({ expression, restrictions }, ctx) => runCodingQuery(ctx.studies.require(), expression, restrictions),
  'queries:options': ({ language }, ctx) => queryOptions(ctx.studies.require(), language),
  'queries:list': (_input, ctx) => listSavedQueries(ctx.studies.require()),
  'queries:save': (input, ctx) => saveQuery(ctx.studies.require(), input),
  'queries:update': ({ id, ...changes }, ctx) => updateSavedQuery(ctx.studies.require(), id, changes),
  'queries:delete': ({ id }, ctx) => {
    deleteSavedQuery(ctx.studies.require(), id);
    return null;
  },
  'queries:codeResults': (input, ctx) => codeQueryResults(ctx.studies.require(), input),
};
