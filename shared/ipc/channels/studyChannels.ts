import { z } from 'zod';
import { AttributeValue } from '../../domain/attributes';
import { LOCALES } from '../../i18n/locales';
import { ColumnTarget, CsvFile, ImportOutcome, ImportPreview } from '../../domain/participantImport';
import {
  Attribute,
  AttributeFields,
  Id,
  NameSchema,
  Participant,
  FolderStudy,
  RecentStudy,
  Session,
  SessionFields,
  SessionFieldsExact,
  SessionRole,
  StudySummary,
} from '../../domain/study';

export const Empty = z.object({}).strict();
export const Done = z.object({ done: z.literal(true) });
/** What a destructive action returns: the backup taken just before it. */
export const BackedUp = z.object({ backupPath: z.string() });
/** A study path; the backend resolves it, so only its shape is checked here. */
export const StudyPath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'path contains a NUL byte');

/** A UI language, or the test pseudo-locale (shared/i18n/locales.ts). */
const UiLocaleSchema = z.enum([...LOCALES, 'pseudo']);

/** Channels for study files, sessions, attributes and participants. */
export const studyChannels = {
  'app:info': {
    input: Empty,
    output: z.object({
      mode: z.enum(['electron', 'browser', 'cli']),
      version: z.string(),
      schemaVersion: z.int(),
      studiesDir: z.string(),
      /** True when the host has native file dialogs (Electron); the UI shows a path field otherwise. */
      nativeDialogs: z.boolean(),
    }),
  },
  /** The language the user chose for the app (null: follow the system's). */
  'app:language': { input: Empty, output: z.object({ chosen: UiLocaleSchema.nullable() }) },
  'app:setLanguage': {
    input: z.strictObject({ language: UiLocaleSchema.nullable() }),
    output: z.object({ chosen: UiLocaleSchema.nullable() }),
  },
  'study:recent': { input: Empty, output: z.array(RecentStudy) },
  /** Takes a study off the recent list; only a path on it is accepted (main/app/studyPaths.ts). */
  'study:forgetRecent': { input: z.object({ path: StudyPath }).strict(), output: z.array(RecentStudy) },
  /**
   * The page names no path: Electron asks with a save dialog, browser mode files it in the studies
   * folder. `language` is the UI's, for the file name of a title that leaves nothing a file may be called.
   */
  'study:create': {
    input: z.object({ title: NameSchema, sample: z.boolean().default(false), language: UiLocaleSchema.optional() }).strict(),
    output: StudySummary,
  },
  /**
   * Without a path, Electron asks with an open dialog. A path is accepted only when the backend
   * produced it: the studies folder, the recent list, or one the host granted (main/app/studyPaths.ts).
   */
  'study:open': { input: z.object({ path: StudyPath.optional() }).strict(), output: StudySummary },
  /**
   * The studies the page may open by path besides the recent list, newest first: those in the
   * studies folder and those named on the command line. Browser mode offers them (it has no open dialog).
   */
  'study:available': { input: Empty, output: z.array(FolderStudy) },
  'study:openSample': { input: Empty, output: StudySummary },
  'study:current': { input: Empty, output: StudySummary.nullable() },
  'study:rename': { input: z.object({ title: NameSchema }).strict(), output: StudySummary },
  'study:close': { input: Empty, output: Done },
  /**
   * One window works on the open study (browser mode can have many tabs on one server). Refused
   * (`granted: false`) while another window holds it, unless `takeOver`, which also sends that
   * window the `window:claimed` event. `windowId` is made by the window and kept across reloads.
   */
  'window:claim': {
    input: z.object({ windowId: Id, takeOver: z.boolean().default(false) }).strict(),
    output: z.object({ granted: z.boolean() }),
  },
  /** A closing window gives its claim back. */
  'window:release': { input: z.object({ windowId: Id }).strict(), output: Done },

  'sessions:list': { input: Empty, output: z.array(Session) },
  'sessions:create': { input: SessionFields, output: Session },
  /** Only the fields given change; `null` clears an optional field. */
  'sessions:update': { input: SessionFieldsExact.partial().extend({ id: Id }), output: Session },
  'sessions:delete': { input: z.object({ id: Id }).strict(), output: z.object({ backupPath: z.string().nullable() }) },

  'attributes:list': { input: Empty, output: z.array(Attribute) },
  'attributes:create': { input: AttributeFields, output: Attribute },
  'attributes:update': {
    input: z
      .object({ id: Id, name: NameSchema.max(80).optional(), options: z.array(z.string().trim().min(1).max(500)).max(200).optional() })
      .strict(),
    output: Attribute,
  },
  /** Deletes after an automatic backup, whose path is returned. */
  'attributes:delete': { input: z.object({ id: Id }).strict(), output: BackedUp },

  'participants:list': { input: Empty, output: z.array(Participant) },
  'participants:create': {
    input: z.object({ displayName: NameSchema, notes: z.string().max(20_000).nullable().default(null) }).strict(),
    output: Participant,
  },
  'participants:update': {
    input: z.object({ id: Id, displayName: NameSchema.optional(), notes: z.string().max(20_000).nullable().optional() }).strict(),
    output: Participant,
  },
  /** Deletes after an automatic backup, whose path is returned. */
  'participants:delete': { input: z.object({ id: Id }).strict(), output: BackedUp },
  'participants:setValue': {
    input: z.object({ participantId: Id, attributeId: Id, value: AttributeValue }).strict(),
    output: Participant,
  },
  /** Adds, changes (role) or removes (role null) a participant's membership of a session. */
  'participants:setSessionRole': {
    input: z.object({ participantId: Id, sessionId: Id, role: SessionRole.nullable() }).strict(),
    output: Participant,
  },
  /** Reads a CSV and proposes a mapping; writes nothing. Pass `mapping` to re-check with the user's choices. */
  'participants:importPreview': {
    input: CsvFile.extend({ mapping: z.array(ColumnTarget).max(500).optional() }).strict(),
    output: ImportPreview,
  },
  /** Writes the import in one transaction. Refuses when any row is bad unless `skipInvalid` is set. */
  'participants:importCommit': {
    input: CsvFile.extend({ mapping: z.array(ColumnTarget).max(500), skipInvalid: z.boolean().default(false) }).strict(),
    output: ImportOutcome,
  },
} as const;
