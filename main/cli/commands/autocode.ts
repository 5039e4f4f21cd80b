import { AutocodeScope } from '../../../shared/domain/autocode';
import { cliError, type CliContext } from '../index';
import { parse } from './args';

/** `autocode`: code every hit of a text search with a code (created when needed), in one undo step. */
export const autocodeCommands = {
  async autocode(ctx: CliContext) {
    const { values, positionals } = parse(
      ctx.args,
      {
        code: { type: 'string' },
        scope: { type: 'string' },
        fuzzy: { type: 'boolean' },
        'include-moderator': { type: 'boolean' },
        json: { type: 'boolean' },
      },
      2,
    );
    const [studyPath, query] = positionals as [string, string];
    if (values.code === undefined || values.code.trim() === '') throw cliError('search.cliCodeRequired', {}, 2);
    const scope = AutocodeScope.safeParse(values.scope ?? 'hit');
    if (!scope.success) throw cliError('search.cliScopeMustBe', { scopes: AutocodeScope.options.join('|') }, 2);
    ctx.openStudy(studyPath);
    const result = await ctx.call('search:autocode', {
      query,
      fuzzy: values.fuzzy ?? false,
      filter: { includeModerator: values['include-moderator'] ?? false },
      scope: scope.data,
      code: values.code,
    });
    if (!values.json) {
      ctx.out(
        `${ctx.tr.t('search.cliAutocoded', { coded: result.coded, code: result.codePath, already: result.alreadyCoded, created: result.codeCreated ? 'yes' : 'no' })}\n`,
      );
      return;
    }
    // The passages as `verbatim search` and `verbatim codings` name them: document title, offsets, words.
    const study = ctx.studies.require();
    const docs = new Map<string, { title: string; text: string }>();
    const docOf = (id: string) => {
      let d = docs.get(id);
      if (!d) {
        const row = study.repos.documents.get(id)!;
        docs.set(id, (d = { title: row.title, text: row.plain_text }));
      }
      return d;
    };
    const passages = result.passages.map((p) => {
      const d = docOf(p.documentId);
      return { document: d.title, start: p.start, end: p.end, text: d.text.slice(p.start, p.end) };
    });
    const { codePath: code, codeCreated, hits, coded, alreadyCoded } = result;
    ctx.out(`${JSON.stringify({ code, codeCreated, hits, coded, alreadyCoded, passages })}\n`);
  },
};
