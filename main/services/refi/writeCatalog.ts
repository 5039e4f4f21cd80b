import { sentence } from '../../../shared/i18n/sentence';
import { CODE_COLORS } from '../../../shared/domain/coding';
import type { CodeRow } from '../../db/repos/codesRepo';
import type { RefiRepo } from '../../db/repos/refiRepo';
import { idForGuid } from '../../io/refi/guid';
import type { ImportPlan } from '../../io/refi/plan';
import { clip, type ReportBuilder } from '../../io/refi/report';
import type { Study } from '../study';
import { writeSessionLive } from './writeLive';

/** Plan keys resolved to the rows they became (or matched) in the study. */
export interface WriteContext {
  study: Study;
  repo: RefiRepo;
  plan: ImportPlan;
  report: ReportBuilder;
  merging: boolean;
  at: string;
  users: Map<string, string>;
  codes: Map<string, string>;
  attributes: Map<string, string>;
  sessions: Map<string, string>;
  participants: Map<string, string>;
  docs: Map<string, string>;
  /** Only the codings notes point at (by the coding's GUID): a large file has 100,000 others. */
  codings: Map<string, string>;
  /** Guide item ids as in the file → as in the study (notes' questions point at them). */
  guideItems: Map<string, string>;
}

/** Users: same GUID, else same name, else a new user keeping the GUID as id. */
export function writeUsers(ctx: WriteContext): void {
  const existing = ctx.repo.users();
  const byId = new Set(existing.map((u) => u.id));
  const byName = new Map(existing.map((u) => [u.name.toLocaleLowerCase(), u.id]));
  for (const u of ctx.plan.users) {
    const id = idForGuid(u.guid);
    const sameName = byName.get(u.name.toLocaleLowerCase());
    if (byId.has(id)) ctx.users.set(u.key, id);
    else if (sameName) {
      ctx.users.set(u.key, sameName);
      if (ctx.merging) ctx.report.map(sentence('imports.whatUser', { user: clip(u.name) }), sentence('imports.howUserMatched'));
    } else {
      ctx.repo.insertUser(id, u.name, ctx.at);
      byId.add(id);
      byName.set(u.name.toLocaleLowerCase(), id);
      ctx.users.set(u.key, id);
    }
    ctx.report.counts.users++;
  }
}

/**
 * Codes: matched by GUID, then by path ("Parent/Child", any letter case); otherwise created under
 * their (matched or new) parent. A matched code keeps its name, colour and description in this study.
 */
export function writeCodes(ctx: WriteContext): void {
  const repo = ctx.study.repos.codes;
  const rows = repo.all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const pathOf = new Map<string, string>();
  const path = (r: CodeRow): string => {
    let p = pathOf.get(r.id);
    if (p === undefined) {
      const parent = r.parent_id ? byId.get(r.parent_id) : undefined;
      p = `${parent ? `${path(parent)}/` : ''}${r.name.toLocaleLowerCase()}`;
      pathOf.set(r.id, p);
    }
    return p;
  };
  const byPath = new Map(rows.map((r) => [path(r), r.id]));
  let colorIndex = rows.length;
  let byGuid = 0;
  let byPathCount = 0;
  for (const c of ctx.plan.codes) {
    const id = idForGuid(c.guid);
    const parentId = c.parentKey === null ? null : (ctx.codes.get(c.parentKey) ?? null);
    const parentPath = parentId ? pathOf.get(parentId) : undefined;
    const myPath = `${parentPath ? `${parentPath}/` : ''}${c.name.toLocaleLowerCase()}`;
    ctx.report.counts.codes++;
    if (byId.has(id)) {
      ctx.codes.set(c.key, id);
      byGuid++;
      continue;
    }
    const samePath = byPath.get(myPath);
    if (samePath) {
      ctx.codes.set(c.key, samePath);
      byPathCount++;
      continue;
    }
    const pinHolder = c.pinned === null ? null : repo.byPin(c.pinned);
    if (pinHolder)
      ctx.report.map(
        sentence('imports.whatNumberKey', { key: String(c.pinned), code: clip(c.name) }),
        sentence('imports.howNumberKeyTaken', { holder: clip(pinHolder.name), code: clip(c.name) }),
      );
    const row: CodeRow = {
      id,
      parent_id: parentId,
      name: c.name,
      color: c.color ?? CODE_COLORS[colorIndex++ % CODE_COLORS.length]!,
      definition: c.description.definition,
      when_to_use: c.description.whenToUse,
      when_not_to_use: c.description.whenNotToUse,
      example: c.description.example,
      position: repo.nextPosition(parentId),
      pinned: pinHolder ? null : c.pinned,
      created_at: ctx.at,
      created_by: ctx.study.userId,
    };
    repo.insert(row);
    byId.set(id, row);
    pathOf.set(id, myPath);
    byPath.set(myPath, id);
    ctx.codes.set(c.key, id);
  }
  if (ctx.merging && byGuid > 0)
    ctx.report.map(sentence('imports.whatCodeCount', { count: byGuid }), sentence('imports.howCodesMatchedByGuid'));
  if (ctx.merging && byPathCount > 0)
    ctx.report.map(sentence('imports.whatCodeCount', { count: byPathCount }), sentence('imports.howCodesMatchedByPath'));
}

/**
 * Sessions: a Verbatim session set matches its session by GUID (which keeps its own guide and clock);
 * everything else is a new session, with the live capture its set carried (see writeLive.ts).
 */
export function writeSessions(ctx: WriteContext): void {
  const repo = ctx.study.repos.sessions;
  for (const s of ctx.plan.sessions) {
    const id = s.guid ? idForGuid(s.guid) : crypto.randomUUID();
    const isNew = !repo.get(id);
    if (isNew)
      repo.insert(
        id,
        { kind: s.kind, title: s.title, date: s.date, place: s.place, moderator: null, notes: s.notes },
        ctx.at,
        ctx.study.userId,
      );
    ctx.sessions.set(s.key, id);
    if (s.live) writeSessionLive(ctx, id, s.live, isNew);
    ctx.report.counts.sessions++;
  }
}
