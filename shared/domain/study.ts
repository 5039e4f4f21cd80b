import { z } from 'zod';
import { AttributeType, AttributeValue, ScaleKind } from './attributes';

/** Ids are UUIDs made where a thing is created (see ARCHITECTURE.md §7). */
export const Id = z.uuid();

const Name = z.string().trim().min(1, 'must not be empty').max(200);
const OptionalText = (max: number) => z.string().max(max).nullable();

/** The kinds of research session Verbatim knows. */
export const SESSION_KINDS = ['focus_group', 'interview', 'intercept', 'other'] as const;
export const SessionKind = z.enum(SESSION_KINDS);
export type SessionKind = z.infer<typeof SessionKind>;

/** A person's part in one session. */
export const SESSION_ROLES = ['participant', 'moderator', 'observer'] as const;
export const SessionRole = z.enum(SESSION_ROLES);
export type SessionRole = z.infer<typeof SessionRole>;

/**
 * Whether a person with this role in a session is a respondent, someone the research is about.
 * Moderators, observers and note-takers (every other role, including roles added later) run or
 * watch the session: reports leave them out of counts and quotes unless asked to include them.
 */
export function isRespondentRole(role: SessionRole): boolean {
  return role === 'participant';
}

/**
 * A person's sessions split by their part in each: as a respondent, and running or watching. A person
 * has one role per session, so the two lists hold every role the respondent rule reads.
 */
export function sessionsByPart(memberships: readonly { sessionId: string; role: SessionRole }[]): {
  sessionIds: string[];
  nonRespondentSessionIds: string[];
} {
  return {
    sessionIds: memberships.filter((s) => isRespondentRole(s.role)).map((s) => s.sessionId),
    nonRespondentSessionIds: memberships.filter((s) => !isRespondentRole(s.role)).map((s) => s.sessionId),
  };
}

/** A calendar date as YYYY-MM-DD (sessions are planned by day, not instant). */
export const IsoDate = z.iso.date();

/** A session as the UI shows it. */
export const Session = z.object({
  id: Id,
  kind: SessionKind,
  title: z.string(),
  date: z.string().nullable(),
  place: z.string().nullable(),
  /** The name(s) of the people linked to the session with the moderator role (", "-joined), or null. */
  moderator: z.string().nullable(),
  notes: z.string().nullable(),
  /** Respondents only (role `participant`): moderators and observers are not the session's sample. */
  participantCount: z.int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Session = z.infer<typeof Session>;

/** The fields of a session, all required: the base of the create and update inputs. */
export const SessionFieldsExact = z.strictObject({
  kind: SessionKind,
  title: Name,
  date: IsoDate.nullable(),
  place: OptionalText(200),
  /** The moderator's name: the study's person of that name (ignoring case) or a new one, linked with the moderator role. */
  moderator: OptionalText(200),
  notes: OptionalText(20_000),
});

/** Fields a user sets when creating a session; optional ones default to empty. */
export const SessionFields = SessionFieldsExact.extend({
  date: SessionFieldsExact.shape.date.default(null),
  place: SessionFieldsExact.shape.place.default(null),
  moderator: SessionFieldsExact.shape.moderator.default(null),
  notes: SessionFieldsExact.shape.notes.default(null),
});
export type SessionFields = z.infer<typeof SessionFields>;

/** A participant-defined attribute such as Segment, Age band or NPS. */
export const Attribute = z.object({
  id: Id,
  name: z.string(),
  type: AttributeType,
  options: z.array(z.string()),
  scaleKind: ScaleKind.nullable(),
  scaleMin: z.int().nullable(),
  scaleMax: z.int().nullable(),
  position: z.int(),
});
export type Attribute = z.infer<typeof Attribute>;

/** What a user gives to define an attribute. Score scales take their range from the scale kind. */
export const AttributeFields = z
  .strictObject({
    name: Name.max(80),
    type: AttributeType,
    options: z.array(z.string().trim().min(1).max(500)).max(200).default([]),
    scaleKind: ScaleKind.nullable().default(null),
    scaleMin: z.int().min(-1000).max(1000).nullable().default(null),
    scaleMax: z.int().min(-1000).max(1000).nullable().default(null),
  })
  .superRefine((a, ctx) => {
    if (a.type === 'category' && a.options.length === 0)
      ctx.addIssue({ code: 'custom', message: 'a category attribute needs at least one value', path: ['options'] });
    if (a.type === 'category' && new Set(a.options.map((o) => o.toLowerCase())).size !== a.options.length)
      ctx.addIssue({ code: 'custom', message: 'category values must be distinct', path: ['options'] });
    if (a.type === 'score' && a.scaleKind === null)
      ctx.addIssue({ code: 'custom', message: 'a score attribute needs a scale (nps, csat, ces or custom)', path: ['scaleKind'] });
    if (a.type === 'score' && a.scaleKind === 'custom' && (a.scaleMin === null || a.scaleMax === null || a.scaleMin >= a.scaleMax))
      ctx.addIssue({ code: 'custom', message: 'a custom scale needs a minimum below its maximum', path: ['scaleMin'] });
  });
export type AttributeFields = z.input<typeof AttributeFields>;

/** A participant's membership of one session. */
export const SessionMembership = z.object({ sessionId: Id, role: SessionRole });

/** A participant with every attribute value, keyed by attribute id. */
export const Participant = z.object({
  id: Id,
  displayName: z.string(),
  notes: z.string().nullable(),
  values: z.record(z.string(), AttributeValue),
  sessions: z.array(SessionMembership),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Participant = z.infer<typeof Participant>;

/** Counts of what a study holds; `verbatim info` prints these. */
export const StudyCounts = z.object({
  sessions: z.int(),
  participants: z.int(),
  documents: z.int(),
  codes: z.int(),
  codings: z.int(),
});
export type StudyCounts = z.infer<typeof StudyCounts>;

/** The open study as the UI header shows it. */
export const StudySummary = z.object({
  path: z.string(),
  title: z.string(),
  schemaVersion: z.int(),
  counts: StudyCounts,
  warnings: z.array(z.string()),
  migratedFrom: z.int().nullable(),
  backupPath: z.string().nullable(),
});
export type StudySummary = z.infer<typeof StudySummary>;

/** An entry of the recent-studies list. */
export const RecentStudy = z.object({ path: z.string(), title: z.string(), openedAt: z.string(), exists: z.boolean() });
export type RecentStudy = z.infer<typeof RecentStudy>;

/** A study file in the studies folder (browser mode lists these to open). */
export const FolderStudy = z.object({ path: z.string(), fileName: z.string(), modifiedAt: z.string() });
export type FolderStudy = z.infer<typeof FolderStudy>;

export { Name as NameSchema };
