// The job worker under Node with TypeScript sources (vitest, tsx, the CLI, browser mode): registers
// tsx in this thread, then runs worker.ts. The Electron bundle has its own compiled entry (jobWorker.cjs).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
