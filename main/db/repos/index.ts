import type { Db } from '../connection';
import { createAttributesRepo } from './attributesRepo';
import { createParticipantsRepo } from './participantsRepo';
import { createSessionsRepo } from './sessionsRepo';
import { createStudyRepo } from './studyRepo';

/** Every repository of one open study; statements are prepared once, here. */
export function createRepos(db: Db) {
  return {
    study: createStudyRepo(db),
    sessions: createSessionsRepo(db),
    attributes: createAttributesRepo(db),
    participants: createParticipantsRepo(db),
  };
}
export type Repos = ReturnType<typeof createRepos>;
