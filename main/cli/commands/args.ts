import { parseArgs } from 'node:util';
import { cliError } from '../index';

/** Node's words for a bad option, said again in ours: the option as typed is the only thing kept. */
function optionError(error: NodeJS.ErrnoException) {
  const option = /'([^' ]+)/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return cliError('cli.unknownOption', { option }, 2);
  if (/does not take an argument/.test(error.message)) return cliError('cli.optionTakesNoValue', { option }, 2);
  return cliError('cli.optionNeedsValue', { option }, 2);
}

/** Parses a command's own arguments; unknown options and missing operands are usage errors (exit 2). */
export function parse<T extends Record<string, { type: 'string' | 'boolean' }>>(args: string[], options: T, operands: number) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw optionError(error as NodeJS.ErrnoException);
  }
  if (parsed.positionals.length !== operands) throw cliError('cli.operandCount', { expected: operands, got: parsed.positionals.length }, 2);
  return parsed;
}
