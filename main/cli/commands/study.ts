import { basename, resolve } from 'node:path';
import { SAMPLE_TITLE } from '../../services/sampleStudy';
import { asCliError, type CliContext } from '../index';
import { parse } from './args';

/** `new` and `info`: make a study file, and say what one holds. */
export const studyCommands = {
  async new(ctx: CliContext) {
    const { values, positionals } = parse(ctx.args, { sample: { type: 'boolean' }, title: { type: 'string' } }, 1);
    const path = positionals[0]!;
    const title = values.title ?? (values.sample ? SAMPLE_TITLE : basename(path).replace(/\.verbatim$/i, ''));
    const target = resolve(/\.verbatim$/i.test(path) ? path : `${path}.verbatim`);
    const summary = asCliError(() => ctx.studies.create(target, title, values.sample ?? false).summary());
    ctx.out(`Created ${summary.path}\n`);
  },

  async info(ctx: CliContext) {
    const { values, positionals } = parse(ctx.args, { json: { type: 'boolean' } }, 1);
    const s = ctx.openStudy(positionals[0]!);
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
};
