import { basename, resolve } from 'node:path';
import { SAMPLE_TITLE } from '../../sample/sampleStudy';
import { asCliError, type CliContext } from '../index';
import { textColumns } from '../../../shared/text/width';
import { parse } from './args';

/** `new` and `info`: make a study file, and say what one holds. */
export const studyCommands = {
  async new(ctx: CliContext) {
    const { values, positionals } = parse(ctx.args, { sample: { type: 'boolean' }, title: { type: 'string' } }, 1);
    const path = positionals[0]!;
    const title = values.title ?? (values.sample ? SAMPLE_TITLE : basename(path).replace(/\.verbatim$/i, ''));
    const target = resolve(/\.verbatim$/i.test(path) ? path : `${path}.verbatim`);
    const summary = asCliError(() => ctx.studies.create(target, title, values.sample ?? false).summary());
    ctx.out(`${ctx.tr.t('cli.created', { path: summary.path })}\n`);
  },

  async info(ctx: CliContext) {
    const { values, positionals } = parse(ctx.args, { json: { type: 'boolean' } }, 1);
    const s = ctx.openStudy(positionals[0]!);
    if (values.json) {
      ctx.out(`${JSON.stringify({ path: s.path, title: s.title, schemaVersion: s.schemaVersion, ...s.counts, warnings: s.warnings })}\n`);
      return;
    }
    const { tr } = ctx;
    const rows: [string, string][] = [
      [tr.t('cli.infoStudy'), s.title],
      [tr.t('cli.infoFile'), s.path],
      [tr.t('cli.infoSchemaVersion'), String(s.schemaVersion)],
      [tr.t('common.sessions'), tr.number(s.counts.sessions)],
      [tr.t('common.participants'), tr.number(s.counts.participants)],
      [tr.t('common.documents'), tr.number(s.counts.documents)],
      [tr.t('common.codes'), tr.number(s.counts.codes)],
      [tr.t('common.codings'), tr.number(s.counts.codings)],
    ];
    // A column as wide as the longest label in this language (at least 16, as it always was),
    // counted in terminal cells: a Chinese character takes two.
    const width = Math.max(16, ...rows.map(([k]) => textColumns(k) + 2));
    ctx.out(rows.map(([k, v]) => `${k}${' '.repeat(width - textColumns(k))}${v}`).join('\n') + '\n');
    for (const w of s.warnings) ctx.out(`${tr.t('cli.warning', { text: w })}\n`);
  },
};
