import { basename, extname } from 'node:path';
import { saySentence } from '../../../shared/i18n/sentence';
import { SessionFields } from '../../../shared/domain/study';
import { commitTranscriptImport, previewTranscriptImport } from '../../services/transcriptImport';
import { asCliError, type CliContext } from '../index';
import { localeLanguage } from '../../language';
import { encodingOption, readInputFile, refuseGuessedEncoding } from './inputFile';
import { csvLine } from '../../io/report/csv';
import { parse } from './args';

/** `import` and `codings`: transcripts in, coded passages out. */
export const codingCommands = {
  async import(ctx: CliContext) {
    const { values, positionals } = parse(
      ctx.args,
      { session: { type: 'string' }, encoding: { type: 'string' }, json: { type: 'boolean' } },
      2,
    );
    const [studyPath, file] = positionals as [string, string];
    const encoding = encodingOption(values.encoding);
    const bytes = readInputFile(file, 'transcript');
    ctx.openStudy(studyPath);
    const title = values.session ?? basename(file, extname(file));
    const sessions = await ctx.call('sessions:list', {});
    // A missing session is made by the import's own transaction: a failed import leaves none behind.
    const existing = sessions.find((s) => s.title === title);
    const into = existing ? { sessionId: existing.id } : { newSession: SessionFields.parse({ kind: 'other', title }) };
    const fileName = basename(file);
    const study = ctx.studies.require();
    // Copies: a large file's bytes are handed to (and detached by) the worker that reads it.
    const decode = { encoding, uiLanguage: localeLanguage() };
    const preview = await asCliError(() =>
      previewTranscriptImport(study, { sessionId: existing?.id, fileName, bytes: new Uint8Array(bytes), ...decode }),
    );
    refuseGuessedEncoding(fileName, preview);
    // The app's own suggestion: same-name participants, and the moderator role for the interviewer.
    const mapping = preview.speakers.map(({ label, suggestion }) => ({ label, target: suggestion }));
    // The encoding the preview read is the one the commit uses.
    const read = preview.encoding ?? undefined;
    const result = await asCliError(() =>
      commitTranscriptImport(study, { ...into, fileName, bytes: new Uint8Array(bytes), mapping, encoding: read }),
    );
    if (values.json) ctx.out(`${JSON.stringify(result)}\n`);
    else {
      const { tr } = ctx;
      ctx.out(`${tr.t('cli.importedTurns', { turns: result.turns, title, document: result.documentId })}\n`);
      for (const s of result.speakers) ctx.out(`  ${tr.t('cli.speakerTurns', { name: s.name, turns: s.turns })}\n`);
      if (preview.encodingNote) ctx.out(`${tr.t('cli.note', { text: saySentence(tr, preview.encodingNote) })}\n`);
      for (const w of preview.warnings) ctx.out(`${tr.t('cli.warning', { text: saySentence(tr, w) })}\n`);
    }
  },

  async codings(ctx: CliContext) {
    const { values, positionals } = parse(ctx.args, { json: { type: 'boolean' } }, 1);
    ctx.openStudy(positionals[0]!);
    const paths = new Map((await ctx.call('codes:list', {})).map((c) => [c.id, c.path]));
    const rows: { document: string; code: string; start: number; end: number; quote: string; coder: string | null }[] = [];
    for (const summary of await ctx.call('documents:list', {})) {
      const doc = await ctx.call('documents:get', { id: summary.id });
      for (const c of doc.codingList)
        rows.push({ document: doc.title, code: paths.get(c.codeId) ?? '', start: c.start, end: c.end, quote: c.quote, coder: c.coder });
    }
    if (values.json) ctx.out(`${JSON.stringify(rows)}\n`);
    // Tab-separated, one coding a line; fields are escaped like our CSV so the listing can be opened in a spreadsheet.
    else for (const r of rows) ctx.out(`${csvLine([r.document, r.code, `${r.start}-${r.end}`, r.quote.replace(/\s+/g, ' ')], '\t')}\n`);
  },
};
