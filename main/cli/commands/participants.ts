import { basename } from 'node:path';
import { saySentence } from '../../../shared/i18n/sentence';
import type { ColumnTarget, ImportPreview } from '../../../shared/domain/participantImport';
import type { Attribute } from '../../../shared/domain/study';
import { ENCODING_LABELS } from '../../../shared/text/encodings';
import { commitParticipantImport, previewParticipantImport } from '../../services/participantImport';
import { asCliError, CliError, type CliContext } from '../index';
import { parse } from './args';
import { cliTranslator, localeLanguage } from '../language';
import { encodingOption, readInputFile, refuseGuessedEncoding } from './inputFile';

/** Where a column went, in words. */
function describeTarget(target: ColumnTarget, attributes: Attribute[]): string {
  switch (target.kind) {
    case 'name':
      return 'participant name';
    case 'notes':
      return 'notes';
    case 'ignore':
      return 'not imported';
    case 'attribute':
      return `attribute "${attributes.find((a) => a.id === target.attributeId)?.name ?? '?'}"`;
    case 'newAttribute':
      return `new attribute "${target.name}" (${target.type === 'score' ? (target.scaleKind?.toUpperCase() ?? 'score') : target.type})`;
  }
}

/** Every problem the preview found, or nothing: the command line imports all rows or none. */
function refuseProblems(preview: ImportPreview): void {
  if (preview.errors.length === 0) return;
  const first = preview.errors.slice(0, 5).map((e) => `line ${e.line}: ${e.message}`).join('; ');
  throw new CliError(`${preview.fileName}: ${preview.errors.length} problem(s), so nothing was imported (${first}).`);
}

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
    refuseProblems(preview);
    const attributes = study.repos.attributes.list();
    const columns = preview.columns.map((column, i) => ({ column, target: describeTarget(preview.mapping[i]!, attributes) }));
    // The encoding the preview read is the one the commit uses.
    const outcome = asCliError(() => commitParticipantImport(study, { ...input, encoding: preview.encoding, mapping: preview.mapping, skipInvalid: false }));
    if (values.json) {
      ctx.out(`${JSON.stringify({ fileName, encoding: preview.encoding, encodingEvidence: preview.encodingEvidence, columns, ...outcome })}\n`);
      return;
    }
    ctx.out(`Read ${fileName} as ${ENCODING_LABELS[preview.encoding]}.\n`);
    if (preview.encodingNote) ctx.out(`Note: ${saySentence(cliTranslator(), preview.encodingNote)}\n`);
    for (const c of columns) ctx.out(`  ${c.column} -> ${c.target}\n`);
    ctx.out(`Imported ${outcome.created} new and ${outcome.updated} updated participant(s); ${outcome.attributesCreated} new attribute(s).\n`);
  },
};
