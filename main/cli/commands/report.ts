import { localeOf, type Locale } from '../../../shared/i18n/locales';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPORT_FORMATS, type ReportFormat } from '../../../shared/ipc/channels/reportChannels';
import { cliError, writeCliFile, type CliContext } from '../index';
import { parse } from './args';

/** Reads a definition file; any problem is one line and exit code 1. */
function readDefinition(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw cliError('cli.cannotReadDefinition', { path, detail: code ?? (error as Error).message });
  }
}

/**
 * Where CSV files go: `--out` naming an existing folder (or ending in "/") gets
 * <folder>/<title>-themes.csv etc.; anything else is a prefix: <out>-themes.csv, <out>-breakdown.csv...
 */
function csvTargets(out: string, names: string[]): string[] {
  let isDir = out.endsWith('/');
  try {
    isDir ||= statSync(out).isDirectory();
  } catch {
    // Not there yet: a prefix unless it ends in a slash.
  }
  if (isDir) {
    mkdirSync(out, { recursive: true });
    return names.map((n) => join(out, n));
  }
  const prefix = out.replace(/\.csv$/i, '');
  return names.map((n) => `${prefix}-${n.slice(n.lastIndexOf('-') + 1)}`);
}

/** The definition with moderators, observers and note-takers counted (a definition that is not an object is left for the schema to refuse). */
function withNonRespondents(definition: unknown): unknown {
  if (typeof definition !== 'object' || definition === null || Array.isArray(definition)) return definition;
  const d = definition as { filters?: unknown };
  const filters = typeof d.filters === 'object' && d.filters !== null && !Array.isArray(d.filters) ? d.filters : {};
  return { ...d, filters: { ...filters, includeNonRespondents: true } };
}

/**
 * The language `--lang` names: en, nb, hr, hu, zh or any tag of ours (no, nb-NO, zh-CN, zh-Hans);
 * anything else is refused with the list, rather than quietly writing English.
 */
function reportLanguage(tag: string): Locale {
  const locale = localeOf(tag);
  if (!locale) throw cliError('cli.langMustBe', { tag }, 2);
  return locale;
}

/** `report`: generates a report snapshot in the study and writes it in one format. */
export const reportCommands = {
  async report(ctx: CliContext) {
    const { values, positionals } = parse(
      ctx.args,
      {
        format: { type: 'string' },
        out: { type: 'string' },
        definition: { type: 'string' },
        lang: { type: 'string' },
        'include-non-respondents': { type: 'boolean' },
      },
      1,
    );
    const format = values.format as ReportFormat | undefined;
    if (!format || !REPORT_FORMATS.includes(format)) throw cliError('cli.formatMustBe', { formats: REPORT_FORMATS.join(', ') }, 2);
    if (!values.out) throw cliError('cli.outRequired', {}, 2);
    let definition = values.definition ? readDefinition(values.definition) : {};
    if (values['include-non-respondents']) definition = withNonRespondents(definition);
    if (values.lang !== undefined) definition = { ...(definition as Record<string, unknown>), language: reportLanguage(values.lang) };
    ctx.openStudy(positionals[0]!);
    const snapshot = await ctx.call('reports:generate', { definition: definition as never });
    const { files } = await ctx.call('reports:export', { snapshotId: snapshot.id, format });
    const targets =
      format === 'csv'
        ? csvTargets(
            values.out,
            files.map((f) => f.name),
          )
        : [values.out];
    for (const [i, f] of files.entries()) {
      const target = targets[i]!;
      await writeCliFile(target, Buffer.from(f.dataBase64, 'base64'));
      ctx.out(`${target}\n`);
    }
  },
};
