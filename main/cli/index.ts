import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { StudySummary } from '../../shared/domain/study';
import type { Channel, In, Out } from '../../shared/ipc/contract';
import { AppError, toFailure } from '../../shared/errors';
import type { MessageId } from '../../shared/i18n/catalogue';
import type { MessageValues, Translator } from '../../shared/i18n/translator';
import { terminalTranslator } from '../language';
import { cliFailureLine } from './language';
import type { Backend } from '../api/backend';
import { defaultAppDataDir } from '../app/appDataDir';
import { writeFileAtomic } from '../services/delivery';
import type { StudyManager } from '../app/studyManager';
import { APP_VERSION } from '../version';
import { commandHelp, usage } from './commands/help';

/** A CLI failure: one human line on stderr and a non-zero exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** A CLI failure said in the terminal's language. */
export function cliError(id: MessageId, values?: MessageValues, exitCode = 1): CliError {
  return new CliError(terminalTranslator().t(id, values), exitCode);
}

/**
 * What a command gets: its arguments, a typed call into the backend, and output functions.
 * Anything named by a path (the study, files to write) goes to the services directly: the
 * channels take no paths, because a page can reach them.
 */
export interface CliContext {
  args: string[];
  call<C extends Channel>(channel: C, input: In<C>): Promise<Out<C>>;
  /** Opens the study at a path from this command line. */
  openStudy(path: string): StudySummary;
  studies: StudyManager;
  version: string;
  out(text: string): void;
  /** The terminal's language, for every line a person reads (never for `--json`). */
  tr: Translator;
}

/** Where a command's output goes. */
export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

/**
 * A writer to one of the process's streams that goes quiet once its reader has gone: `verbatim … | head`
 * closes the pipe after a few lines, and the rest of the output has nowhere to go (Node reports that
 * as an EPIPE 'error' event, which unhandled ends the process with a stack trace). The command itself
 * runs to its end: an import stopped half-way because `head` had seen enough lines would be worse.
 */
function quietWhenClosed(stream: NodeJS.WriteStream, onOtherError: (e: NodeJS.ErrnoException) => void): (s: string) => void {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (!closed && e.code !== 'EPIPE') onOtherError(e);
    closed = true;
  });
  return (s) => {
    if (!closed && !stream.destroyed) stream.write(s);
  };
}

/** Standard output and error for the command line, quiet when the reader closes the pipe early. */
export function processIo(): CliIo {
  const err = quietWhenClosed(process.stderr, () => undefined);
  const out = quietWhenClosed(process.stdout, (e) => {
    err(`verbatim: ${terminalTranslator().t('cli.outputFailed', { detail: e.code ?? e.message })}\n`);
    process.exitCode = 1;
  });
  return { out, err };
}

/** Runs one CLI command over the same contract and handlers as the app; returns the exit code. */
export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--version') {
    io.out(`${APP_VERSION}\n`);
    return 0;
  }
  const tr = terminalTranslator();
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const one = name === 'help' && args[0] ? commandHelp(tr, args[0]) : null;
    io.out(one ?? usage(tr));
    return name ? 0 : 2;
  }
  // Loaded only for a command: the backend, its services and the contract's schemas are most of
  // what the CLI's bundle starts, and `--version` or `--help` need none of it.
  const [{ COMMANDS }, { createBackend }, { headlessHost }] = await Promise.all([
    import('./commands/index'),
    import('../api/backend'),
    import('../app/host'),
  ]);
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`verbatim: ${tr.t('cli.unknownCommand', { name })}\n`);
    return 2;
  }
  let backend: Backend | null = null;
  try {
    backend = createBackend({ appDataDir: defaultAppDataDir(), host: headlessHost('cli'), version: APP_VERSION, trackRecent: false });
    const dispatch = backend.dispatch;
    const studies = backend.context.studies;
    await command({
      args,
      out: io.out,
      tr,
      studies,
      version: APP_VERSION,
      openStudy: (path) => asCliError(() => studies.open(resolve(path)).summary()),
      call: async (channel, input) => {
        const result = await dispatch(channel, input);
        if (!result.ok) throw new CliError(cliFailureLine(result.error));
        return result.value as never;
      },
    });
    return 0;
  } catch (error) {
    // An AppError that reached here unwrapped is still said in the terminal's language.
    const message = error instanceof AppError ? cliFailureLine(error.toFailure()) : error instanceof Error ? error.message : String(error);
    io.err(`verbatim: ${message}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  } finally {
    backend?.close();
  }
}

/**
 * Runs a service call and fails as a channel call would: an AppError becomes the CLI's one line, and
 * anything unexpected is logged with its stack and said in plain words (never a raw internal message).
 */
export function asCliError<T>(run: () => T): T {
  const cliErrorOf = (error: unknown) =>
    error instanceof CliError ? error : new CliError(cliFailureLine(toFailure('verbatim', error, console.error)));
  try {
    const value = run();
    // A long service call (one that runs a worker job) fails later, as a rejected promise.
    if (value instanceof Promise) return value.catch((error: unknown) => Promise.reject(cliErrorOf(error))) as T;
    return value;
  } catch (error) {
    throw cliErrorOf(error);
  }
}

/**
 * Writes a file this command line named, atomically (services/delivery.ts), creating its folder;
 * a failure is one CLI line.
 */
export async function writeCliFile(target: string, bytes: Uint8Array): Promise<void> {
  try {
    mkdirSync(dirname(target), { recursive: true });
    await writeFileAtomic(target, bytes);
  } catch (error) {
    if (error instanceof AppError) throw new CliError(cliFailureLine(error.toFailure()));
    throw cliError('cli.cannotWrite', { file: target, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}
