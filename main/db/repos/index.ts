import type { Db } from '../connection';
import { createAttributesRepo } from './attributesRepo';
import { createCodesRepo } from './codesRepo';
import { createCodingsRepo } from './codingsRepo';
import { createDocumentsRepo } from './documentsRepo';
import { createLiveRepo } from './liveRepo';
import { createMemosRepo } from './memosRepo';
import { createParticipantsRepo } from './participantsRepo';
import { createReportsRepo } from './reportsRepo';
import { createSearchRepo } from './searchRepo';
import { createSessionsRepo } from './sessionsRepo';
import { createStudyRepo } from './studyRepo';

/** Every repository of one open study; statements are prepared once, here. */
export function createRepos(db: Db) {
  return {
    study: createStudyRepo(db),
    sessions: createSessionsRepo(db),
    attributes: createAttributesRepo(db),
    participants: createParticipantsRepo(db),
    documents: createDocumentsRepo(db),
    codes: createCodesRepo(db),
    codings: createCodingsRepo(db),
    memos: createMemosRepo(db),
    reports: createReportsRepo(db),
    live: createLiveRepo(db),
    search: createSearchRepo(db),
  };
}
export type Repos = ReturnType<typeof createRepos>;
