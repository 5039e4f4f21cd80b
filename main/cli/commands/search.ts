import { SEARCH_SCOPES, scopedSpans, type SearchScope } from '../../../shared/search/scope';
import type { SearchHit } from '../../../shared/domain/search';
import { findHits } from '../../services/search/search';
import { csvLine } from '../../io/report/csv';
import { asCliError, cliError, type CliContext } from '../index';
import { parse } from './args';

/** One line of `verbatim search --json`: where a hit (or its sentence or turn) is, and its text. */
interface SearchLine {
  document: string;
  session: string | null;
  speaker: string | null;
  start: number;
  end: number;
  text: string;
}

/** `search`: the query language over every turn, note and memo; offsets as `verbatim codings` gives them. */
export const searchCommands = {
  async search(ctx: CliContext) {
    const { values, positionals } = parse(ctx.args, { scope: { type: 'string' }, json: { type: 'boolean' } }, 2);
    const scope = (values.scope ?? 'hit') as SearchScope;
    if (!SEARCH_SCOPES.includes(scope)) throw cliError('search.cliBadScope', { scope: String(values.scope) }, 2);
    const [studyPath, query] = positionals as [string, string];
    ctx.openStudy(studyPath);
    const study = ctx.studies.require();
    // The whole study, moderators included: a script asks for what the file holds.
    const found = await asCliError(() => findHits(study, { query, filter: { includeModerator: true } }));
    const documents = new Map((await ctx.call('documents:list', {})).map((d) => [d.id, d.title]));
    const texts = new Map<string, string>();
    const textOf = (hit: SearchHit): string => {
      const key = hit.documentId ?? hit.unitId;
      let text = texts.get(key);
      if (text === undefined) {
        text = (hit.documentId ? study.repos.search.documentText(hit.documentId) : study.repos.search.memoBody(hit.unitId)) ?? '';
        texts.set(key, text);
      }
      return text;
    };
    const memoTitle = (id: string) => study.repos.memos.get(id)?.title ?? '';
    const lines: SearchLine[] = scopedSpans(found.hits, textOf, scope).map(({ hit, span }) => ({
      document: hit.documentId ? (documents.get(hit.documentId) ?? '') : memoTitle(hit.unitId),
      session: hit.sessionTitle,
      speaker: hit.speaker?.name ?? null,
      start: span.start,
      end: span.end,
      text: textOf(hit).slice(span.start, span.end),
    }));
    if (values.json) ctx.out(`${JSON.stringify(lines)}\n`);
    // Tab-separated like `codings`: fields escaped as in our CSV, so the listing opens in a spreadsheet.
    else
      for (const l of lines)
        ctx.out(`${csvLine([l.document, l.session ?? '', l.speaker ?? '', `${l.start}-${l.end}`, l.text.replace(/\s+/g, ' ')], '\t')}\n`);
  },
};
