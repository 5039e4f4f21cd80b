import { z } from 'zod';
import { AttributeType, AttributeValue, ScaleKind } from './attributes';

/** Largest CSV accepted in one import (bytes before base64). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

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

/** A CSV file as sent by any transport: raw bytes, so the backend can detect the encoding. */
export const CsvFile = z.object({
  fileName: z.string().min(1).max(260),
  dataBase64: z.base64().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4, 'file is larger than 20 MB'),
});

/** A row problem, with the physical line number in the file (1 = header line). */
export const RowError = z.object({ line: z.int(), message: z.string() });
export type RowError = z.infer<typeof RowError>;

/** What the mapping step shows before anything is written. */
export const ImportPreview = z.object({
  fileName: z.string(),
  encoding: z.string(),
  encodingNote: z.string().nullable(),
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
