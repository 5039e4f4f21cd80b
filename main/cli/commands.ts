import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { SAMPLE_TITLE } from '../services/sampleStudy';
import type { CliContext } from './index';
import { CliError } from './index';

export const USAGE = `Usage: verbatim <command> [options]

Commands:
  new <file> [--sample] [--title <title>]   Create a study file (--sample fills it with the sample study)
  info <file> [--json]                      Show what a study holds (counts, schema version)
  import <study> <transcript> [--session <title>] [--json]
                                            Import a transcript (VTT, SRT, SBV, DOCX, TXT, MD) into a
                                            session (made if missing; default: named after the file).
                                            Speakers map to participants of the same name or are created
  codings <study> [--json]                  List every coded passage: document, code path, offsets, quote, coder

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

  async import(ctx: CliContext) {
    const { values, positionals } = parse(ctx.args, { session: { type: 'string' }, json: { type: 'boolean' } }, 2);
    const [studyPath, file] = positionals as [string, string];
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw new CliError(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    await ctx.call('study:open', { path: studyPath });
    const title = values.session ?? basename(file, extname(file));
    const sessions = await ctx.call('sessions:list', {});
    const session = sessions.find((s) => s.title === title) ?? (await ctx.call('sessions:create', { kind: 'other', title }));
    const dataBase64 = bytes.toString('base64');
    const preview = await ctx.call('transcripts:importPreview', { sessionId: session.id, fileName: basename(file), dataBase64 });
    const people = await ctx.call('participants:list', {});
    const mapping = preview.speakers.map(({ label }) => {
      const same = people.find((p) => p.displayName === label);
      return { label, target: same ? { kind: 'existing' as const, participantId: same.id, role: 'participant' as const } : { kind: 'new' as const, name: label, role: 'participant' as const } };
    });
    const result = await ctx.call('transcripts:importCommit', { sessionId: session.id, fileName: basename(file), dataBase64, mapping });
    if (values.json) ctx.out(`${JSON.stringify(result)}\n`);
    else {
      ctx.out(`Imported ${result.turns} turns into "${session.title}" (document ${result.documentId}).\n`);
      for (const s of result.speakers) ctx.out(`  ${s.name}: ${s.turns} turns\n`);
      for (const w of preview.warnings) ctx.out(`Warning: ${w}\n`);
    }
  },

  async codings(ctx: CliContext) {
    const { values, positionals } = parse(ctx.args, { json: { type: 'boolean' } }, 1);
    await ctx.call('study:open', { path: positionals[0]! });
    const paths = new Map((await ctx.call('codes:list', {})).map((c) => [c.id, c.path]));
    const rows: { document: string; code: string; start: number; end: number; quote: string; coder: string | null }[] = [];
    for (const summary of await ctx.call('documents:list', {})) {
      const doc = await ctx.call('documents:get', { id: summary.id });
      for (const c of doc.codingList) rows.push({ document: doc.title, code: paths.get(c.codeId) ?? '', start: c.start, end: c.end, quote: c.quote, coder: c.coder });
    }
    if (values.json) ctx.out(`${JSON.stringify(rows)}\n`);
    else for (const r of rows) ctx.out(`${r.document}\t${r.code}\t${r.start}-${r.end}\t${r.quote.replace(/\s+/g, ' ')}\n`);
  },
} satisfies Record<string, (ctx: CliContext) => Promise<void>>;
