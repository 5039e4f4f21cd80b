import type { CsvTable } from '../text/csv';
import { coerceAttributeValue, isIsoDate, SCALE_RANGES, type AttributeRule, type AttributeValue } from './attributes';
import type { ColumnTarget, RowError } from './participantImport';
import { anyWord, anyWordStart, oneOf } from '../text/words';
import type { Attribute } from './study';
import { saySentence, type Sentence } from '../i18n/sentence';
import { translatorFor } from '../i18n/translator';

/** One participant row ready to write. Values are keyed by column index. */
export interface PlannedRow {
  line: number;
  name: string;
  notes: string | null;
  existingId: string | null;
  values: Map<number, AttributeValue>;
}

/** The whole import worked out in memory: nothing is written until the user confirms. */
export interface ImportPlan {
  rows: PlannedRow[];
  errors: RowError[];
  /** The rule each mapped column is checked with (new attributes included), by column index. */
  rules: Map<number, AttributeRule>;
}

// Column headers in English, Norwegian, Croatian, Hungarian and Chinese.
const NAME_HEADERS = oneOf([
  'name',
  'participant',
  'participant name',
  'pseudonym',
  'display name',
  'respondent',
  'respondent name',
  'navn',
  'deltaker',
  'deltakar',
  'deltakernavn',
  'informant',
  'respondentnavn',
  'ime',
  'ime i prezime',
  'sudionik',
  'sudionica',
  'ispitanik',
  'ispitanica',
  'név',
  'teljes név',
  'résztvevő',
  'válaszadó',
  'interjúalany',
  '姓名',
  '名字',
  '名称',
  '参与者',
  '受访者',
  '被访者',
  '受访人',
]);
const NOTES_HEADERS = oneOf([
  'note',
  'notes',
  'comment',
  'comments',
  'notat',
  'notater',
  'merknad',
  'merknader',
  'kommentar',
  'kommentarer',
  'bilješka',
  'bilješke',
  'napomena',
  'napomene',
  'komentar',
  'komentari',
  'megjegyzés',
  'megjegyzések',
  'jegyzet',
  'jegyzetek',
  '备注',
  '笔记',
  '注释',
  '评论',
]);
// Score questions: the acronym as a word, or the start of the word for "recommend", "satisfied", "effort".
const NPS_HEADER = anyWord(['nps']);
const NPS_WORDS = anyWordStart(['recommend', 'anbefal', 'preporu', 'ajánl', '推荐', '推薦']);
const CSAT_HEADER = anyWord(['csat']);
const CSAT_WORDS = anyWordStart(['satisf', 'fornøyd', 'tilfreds', 'zadovolj', 'elégedett', '满意', '滿意']);
const CES_HEADER = anyWord(['ces']);
const CES_WORDS = anyWordStart(['effort', 'innsats', 'trud', 'erőfeszítés', '费力', '費力']);

/** A first guess at where each column goes: known attributes by name, the name column, types inferred from values. */
export function suggestMapping(table: CsvTable, attributes: Attribute[]): ColumnTarget[] {
  let nameTaken = false;
  return table.header.map((header, col): ColumnTarget => {
    const existing = attributes.find((a) => a.name.toLocaleLowerCase() === header.toLocaleLowerCase());
    if (existing) return { kind: 'attribute', attributeId: existing.id };
    if (!nameTaken && NAME_HEADERS.test(header)) {
      nameTaken = true;
      return { kind: 'name' };
    }
    if (NOTES_HEADERS.test(header)) return { kind: 'notes' };
    if (header === '') return { kind: 'ignore' };
    return {
      kind: 'newAttribute',
      name: header.slice(0, 80),
      ...inferType(
        header,
        table.records.map((r) => (r.fields[col] ?? '').trim()),
      ),
    };
  });
}

function inferType(header: string, raw: string[]): { type: Attribute['type']; scaleKind: Attribute['scaleKind'] } {
  const values = raw.filter((v) => v !== '');
  const ints = values.length > 0 && values.every((v) => /^-?\d+$/.test(v));
  const within = (min: number, max: number) => ints && values.every((v) => Number(v) >= min && Number(v) <= max);
  if ((NPS_HEADER.test(header) || NPS_WORDS.test(header)) && within(0, 10)) return { type: 'score', scaleKind: 'nps' };
  if ((CSAT_HEADER.test(header) || CSAT_WORDS.test(header)) && within(1, 5)) return { type: 'score', scaleKind: 'csat' };
  if ((CES_HEADER.test(header) || CES_WORDS.test(header)) && within(1, 7)) return { type: 'score', scaleKind: 'ces' };
  if (values.length > 0 && values.every((v) => /^[-+]?(\d+\.?\d*|\.\d+)$/.test(v))) return { type: 'number', scaleKind: null };
  if (values.length > 0 && values.every(isIsoDate)) return { type: 'date', scaleKind: null };
  const distinct = new Set(values.map((v) => v.toLocaleLowerCase())).size;
  if (values.length >= 4 && distinct <= 12 && distinct <= values.length / 2) return { type: 'category', scaleKind: null };
  return { type: 'text', scaleKind: null };
}

