import { z } from 'zod';
import { RetrievedPassage } from './coding';
import { Id, SessionRole } from './study';
import { LOCALES } from '../i18n/locales';

/**
 * How the passages of a code are ordered: `session` reads them as they happened (sessions by date,
 * then each document from its start), `speaker` groups them by who spoke, `length` puts the longest
 * first, `coded` the most recently coded first.
 */
export const RetrieveSort = z.enum(['session', 'speaker', 'length', 'coded']);
export type RetrieveSort = z.infer<typeof RetrieveSort>;

const Keys = <T extends z.ZodType>(item: T) => z.array(item).max(10_000).default([]);

/**
 * Which passages to keep. Each list left empty keeps everything; a passage must pass every list
 * that is not empty (any of the values within one list). Speakers are {@link SpeakerKey}s;
 * attribute values are group keys as reports use them ("promoter" for an NPS 9, the value otherwise).
 */
export const RetrieveFilter = z.strictObject({
  sessionIds: Keys(Id),
  speakers: Keys(z.string().max(300)),
  coderIds: Keys(Id),
  attributes: z
    .array(z.strictObject({ attributeId: Id, values: z.array(z.string().max(1000)).min(1).max(1000) }))
    .max(200)
    .default([]),
});
export type RetrieveFilter = z.infer<typeof RetrieveFilter>;

/** What the retrieve view asks for: a code (and its sub-codes), filtered and sorted. */
export const RetrieveQuery = z.strictObject({
  codeId: Id,
  includeChildren: z.boolean().default(true),
  filter: RetrieveFilter.optional(),
  sort: RetrieveSort.default('session'),
  /**
   * The language of the words the answer holds (scale groups such as "Promoter") and of an export:
   * the UI's (the pseudo-locale too, so its tests see every backend word marked).
   */
  language: z.enum([...LOCALES, 'pseudo']).default('en'),
});
export type RetrieveQuery = z.input<typeof RetrieveQuery>;

const Count = z.int().nonnegative();

/** The choices the filters offer, each with how many of the code's passages it holds (before filtering). */
export const RetrieveOptions = z.object({
  sessions: z.array(z.object({ id: Id, title: z.string(), count: Count })),
  speakers: z.array(z.object({ key: z.string(), name: z.string(), role: SessionRole.nullable(), count: Count })),
  coders: z.array(z.object({ id: Id, name: z.string(), count: Count })),
  attributes: z.array(
    z.object({ id: Id, name: z.string(), values: z.array(z.object({ key: z.string(), label: z.string(), count: Count })) }),
  ),
});
export type RetrieveOptions = z.infer<typeof RetrieveOptions>;

/** The passages that pass the filter, in the chosen order, out of `total` coded with the code. */
export const RetrieveResult = z.object({
  passages: z.array(RetrievedPassage),
  total: Count,
  options: RetrieveOptions,
});
export type RetrieveResult = z.infer<typeof RetrieveResult>;

/** The formats a list of passages exports to. */
export const PassagesFormat = z.enum(['csv', 'xlsx', 'docx']);
export type PassagesFormat = z.infer<typeof PassagesFormat>;
