import { parseArgs } from 'node:util';
import { CliError } from '../index';

/** Parses a command's own arguments; unknown options and missing operands are usage errors (exit 2). */
export function parse<T extends Record<string, { type: 'string' | 'boolean' }>>(args: string[], options: T, operands: number) {
  try {
    const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    if (parsed.positionals.length !== operands) throw new Error(`expected ${operands} file argument(s), got ${parsed.positionals.length}`);
    return parsed;
  } catch (error) {
    throw new CliError(`${(error as Error).message}. Run "verbatim --help".`, 2);
  }
}