/** The values a new category column will allow: its distinct values in order of first appearance. */
export function categoryOptions(table: CsvTable, col: number): string[] {
  const seen = new Map<string, string>();
  for (const r of table.records) {
    const v = (r.fields[col] ?? '').trim();
    if (v !== '' && !seen.has(v.toLocaleLowerCase())) seen.set(v.toLocaleLowerCase(), v);
  }
  return [...seen.values()];
}

/** A line's problems: English joined for `message` (logs, `--json`), the sentences beside it for readers. */
function rowError(line: number, problems: Sentence[]): RowError {
  const en = translatorFor('en');
  return { line, message: problems.map((p) => saySentence(en, p)).join('; '), problems };
}

/**
 * Checks every row against the mapping: a name is required and unique in the file, each value must
 * fit its attribute, and each row must have as many fields as the header. Existing participants
 * (same name, any case) are updated rather than duplicated.
 */
export function planImport(
  table: CsvTable,
  mapping: ColumnTarget[],
  attributes: Attribute[],
  existingByName: Map<string, string>,
): ImportPlan {
  const errors: RowError[] = [];
  if (mapping.length !== table.header.length)
    return {
      rows: [],
      errors: [rowError(1, [{ id: 'imports.csvMappingColumns', values: { mapped: mapping.length, columns: table.header.length } }])],
      rules: new Map(),
    };
  const nameColumns = mapping.flatMap((m, i) => (m.kind === 'name' ? [i] : []));
  if (nameColumns.length !== 1) return { rows: [], errors: [rowError(1, [{ id: 'imports.csvOneNameColumn' }])], rules: new Map() };
  const rules = columnRules(table, mapping, attributes, errors);
  const nameCol = nameColumns[0]!;
  const notesCol = mapping.findIndex((m) => m.kind === 'notes');
  const seenNames = new Map<string, number>();
  const rows: PlannedRow[] = [];
  for (const record of table.records) {
    const rowErrors: Sentence[] = [];
    if (record.fields.length !== table.header.length)
      rowErrors.push({ id: 'imports.csvRowFields', values: { fields: record.fields.length, header: table.header.length } });
    const name = (record.fields[nameCol] ?? '').trim();
    if (name === '') rowErrors.push({ id: 'imports.csvNameEmpty' });
    else if (name.length > 200) rowErrors.push({ id: 'imports.csvNameTooLong' });
    const key = name.toLocaleLowerCase();
    if (name !== '' && seenNames.has(key)) rowErrors.push({ id: 'imports.csvNameTwice', values: { name, line: seenNames.get(key)! } });
    else if (name !== '') seenNames.set(key, record.line);
    const values = new Map<number, AttributeValue>();
    for (const [col, rule] of rules) {
      const result = coerceAttributeValue(rule, record.fields[col] ?? '');
      if (result.ok) values.set(col, result.value);
      else rowErrors.push(result.sentence);
    }
    if (rowErrors.length > 0) {
      errors.push(rowError(record.line, rowErrors));
      continue;
    }
    const notes = notesCol >= 0 ? (record.fields[notesCol] ?? '').trim() || null : null;
    rows.push({ line: record.line, name, notes, existingId: existingByName.get(key) ?? null, values });
  }
  return { rows, errors, rules };
}

function columnRules(table: CsvTable, mapping: ColumnTarget[], attributes: Attribute[], errors: RowError[]): Map<number, AttributeRule> {
  const rules = new Map<number, AttributeRule>();
  const targeted = new Set<string>();
  mapping.forEach((m, col) => {
    if (m.kind === 'attribute') {
      const a = attributes.find((x) => x.id === m.attributeId);
      if (!a) errors.push(rowError(1, [{ id: 'imports.csvAttributeGone', values: { column: table.header[col] ?? '' } }]));
      else if (targeted.has(a.id)) errors.push(rowError(1, [{ id: 'imports.csvTwoColumns', values: { attribute: a.name } }]));
      else {
        targeted.add(a.id);
        rules.set(col, a);
      }
    } else if (m.kind === 'newAttribute') {
      const clash =
        attributes.some((a) => a.name.toLocaleLowerCase() === m.name.toLocaleLowerCase()) ||
        targeted.has(`new:${m.name.toLocaleLowerCase()}`);
      if (clash) errors.push(rowError(1, [{ id: 'imports.csvAttributeExists', values: { attribute: m.name } }]));
      targeted.add(`new:${m.name.toLocaleLowerCase()}`);
      const range = m.scaleKind && m.scaleKind !== 'custom' ? SCALE_RANGES[m.scaleKind] : null;
      if (m.type === 'score' && !range) errors.push(rowError(1, [{ id: 'imports.csvChooseScale', values: { column: m.name } }]));
      rules.set(col, {
        name: m.name,
        type: m.type,
        options: m.type === 'category' ? categoryOptions(table, col) : [],
        scaleMin: range?.min ?? null,
        scaleMax: range?.max ?? null,
      });
    }
  });
  return rules;
}
