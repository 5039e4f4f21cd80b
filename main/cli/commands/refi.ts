import { accessSync, constants, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { ImportReport } from '../../../shared/domain/refi';
import { entryText } from '../../../shared/i18n/sentence';
import { exportQdc, exportQdpx } from '../../services/refi/exportRefi';
import { planQdcFile, planQdpxFile } from '../../io/refi/planFile';
import { importAsNewStudy, importIntoStudy } from '../../services/refi/importRefi';
import { asCliError, cliError, writeCliFile, type CliContext } from '../index';
import { parse } from './args';

/** The input file named on this command line, checked readable or refused with its name. */
function openInput<T>(file: string, use: (file: string) => T): T {
  try {
    return use(file);
  } catch (error) {
    throw cliError('cli.cannotRead', { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}
const readInput = (file: string): Buffer => openInput(file, (f) => readFileSync(f));
/** A .qdpx is read by position later; here only whether it can be read at all, so the message names it. */
const checkReadable = (file: string): string => openInput(file, (f) => (accessSync(f, constants.R_OK), resolve(f)));

/** Writes an export to the path this command line named; returns the full path. */
async function writeOut(output: string, bytes: Uint8Array): Promise<string> {
  const target = resolve(output);
  await writeCliFile(target, bytes);
  return target;
}

/** What `--json` prints: the counts and every dropped item with its reason (the shape). */
function jsonOf(r: ImportReport) {
  const { sources, codes, codings, cases, variables, notes, users } = r.counts;
  return { sources, codes, codings, cases, variables, notes, users, dropped: r.dropped.map(({ what, why }) => ({ what, why })) };
}

function printReport(ctx: CliContext, r: ImportReport, json: boolean): void {
  if (json) {
    ctx.out(`${JSON.stringify(jsonOf(r))}\n`);
    return;
  }
  const { tr } = ctx;
  const where = { fileName: r.fileName, path: r.study.path };
  ctx.out(`${r.origin ? tr.t('cli.qdaImportedFrom', { ...where, origin: r.origin }) : tr.t('cli.qdaImported', where)}\n`);
  ctx.out(`  ${tr.t('cli.qdaCounts', r.counts)}\n`);
  if (r.positions) ctx.out(`  ${tr.t('cli.qdaPositions', { positions: entryText(tr, r.positions, r.positionsSentence) })}\n`);
  for (const m of r.mapped)
    ctx.out(`  ${tr.t('cli.qdaMapped', { what: entryText(tr, m.what, m.whatSentence), how: entryText(tr, m.how, m.howSentence) })}\n`);
  for (const d of r.dropped)
    ctx.out(`  ${tr.t('cli.qdaDropped', { what: entryText(tr, d.what, d.whatSentence), why: entryText(tr, d.why, d.whySentence) })}\n`);
  if (r.backupPath) ctx.out(`  ${tr.t('cli.qdaBackup', { path: r.backupPath })}\n`);
}

/** REFI-QDA: `import-qdpx`, `export-qdpx`, `import-qdc`, `export-qdc`. */
export const refiCommands = {
  async 'import-qdpx'(ctx: CliContext) {
    const { values, positionals } = parse(ctx.args, { json: { type: 'boolean' } }, 2);
    const [input, output] = positionals as [string, string];
    // Read from disk by position: recordings inside the project are never loaded.
    const report = asCliError(() => importAsNewStudy(ctx.studies, planQdpxFile(checkReadable(input)), basename(input), resolve(output)));
    printReport(ctx, report, values.json ?? false);
  },

  async 'export-qdpx'(ctx: CliContext) {
    const { values, positionals } = parse(ctx.args, { 'turn-selections': { type: 'boolean' } }, 2);
    const [study, output] = positionals as [string, string];
    ctx.openStudy(study);
    const { bytes, notes } = await asCliError(() =>
      exportQdpx(ctx.studies.require(), ctx.version, undefined, { turnSelections: values['turn-selections'] ?? false }),
    );
    const target = await writeOut(output, bytes);
    ctx.out(`${ctx.tr.t('cli.exported', { path: target })}\n`);
    for (const n of notes) ctx.out(`${ctx.tr.t('cli.note', { text: n })}\n`);
  },

  async 'import-qdc'(ctx: CliContext) {
    const { values, positionals } = parse(ctx.args, { json: { type: 'boolean' } }, 2);
    const [study, input] = positionals as [string, string];
    const bytes = readInput(input);
    ctx.openStudy(study);
    printReport(
      ctx,
      asCliError(() => importIntoStudy(ctx.studies.require(), planQdcFile(bytes), { fileName: basename(input), format: 'qdc' })),
      values.json ?? false,
    );
  },

  async 'export-qdc'(ctx: CliContext) {
    const { positionals } = parse(ctx.args, {}, 2);
    const [study, output] = positionals as [string, string];
    ctx.openStudy(study);
    const { bytes } = asCliError(() => exportQdc(ctx.studies.require(), ctx.version));
    ctx.out(`${ctx.tr.t('cli.exported', { path: await writeOut(output, bytes) })}\n`);
  },
};
