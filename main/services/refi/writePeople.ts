import { sentence } from '../../../shared/i18n/sentence';
import { coerceAttributeValue } from '../../../shared/domain/attributes';
import type { Attribute } from '../../../shared/domain/study';
import { idForGuid } from '../../io/refi/guid';
import { clip } from '../../io/refi/report';
import { linkModerator } from '../sessions';
import type { WriteContext } from './writeCatalog';

/**
 * Attributes: matched by GUID, then by name; otherwise created. A category attribute is created with
 * every value the file gives it; a value an existing category does not have is added to it (and
 * reported), since refusing it would lose data the file holds.
 */
export function writeAttributes(ctx: WriteContext): Map<string, Attribute> {
  const repo = ctx.study.repos.attributes;
  const rules = new Map<string, Attribute>();
  const valuesOf = new Map<string, Set<string>>();
  for (const p of ctx.plan.participants)
    for (const v of p.values) {
      const set = valuesOf.get(v.attributeKey) ?? new Set<string>();
      if (v.raw.trim() !== '') set.add(v.raw.trim());
      valuesOf.set(v.attributeKey, set);
    }
  for (const a of ctx.plan.attributes) {
    const id = a.guid ? idForGuid(a.guid) : crypto.randomUUID();
    let found = repo.get(id) ?? repo.findByName(a.name);
    if (found && ctx.merging && found.type !== a.type)
      ctx.report.map(
        sentence('imports.whatVariable', { variable: clip(a.name) }),
        sentence('imports.howVariableMatched', { attribute: clip(found.name), type: found.type }),
      );
    if (!found) {
      const options = a.type === 'category' ? mergeOptions(a.options, valuesOf.get(a.key)) : [];
      found = { id, name: a.name, type: a.type, options, scaleKind: a.scaleKind, scaleMin: a.scaleMin, scaleMax: a.scaleMax, position: 0 };
      repo.insert(found, ctx.at);
    } else if (found.type === 'category') {
      const options = mergeOptions(found.options, valuesOf.get(a.key));
      if (options.length > found.options.length) {
        ctx.report.map(
          sentence('imports.whatAttribute', { attribute: clip(found.name) }),
          sentence('imports.howAttributeGained', {
            values: options
              .slice(found.options.length)
              .map((o) => `"${clip(o, 30)}"`)
              .join(', '),
          }),
        );
        repo.update(found.id, found.name, options);
        found = { ...found, options };
      }
    }
    ctx.attributes.set(a.key, found.id);
    rules.set(a.key, found);
    ctx.report.counts.variables++;
  }
  return rules;
}

/** Existing options first, then new values in the order met (case-insensitive, as categories compare). */
function mergeOptions(options: readonly string[], values: ReadonlySet<string> | undefined): string[] {
  const out = [...options];
  const lower = new Set(out.map((o) => o.toLocaleLowerCase()));
  for (const v of values ?? []) {
    if (lower.has(v.toLocaleLowerCase()) || v.length > 500 || out.length >= 200) continue;
    out.push(v);
    lower.add(v.toLocaleLowerCase());
  }
  return out;
}

/**
 * Participants: matched by GUID, then by name (names are unique regardless of case); otherwise created.
 * Values are checked like typed input; a value that does not fit (a score out of range) is dropped
 * with its reason. A participant keeps an existing role in a session.
 */
export function writeParticipants(ctx: WriteContext, rules: Map<string, Attribute>): void {
  const repo = ctx.study.repos.participants;
  const names = repo.nameIndex();
  for (const p of ctx.plan.participants) {
    const guidId = p.guid ? idForGuid(p.guid) : null;
    const existing = guidId ? repo.get(guidId) : null;
    let id = existing?.id ?? names.get(p.name.toLocaleLowerCase()) ?? null;
    const added = id === null;
    if (id === null) {
      id = guidId ?? crypto.randomUUID();
      repo.insert(id, p.name, p.notes, ctx.at, ctx.study.userId);
      names.set(p.name.toLocaleLowerCase(), id);
    } else if (ctx.merging)
      ctx.report.map(
        sentence('imports.whatCase', { case: clip(p.name) }),
        sentence(existing ? 'imports.howCaseMatchedByGuid' : 'imports.howCaseMatchedByName'),
      );
    ctx.participants.set(p.key, id);
    for (const v of p.values) {
      const rule = rules.get(v.attributeKey);
      if (!rule) continue;
      const coerced = coerceAttributeValue(rule, v.raw);
      if (coerced.ok) repo.setValue(id, rule.id, coerced.value, ctx.at);
      else ctx.report.drop(sentence('imports.whatValueOf', { value: clip(v.raw, 30), participant: clip(p.name, 40) }), coerced.sentence);
    }
    // A participant added just now is in no session yet: no need to read them back (2,000 reads in a large import).
    const current = new Set(added ? [] : repo.get(id)!.sessions.map((s) => s.sessionId));
    for (const [sessionKey, role] of p.sessions) {
      const sessionId = ctx.sessions.get(sessionKey);
      if (sessionId && !current.has(sessionId)) repo.setRole(id, sessionId, role);
    }
    ctx.report.counts.cases++;
  }
  linkSessionModerators(ctx);
}

/**
 * A session set that names its moderator (Verbatim's own) links that person with the moderator
 * role: after the cases, so a moderator who is a case keeps their GUID and role, and only for the
 * sessions this import made (they were created at `ctx.at`) that no case moderates.
 */
function linkSessionModerators(ctx: WriteContext): void {
  const { sessions } = ctx.study.repos;
  for (const s of ctx.plan.sessions) {
    const id = ctx.sessions.get(s.key);
    const name = s.moderator?.trim();
    if (!id || !name || sessions.get(id)?.createdAt !== ctx.at || sessions.moderatorIds(id).length > 0) continue;
    linkModerator(ctx.study, id, name, ctx.at);
  }
}
