import type { Channel, In, Out } from '../../shared/ipc/contract';
import { createBackend, type Backend } from '../api/backend';
import { headlessHost } from '../api/host';
import { defaultAppDataDir } from '../services/appDataDir';
import { APP_VERSION } from '../version';
import { COMMANDS, USAGE } from './commands/index';

/** A CLI failure: one human line on stderr and a non-zero exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** What a command gets: its arguments, a typed call into the backend, and output functions. */
export interface CliContext {
  args: string[];
  call<C extends Channel>(channel: C, input: In<C>): Promise<Out<C>>;
  out(text: string): void;
}

/** Runs one CLI command over the same contract and handlers as the app; returns the exit code. */
export async function runCli(
  argv: string[],
  io: { out: (s: string) => void; err: (s: string) => void } = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) },
): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.out(`${APP_VERSION}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`verbatim: unknown command "${name}". Run "verbatim --help" for the list.\n`);
    return 2;
  }
  let backend: Backend | null = null;
  try {
    backend = createBackend({ appDataDir: defaultAppDataDir(), host: headlessHost('cli'), version: APP_VERSION, trackRecent: false });
    const dispatch = backend.dispatch;
    await command({
      args,
      out: io.out,
      call: async (channel, input) => {
        const result = await dispatch(channel, input);
        if (!result.ok) throw new CliError(result.error.message.split('\n').join(' '));
        return result.value as never;
      },
    });
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`verbatim: ${message}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  } finally {
    backend?.close();
  }
}
