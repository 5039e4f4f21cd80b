import { z } from 'zod';
import { SentenceSchema } from '../i18n/sentence';
import { EncodingEvidence, TextEncodingName, UiLanguage } from '../text/encodings';
import { AttributeType, AttributeValue, ScaleKind } from './attributes';

/** Where one CSV column goes. */
export const ColumnTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ignore') }),
  z.object({ kind: z.literal('name') }),
  z.object({ kind: z.literal('notes') }),
  z.object({ kind: z.literal('attribute'), attributeId: z.uuid() }),
  z.object({
    kind: z.literal('newAttribute'),
    name: z.string().trim().min(1).max(80),
    type: AttributeType,
    scaleKind: ScaleKind.nullable().default(null),
  }),
]);
export type ColumnTarget = z.infer<typeof ColumnTarget>;

/**
 * A CSV taken in by the one road in (files:pickToOpen or an upload, kind `csv`): the backend reads
 * its raw bytes, so it can detect the encoding. A preview keeps the file; a commit lets it go.
 */
export const CsvFile = z.object({
  fileId: z.uuid(),
  /** The encoding chosen in the preview; the commit names the one the user saw. */
  encoding: TextEncodingName.optional(),
  /** Breaks ties between equally likely encodings. */
  uiLanguage: UiLanguage.optional(),
});

/**
 * A row problem, with the physical line number in the file (1 = header line): `message` in English
 * (logs, `--json`), `problems` the same as catalogue sentences, said in the reader's language.
 */
export const RowError = z.object({ line: z.int(), message: z.string(), problems: z.array(SentenceSchema).optional() });
export type RowError = z.infer<typeof RowError>;

/** What the mapping step shows before anything is written. */
export const ImportPreview = z.object({
  fileName: z.string(),
  encoding: TextEncodingName,
  /** `weak`: another encoding was about as likely; the preview says so before anything is written. */
  encodingEvidence: EncodingEvidence,
  /** Encodings the user can switch to, most likely first. */
  encodingChoices: z.array(TextEncodingName),
  /** Said in the reader's language (a catalogue sentence). */
  encodingNote: SentenceSchema.nullable(),
  columns: z.array(z.string()),
  mapping: z.array(ColumnTarget),
  rowCount: z.int(),
  validCount: z.int(),
  newParticipants: z.int(),
  updatedParticipants: z.int(),
  errors: z.array(RowError),
  sample: z.array(z.object({ line: z.int(), name: z.string(), values: z.array(AttributeValue) })),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** What a committed import did. */
export const ImportOutcome = z.object({
  created: z.int(),
  updated: z.int(),
  attributesCreated: z.int(),
  skipped: z.int(),
});
export type ImportOutcome = z.infer<typeof ImportOutcome>;
