import { NOTES_FORMATS, type NotesFormat } from '../../../shared/domain/live';
import { formatTimestamp } from '../../../shared/text/time';
import { textColumns } from '../../../shared/text/width';
import { cliError, writeCliFile, type CliContext } from '../index';
import { parse } from './args';

/**
 * Text on one line, cut with "…" to at most `cells` cells of the terminal's grid: a Chinese
 * character takes two (textColumns), so cutting by characters would break the columns after it.
 */
function oneLine(text: string, cells: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (textColumns(t) <= cells) return t;
  let kept = '';
  let used = 0;
  for (const ch of t) {
    const width = textColumns(ch);
    if (used + width > cells - 1) break;
    kept += ch;
    used += width;
  }
  return `${kept}…`;
}

/** Text padded with spaces to `cells` cells of the terminal's grid. */
const padCells = (text: string, cells: number) => text + ' '.repeat(Math.max(0, cells - textColumns(text)));

/** `notes`: the live notes of one session or of all, as JSON, a readable table or an export file. */
export const liveCommands = {
  async notes(ctx: CliContext) {
    const { values, positionals } = parse(
      ctx.args,
      { session: { type: 'string' }, json: { type: 'boolean' }, format: { type: 'string' }, out: { type: 'string' } },
      1,
    );
    const format = values.format as NotesFormat | undefined;
    if (format !== undefined && !NOTES_FORMATS.includes(format))
      throw cliError('cli.formatMustBe', { formats: NOTES_FORMATS.join(', ') }, 2);
    if (format !== undefined && !values.out) throw cliError('cli.outRequiredWithFormat', {}, 2);
    if (format === undefined && values.out) throw cliError('cli.outNeedsFormat', {}, 2);
    ctx.openStudy(positionals[0]!);
    let sessionId: string | undefined;
    if (values.session !== undefined) {
      const wanted = values.session.toLocaleLowerCase();
      const session = (await ctx.call('sessions:list', {})).find((s) => s.title.toLocaleLowerCase() === wanted);
      if (!session) throw cliError('cli.noSessionTitled', { title: values.session });
      sessionId = session.id;
    }
    if (format !== undefined) {
      const { files } = await ctx.call('notes:export', { sessionId, format });
      const target = values.out!;
      await writeCliFile(target, Buffer.from(files[0]!.dataBase64, 'base64'));
      ctx.out(`${target}\n`);
      return;
    }
    const records = await ctx.call('notes:list', { sessionId });
    if (values.json) {
      ctx.out(`${JSON.stringify(records)}\n`);
      return;
    }
    if (records.length === 0) ctx.out(`${ctx.tr.t('cli.noNotes')}\n`);
    let session: string | null = null;
    for (const r of records) {
      if (r.session !== session) ctx.out(`${session === null ? '' : '\n'}${(session = r.session)}\n`);
      const time = r.time === null ? '' : formatTimestamp(r.time);
      const codes = r.codes.length ? `  [${r.codes.join('; ')}]` : '';
      ctx.out(
        `  ${time.padStart(8)}  ${padCells(oneLine(r.speaker ?? '—', 20), 20)}  ${r.starred ? '★ ' : ''}${oneLine(r.text, 100)}${codes}\n`,
      );
    }
  },
};
