import { sentence } from '../../../shared/i18n/sentence';
import { z } from 'zod';
import { DocumentKind } from '../../../shared/domain/coding';
import { SessionKind, SessionRole, type SessionRole as Role } from '../../../shared/domain/study';
import { readMeta } from './descriptions';
import { LiveMeta } from './verbatimMeta';
import { guidKey } from './guid';
import type { RefiSet } from './model';
import type { PlanDoc, PlanSession } from './plan';
import { clip, type ReportBuilder } from './report';

/** What Verbatim writes in a session set's `[verbatim]` line: the session's fields, roles by case GUID, document kinds by source GUID. */
export const SessionMeta = z.object({
  session: z.object({
    kind: SessionKind,
    date: z.iso.date().nullable().default(null),
    place: z.string().max(200).nullable().default(null),
    moderator: z.string().max(200).nullable().default(null),
    notes: z.string().max(20_000).nullable().default(null),
    roles: z.record(z.string(), SessionRole).default({}),
    documents: z.record(z.string(), DocumentKind).default({}),
    /** Checked on its own (LiveMeta), so a broken part loses only itself, and says so. */
    live: z.unknown().optional(),
  }),
});

export interface PlannedSessions {
  sessions: PlanSession[];
  /** Session key → (case key → role), from Verbatim session sets. */
  roles: Map<string, Map<string, Role>>;
  /** Note key → session key (a session set's MemberNote: a session memo). */
  sessionNotes: Map<string, string>;
  /** Doc key → attribute values from ATLAS.ti-style "name: value" document groups. */
  setValues: Map<string, { name: string; value: string }[]>;
}

const NAME_VALUE = /^([^:]{1,80}):\s*(\S.{0,1999})$/s;

/**
 * Sets become what they stand for. A Verbatim session set (it carries a `[verbatim]` line) is a
 * session with its documents, memos and roles; an ATLAS.ti document group named "gender: male" is an
 * attribute value of its documents; any other set has no counterpart and is reported. Every document
 * left without a session gets one of its own: in Verbatim documents belong to sessions, and
 * REFI-QDA has no sessions.
 */
export function planSessions(sets: readonly RefiSet[], docs: PlanDoc[], report: ReportBuilder): PlannedSessions {
  const out: PlannedSessions = { sessions: [], roles: new Map(), sessionNotes: new Map(), setValues: new Map() };
  const byKey = new Map(docs.map((d) => [d.key, d]));
  for (const set of sets) {
    const meta = SessionMeta.safeParse(readMeta(set.description).meta);
    if (meta.success) {
      const m = meta.data.session;
      const parsed = m.live === undefined ? null : LiveMeta.safeParse(m.live);
      if (parsed && !parsed.success)
        report.drop(sentence('imports.whatSessionMeta', { session: clip(set.name) }), sentence('imports.whySessionMetaUnreadable'));
      const live = parsed?.success
        ? {
            ...parsed.data,
            speakers: Object.fromEntries(Object.entries(parsed.data.speakers).map(([label, guid]) => [label, guidKey(guid)])),
          }
        : null;
      out.sessions.push({
        key: set.key,
        guid: set.guid || null,
        title: set.name.slice(0, 200),
        kind: m.kind,
        date: m.date,
        place: m.place,
        moderator: m.moderator,
        notes: m.notes,
        live,
      });
      out.roles.set(set.key, new Map(Object.entries(m.roles).map(([k, role]) => [guidKey(k), role])));
      const kinds = new Map(Object.entries(m.documents).map(([k, kind]) => [guidKey(k), kind]));
      for (const src of set.sources) {
        const doc = byKey.get(src);
        if (!doc) continue;
        if (doc.sessionKey !== null)
          report.map(
            sentence('imports.whatDocument', { document: clip(doc.title) }),
            sentence('imports.howInTwoSessions', { session: clip(set.name) }),
          );
        else doc.sessionKey = set.key;
        doc.kind = kinds.get(src) ?? doc.kind;
      }
      for (const n of set.notes) if (!out.sessionNotes.has(n)) out.sessionNotes.set(n, set.key);
      continue;
    }
    const nameValue = NAME_VALUE.exec(set.name);
    if (nameValue && set.sources.length > 0 && set.codes.length === 0 && set.notes.length === 0) {
      let placed = 0;
      for (const src of set.sources) {
        if (!byKey.has(src)) continue;
        const list = out.setValues.get(src) ?? [];
        list.push({ name: nameValue[1]!.trim(), value: nameValue[2]!.trim() });
        out.setValues.set(src, list);
        placed++;
      }
      if (placed === 0) report.drop(sentence('imports.whatSet', { set: clip(set.name) }), sentence('imports.whySetNothingImported'));
      else
        report.map(
          sentence('imports.whatSet', { set: clip(set.name) }),
          sentence('imports.howSetAsAttribute', {
            attribute: clip(nameValue[1]!.trim(), 40),
            value: clip(nameValue[2]!.trim(), 40),
            count: placed,
          }),
        );
      continue;
    }
    report.drop(
      sentence('imports.whatSetWithMembers', {
        set: clip(set.name),
        sources: set.sources.length,
        codes: set.codes.length,
        notes: set.notes.length,
      }),
      sentence('imports.whySetsNotKept'),
    );
  }
  let own = 0;
  for (const doc of docs) {
    if (doc.sessionKey !== null) continue;
    const key = `session:${doc.key}`;
    out.sessions.push({
      key,
      guid: null,
      title: doc.title.slice(0, 200) || 'Imported source',
      kind: 'other',
      date: null,
      place: null,
      moderator: null,
      notes: null,
      live: null,
    });
    doc.sessionKey = key;
    own++;
  }
  if (own > 0) report.map(sentence('imports.whatSourceCount', { count: own }), sentence('imports.howOwnSessions'));
  return out;
}
