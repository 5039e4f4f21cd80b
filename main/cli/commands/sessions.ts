import { kindMessage, roleMessage } from '../../../shared/domain/sessionWords';
import type { MessageId } from '../../../shared/i18n/catalogue';
import type { CliContext } from '../index';
import { parse } from './args';

/** One session as `verbatim sessions --json` prints it: roles and kinds as stored, so scripts can rely on them. */
interface SessionListing {
  title: string;
  kind: string;
  date: string | null;
  people: { name: string; role: string }[];
  documents: { title: string; kind: string }[];
}

// Whoever runs the session first, then observers, then respondents: the same order in every session.
const ROLE_ORDER: Record<string, number> = { moderator: 0, observer: 1, participant: 2 };
const byRoleThenName = (a: { name: string; role: string }, b: { name: string; role: string }) =>
  (ROLE_ORDER[a.role] ?? 3) - (ROLE_ORDER[b.role] ?? 3) || a.name.localeCompare(b.name);

/** `sessions`: every session with the people in it (and their role) and its documents. */
export const sessionCommands = {
  async sessions(ctx: CliContext) {
    const { values, positionals } = parse(ctx.args, { json: { type: 'boolean' } }, 1);
    ctx.openStudy(positionals[0]!);
    const [sessions, people, documents] = [
      await ctx.call('sessions:list', {}),
      await ctx.call('participants:list', {}),
      await ctx.call('documents:list', {}),
    ];
    const listing: SessionListing[] = sessions.map((s) => ({
      title: s.title,
      kind: s.kind,
      date: s.date,
      people: people
        .flatMap((p) => p.sessions.filter((m) => m.sessionId === s.id).map((m) => ({ name: p.displayName, role: m.role })))
        .sort(byRoleThenName),
      documents: documents.filter((d) => d.sessionId === s.id).map((d) => ({ title: d.title, kind: d.kind })),
    }));
    if (values.json) {
      ctx.out(`${JSON.stringify(listing)}\n`);
      return;
    }
    const { tr } = ctx;
    // Words this version has none for (a kind or role from a newer version) are shown as stored.
    const say = (id: MessageId | null, stored: string) => (id ? tr.t(id) : stored);
    if (listing.length === 0) ctx.out(`${tr.t('cli.noSessions')}\n`);
    for (const s of listing) {
      const kind = say(kindMessage(s.kind), s.kind);
      // The date as stored (ISO, as in --json): one unambiguous form in every language.
      ctx.out(
        `${s.date ? tr.t('cli.sessionLineDated', { title: s.title, kind, date: s.date }) : tr.t('cli.sessionLine', { title: s.title, kind })}\n`,
      );
      for (const p of s.people) ctx.out(`  ${tr.t('cli.personLine', { name: p.name, role: say(roleMessage(p.role), p.role) })}\n`);
      for (const d of s.documents) ctx.out(`  [${tr.t('cli.documentKind', { kind: d.kind })}] ${d.title}\n`);
    }
  },
};
