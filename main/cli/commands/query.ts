import { NO_RESTRICTIONS } from '../../../shared/domain/codingQuery';
import { MAX_EXPRESSION_LENGTH } from '../../../shared/domain/queryExpression';
import { csvLine } from '../../io/report/csv';
import { savedQueryByName } from '../../services/queries/savedQueries';
import { asCliError, cliError, type CliContext } from '../index';
import { parse } from './args';

/** `query`: the passages a coding query selects, or a saved query run again. */
export const queryCommands = {
  async query(ctx: CliContext) {
    // With --saved the expression comes from the study, so there is one operand fewer.
    const bySaved = ctx.args.some((a) => a === '--saved' || a.startsWith('--saved='));
    const { values, positionals } = parse(ctx.args, { saved: { type: 'string' }, json: { type: 'boolean' } }, bySaved ? 1 : 2);
    // Said in plain words here: the channel would refuse it only as an invalid input.
    if (!bySaved && positionals[1]!.length > MAX_EXPRESSION_LENGTH) throw cliError('queries.errorTooLong', { max: MAX_EXPRESSION_LENGTH });
    ctx.openStudy(positionals[0]!);
    const saved = values.saved === undefined ? null : asCliError(() => savedQueryByName(ctx.studies.require(), values.saved!));
    const input = saved
      ? { expression: saved.expression, restrictions: saved.restrictions }
      : { expression: positionals[1]!, restrictions: NO_RESTRICTIONS };
    const { passages } = await ctx.call('queries:run', input);
    const rows = passages.map((p) => ({ document: p.documentTitle, start: p.start, end: p.end, text: p.text }));
    if (values.json) ctx.out(`${JSON.stringify(rows)}\n`);
    // Tab-separated, one passage a line, escaped like `codings` so it opens in a spreadsheet.
    else for (const r of rows) ctx.out(`${csvLine([r.document, `${r.start}-${r.end}`, r.text.replace(/\s+/g, ' ')], '\t')}\n`);
  },
};
