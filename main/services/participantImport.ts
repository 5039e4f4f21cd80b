import { nested, sentence, type Sentence, type SentenceValues } from '../../shared/i18n/sentence';
import type { ColumnTarget, ImportOutcome, ImportPreview, RowError } from '../../shared/domain/participantImport';
import { categoryOptions, planImport, suggestMapping, type ImportPlan } from '../../shared/domain/participantImportPlan';
import { CsvError, parseCsv, type CsvTable } from '../../shared/text/csv';
import type { DecodedText } from '../../shared/text/encodings';
import { decodeText, TextDecodeError } from '../formats/text/decode';
import type { TextEncodingName, UiLanguage } from '../../shared/text/encodings';
import { AppError } from '../../shared/errors';
import { insertAttribute } from './attributes';
import { now, type Study } from './study';

/** A CSV's name and bytes, as the caller read them (its size was checked when it was taken in). */
export interface CsvFileInput {
  fileName: string;
  bytes: Uint8Array;
  /** The encoding the user chose; without it the bytes are read by evidence. */
  encoding?: TextEncodingName;
  uiLanguage?: UiLanguage;
}

/** Decodes and parses a CSV, turning every problem into a sentence naming file and line. */
function readCsv(file: CsvFileInput): { decoded: DecodedText; table: CsvTable } {
  try {
    const decoded = decodeText(file.bytes, file.fileName, { encoding: file.encoding, uiLanguage: file.uiLanguage });
    return { decoded, table: parseCsv(decoded.text) };
  } catch (error) {
    if (error instanceof TextDecodeError) throw new AppError('IMPORT_FAILED', error.sentence.id, error.sentence.values);
    if (error instanceof CsvError)
      throw new AppError('IMPORT_FAILED', 'imports.csvFailedAtLine', {
        file: file.fileName,
        line: error.line,
        ...nested('reasonMessage', error.sentence),
      });
    throw error;
  }
}

function plan(study: Study, table: CsvTable, mapping: ColumnTarget[]): ImportPlan {
  return planImport(table, mapping, study.repos.attributes.list(), study.repos.participants.nameIndex());
}

/** Reads the file and shows what an import would do. Writes nothing. */
export function previewParticipantImport(study: Study, file: CsvFileInput & { mapping?: ColumnTarget[] }): ImportPreview {
  const { decoded, table } = readCsv(file);
  const mapping = file.mapping ?? suggestMapping(table, study.repos.attributes.list());
  const p = plan(study, table, mapping);
  const valueColumns = [...p.rules.keys()];
  return {
    fileName: file.fileName,
    encoding: decoded.encoding,
    encodingEvidence: decoded.evidence,
    encodingChoices: decoded.choices,
    encodingNote: decoded.note,
    columns: table.header,
    mapping,
    rowCount: table.records.length,
    validCount: p.rows.length,
    newParticipants: p.rows.filter((r) => r.existingId === null).length,
    updatedParticipants: p.rows.filter((r) => r.existingId !== null).length,
    errors: p.errors.slice(0, 500),
    sample: p.rows.slice(0, 8).map((r) => ({ line: r.line, name: r.name, values: valueColumns.map((c) => r.values.get(c) ?? null) })),
  };
}

/** A line's problems as one sentence (its English where it has no sentences). */
function problemsOf(e: RowError): Sentence {
  return e.problems && e.problems.length > 0
    ? together(e.problems, 'imports.problemsTogether')
    : sentence('imports.refiDetail', { detail: e.message });
}

/**
 * Sentences said one after another, nested as a balanced tree: `say` expands only a few levels of
 * nesting (values come from files), and a balanced tree of that depth holds dozens of sentences.
 */
function together(list: readonly Sentence[], id: 'imports.problemsTogether' | 'imports.sentencesTogether'): Sentence {
  if (list.length === 1) return list[0]!;
  const half = Math.ceil(list.length / 2);
  return sentence(id, {
    ...nested('firstMessage', together(list.slice(0, half), id)),
    ...nested('secondMessage', together(list.slice(half), id)),
  });
}

/**
 * Writes the import in one transaction: new attributes, new participants, values of existing ones
 * (an empty cell leaves an existing value alone). Any bad row refuses the whole import unless the
 * user chose to skip bad rows; a failure part-way rolls everything back.
 */
export function commitParticipantImport(
  study: Study,
  file: CsvFileInput & { mapping: ColumnTarget[]; skipInvalid: boolean },
): ImportOutcome {
  const { table } = readCsv(file);
  const p = plan(study, table, file.mapping);
  const headerErrors = p.errors.filter((e) => e.line === 1);
  if (headerErrors.length > 0) {
    const said = together(headerErrors.map(problemsOf), 'imports.sentencesTogether');
    throw new AppError('IMPORT_FAILED', said.id, said.values);
  }
  if (p.errors.length > 0 && !file.skipInvalid) {
    const shown = p.errors.slice(0, 3).map((e) => sentence('imports.atLine', { line: e.line, ...nested('warningMessage', problemsOf(e)) }));
    const keys = ['aMessage', 'bMessage', 'cMessage'] as const;
    const lines = Object.assign({}, ...shown.map((s, i) => nested(keys[i]!, s))) as SentenceValues;
    throw new AppError('IMPORT_FAILED', 'imports.csvRowsHaveProblems', {
      file: file.fileName,
      count: p.errors.length,
      shown: shown.length,
      ...lines,
    });
  }
  if (p.rows.length === 0) throw new AppError('IMPORT_FAILED', 'imports.csvNoRows', { file: file.fileName });
  return study.write(
    'participants:import',
    () => {
      const at = now();
      const attributeOf = new Map<number, string>();
      let attributesCreated = 0;
      file.mapping.forEach((m, col) => {
        if (m.kind === 'attribute') attributeOf.set(col, m.attributeId);
        if (m.kind === 'newAttribute') {
          const rule = p.rules.get(col)!;
          // A category column with no values at all has nothing to store and no values to offer.
          if (m.type === 'category' && rule.options.length === 0) return;
          const a = insertAttribute(study, {
            name: m.name,
            type: m.type,
            options: m.type === 'category' ? categoryOptions(table, col) : [],
            scaleKind: m.type === 'score' ? m.scaleKind : null,
            scaleMin: rule.scaleMin,
            scaleMax: rule.scaleMax,
          });
          attributeOf.set(col, a.id);
          attributesCreated++;
        }
      });
      let created = 0;
      let updated = 0;
      for (const row of p.rows) {
        let id = row.existingId;
        if (id === null) {
          id = crypto.randomUUID();
          study.repos.participants.insert(id, row.name, row.notes, at, study.userId);
          created++;
        } else {
          updated++;
          const current = study.repos.participants.get(id)!;
          // As with values, a filled notes cell replaces the notes and an empty one leaves them.
          if (row.notes !== null) study.repos.participants.update(id, current.displayName, row.notes, at);
          else study.repos.participants.touch(id, at);
        }
        for (const [col, value] of row.values) {
          const attributeId = attributeOf.get(col);
          if (value !== null && attributeId) study.repos.participants.setValue(id, attributeId, value, at);
        }
      }
      return { created, updated, attributesCreated, skipped: p.errors.length };
    },
    { fileName: file.fileName, rows: p.rows.length, skipped: p.errors.length },
  );
}
