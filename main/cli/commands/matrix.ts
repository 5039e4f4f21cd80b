import { MatrixCount } from '../../../shared/domain/matrix';
import { textColumns } from '../../../shared/text/width';
import { cliError, type CliContext } from '../index';
import { parse } from './args';

/** `matrix`: codes by the values of a participant attribute, counted as the Matrix view counts them. */
export const matrixCommands = {
  async matrix(ctx: CliContext) {
    const { values, positionals } = parse(
      ctx.args,
      {
        codes: { type: 'string' },
        by: { type: 'string' },
        count: { type: 'string' },
        'include-non-respondents': { type: 'boolean' },
        json: { type: 'boolean' },
      },
      1,
    );
    const paths = [...new Set((values.codes ?? '').split(',').map((p) => p.trim()))].filter((p) => p !== '');
    if (paths.length === 0) throw cliError('matrix.cliNoCodes', undefined, 2);
    const by = values.by?.trim() ?? '';
    if (by === '') throw cliError('matrix.cliNoBy', undefined, 2);
    const count = MatrixCount.safeParse(values.count ?? 'codings');
    if (!count.success) throw cliError('matrix.cliBadCount', { value: values.count ?? '' }, 2);
    ctx.openStudy(positionals[0]!);
    const codes = await ctx.call('codes:list', {});
    const codeIds = paths.map((path) => {
      const code = codes.find((c) => c.path === path);
      if (!code) throw cliError('matrix.cliUnknownCode', { path });
      return code.id;
    });
    // Attribute names are unique ignoring case, as the study stores them.
    const attribute = (await ctx.call('attributes:list', {})).find((a) => a.name.toLowerCase() === by.toLowerCase());
    if (!attribute) throw cliError('matrix.cliUnknownAttribute', { name: by });
    const m = await ctx.call('queries:matrix', {
      codeIds,
      columns: { by: 'attribute', attributeId: attribute.id },
      count: count.data,
      includeModerator: values['include-non-respondents'] ?? false,
      // A script reads the same words in every terminal; a person reads their own language.
      language: values.json ? 'en' : ctx.tr.locale,
    });
    if (values.json) {
      const json = {
        count: m.count,
        by: attribute.name,
        title: m.title,
        columns: m.columns.map((c) => c.label),
        rows: m.rows.map((r) => r.path),
        cells: m.cells,
        rowTotals: m.rowTotals,
        columnTotals: m.columnTotals,
        total: m.total,
      };
      ctx.out(`${JSON.stringify(json)}\n`);
      return;
    }
    const table = [
      [ctx.tr.t('common.code'), ...m.columns.map((c) => c.label), ctx.tr.t('matrix.total')],
      ...m.rows.map((r, i) => [r.path, ...[...m.cells[i]!, m.rowTotals[i]!].map((n) => ctx.tr.number(n))]),
      [ctx.tr.t('matrix.total'), ...[...m.columnTotals, m.total].map((n) => ctx.tr.number(n))],
    ];
    const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => textColumns(row[c]!))));
    // The code column reads left to right; the numbers line up on the right, as in a spreadsheet.
    const pad = (text: string, c: number) => {
      const room = ' '.repeat(widths[c]! - textColumns(text));
      return c === 0 ? text + room : room + text;
    };
    ctx.out(`${m.title}\n\n${table.map((row) => row.map(pad).join('  ').trimEnd()).join('\n')}\n`);
  },
};
