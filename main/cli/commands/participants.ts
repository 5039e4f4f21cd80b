import { basename } from 'node:path';
import { saySentence } from '../../../shared/i18n/sentence';
import type { ColumnTarget, ImportPreview } from '../../../shared/domain/participantImport';
import type { Attribute } from '../../../shared/domain/study';
import { ENCODING_NAMES } from '../../../shared/text/encodings';
import { commitParticipantImport, previewParticipantImport } from '../../services/participantImport';
import { asCliError, CliError, type CliContext } from '../index';
import { parse } from './args';
import type { MessageId } from '../../../shared/i18n/catalogue';
import { translatorFor, type Translator } from '../../../shared/i18n/translator';
import { localeLanguage } from '../../language';
import { encodingOption, readInputFile, refuseGuessedEncoding } from './inputFile';

/** Where a column went, as a message: said in the terminal's language, and in English for `--json`. */
function describeTarget(target: ColumnTarget, attributes: Attribute[]): { messageId: MessageId; values?: Record<string, string> } {
  switch (target.kind) {
    case 'name':
      return { messageId: 'cli.targetName' };
    case 'notes':
      return { messageId: 'cli.targetNotes' };
    case 'ignore':
      return { messageId: 'cli.targetIgnore' };
    case 'attribute':
      return { messageId: 'cli.targetAttribute', values: { name: attributes.find((a) => a.id === target.attributeId)?.name ?? '?' } };
    case 'newAttribute':
      return {
        messageId: 'cli.targetNewAttribute',
        values: { name: target.name, type: target.type === 'score' ? (target.scaleKind ?? 'score') : target.type },
      };
  }
}

/** Every problem the preview found, or nothing: the command line imports all rows or none. */
function refuseProblems(preview: ImportPreview, tr: Translator): void {
  if (preview.errors.length === 0) return;
  const first = preview.errors
    .slice(0, 5)
    .map((e) => tr.t('cli.rowProblem', { line: e.line, problem: e.message }))
    .join('; ');
  throw new CliError(tr.t('cli.rowProblems', { fileName: preview.fileName, count: preview.errors.length, first }));
}

/** English, for the `--json` output that scripts read. */
const ENGLISH = translatorFor('en');

/** `import-participants`: a participants CSV in, with the import preview's rules. */
export const participantCommands = {
  async 'import-participants'(ctx: CliContext) {
    const { values, positionals } = parse(ctx.args, { encoding: { type: 'string' }, json: { type: 'boolean' } }, 2);
    const [studyPath, file] = positionals as [string, string];
    const encoding = encodingOption(values.encoding);
    const bytes = readInputFile(file, 'csv');
    ctx.openStudy(studyPath);
    const study = ctx.studies.require();
    const fileName = basename(file);
    const input = { fileName, bytes, encoding, uiLanguage: localeLanguage() };
    const preview = asCliError(() => previewParticipantImport(study, input));
    refuseGuessedEncoding(fileName, preview);
    refuseProblems(preview, ctx.tr);
    const attributes = study.repos.attributes.list();
    const targets = preview.mapping.map((target) => describeTarget(target, attributes));
    // The encoding the preview read is the one the commit uses.
    const outcome = asCliError(() =>
      commitParticipantImport(study, { ...input, encoding: preview.encoding, mapping: preview.mapping, skipInvalid: false }),
    );
    if (values.json) {
      // `target` stays English for scripts; `messageId` and `values` let a program say it in another language.
      const columns = preview.columns.map((column, i) => ({
        column,
        target: ENGLISH.t(targets[i]!.messageId, targets[i]!.values),
        ...targets[i]!,
      }));
      ctx.out(
        `${JSON.stringify({ fileName, encoding: preview.encoding, encodingEvidence: preview.encodingEvidence, columns, ...outcome })}\n`,
      );
      return;
    }
    const { tr } = ctx;
    ctx.out(`${tr.t('cli.readAs', { fileName, encoding: tr.t(ENCODING_NAMES[preview.encoding]) })}\n`);
    if (preview.encodingNote) ctx.out(`${tr.t('cli.note', { text: saySentence(tr, preview.encodingNote) })}\n`);
    for (const [i, column] of preview.columns.entries()) ctx.out(`  ${column} -> ${tr.t(targets[i]!.messageId, targets[i]!.values)}\n`);
    ctx.out(
      `${tr.t('cli.participantsImported', { created: outcome.created, updated: outcome.updated, attributes: outcome.attributesCreated })}\n`,
    );
  },
};
