import { parseArgs } from 'node:util';
import { basename } from 'node:path';
import { SAMPLE_TITLE } from '../services/sampleStudy';
import type { CliContext } from './index';
import { CliError } from './index';

export const USAGE = `Usage: verbatim <command> [options]

Commands:
  new <file> [--sample] [--title <title>]   Create a study file (--sample fills it with the sample study)
  info <file> [--json]                      Show what a study holds (counts, schema version)

Options:
  --help       Show this help
  --version    Show the version
`;

/** Parses a command's own arguments; unknown options and missing operands are usage errors (exit 2). */
function parse<T extends Record<string, { type: 'string' | 'boolean' }>>(args: string[], options: T, operands: number) {
  try {
    const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    if (parsed.positionals.length !== operands) throw new Error(`expected ${operands} file argument(s), got ${parsed.positionals.length}`);
    return parsed;
  } catch (error) {
    throw new CliError(`${(error as Error).message}. Run "verbatim --help".`, 2);
  }
}

/** Each command is a function over the backend contract: the CLI has no logic of its own. */
export const COMMANDS = {
  async new(ctx: CliContext) {
    const { values, positionals } = parse(ctx.args, { sample: { type: 'boolean' }, title: { type: 'string' } }, 1);
    const path = positionals[0]!;
    const title = values.title ?? (values.sample ? SAMPLE_TITLE : basename(path).replace(/\.verbatim$/i, ''));
    const summary = await ctx.call('study:create', { title, path, sample: values.sample ?? false });
    ctx.out(`Created ${summary.path}\n`);
  },

  async info(ctx: CliContext) {
    const { values, positionals } = parse(ctx.args, { json: { type: 'boolean' } }, 1);
    const s = await ctx.call('study:open', { path: positionals[0]! });
    if (values.json) {
      ctx.out(`${JSON.stringify({ path: s.path, title: s.title, schemaVersion: s.schemaVersion, ...s.counts, warnings: s.warnings })}\n`);
      return;
    }
    const rows: [string, string | number][] = [
      ['Study', s.title],
      ['File', s.path],
      ['Schema version', s.schemaVersion],
      ['Sessions', s.counts.sessions],
      ['Participants', s.counts.participants],
      ['Documents', s.counts.documents],
      ['Codes', s.counts.codes],
      ['Codings', s.counts.codings],
    ];
    ctx.out(rows.map(([k, v]) => `${k.padEnd(16)}${v}`).join('\n') + '\n');
    for (const w of s.warnings) ctx.out(`Warning: ${w}\n`);
  },
} satisfies Record<string, (ctx: CliContext) => Promise<void>>;
