import type { CliContext } from '../index';
import { autocodeCommands } from './autocode';
import { codingCommands } from './coding';
import { refiCommands } from './refi';
import { liveCommands } from './live';
import { matrixCommands } from './matrix';
import { participantCommands } from './participants';
import { queryCommands } from './query';
import { reportCommands } from './report';
import { searchCommands } from './search';
import { sessionCommands } from './sessions';
import { studyCommands } from './study';

/** Every command: a function over the backend contract (the CLI has no logic of its own). One file per area. */
export const COMMANDS: Record<string, (ctx: CliContext) => Promise<void>> = {
  ...studyCommands,
  ...codingCommands,
  ...searchCommands,
  ...reportCommands,
  ...refiCommands,
  ...liveCommands,
  ...sessionCommands,
  ...participantCommands,
  ...matrixCommands,
  ...queryCommands,
  ...autocodeCommands,
};
