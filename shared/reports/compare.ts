import type { ReportResult } from './result';
import { flattenThemes } from './themes';

/** How one theme moved between two snapshots (by code path, so a renamed code shows as gone + new). */
export interface ThemeDelta {
  code: string;
  status: 'both' | 'added' | 'removed';
  before: { codings: number; participants: number; share: number | null } | null;
  after: { codings: number; participants: number; share: number | null } | null;
  codingsDelta: number;
  participantsDelta: number;
  /** Change in the share of participants, in percentage points. */
  sharePts: number | null;
}

/** Per-theme deltas from `before` to `after`, in the later report's order, removed themes last. */
export function compareReports(
  before: ReportResult,
  after: ReportResult,
): { participantsInScope: { before: number; after: number }; themes: ThemeDelta[] } {
  const pick = (t: ReturnType<typeof flattenThemes>[number]) => ({
    codings: t.codings,
    participants: t.participants,
    share: t.share.share,
  });
  const old = new Map(flattenThemes(before.themes).map((t) => [t.code, pick(t)]));
  const themes: ThemeDelta[] = [];
  for (const t of flattenThemes(after.themes)) {
    const b = old.get(t.code) ?? null;
    old.delete(t.code);
    const a = pick(t);
    themes.push({
      code: t.code,
      status: b ? 'both' : 'added',
      before: b,
      after: a,
      codingsDelta: a.codings - (b?.codings ?? 0),
      participantsDelta: a.participants - (b?.participants ?? 0),
      sharePts: a.share === null || b === null || b.share === null ? null : Math.round((a.share - b.share) * 1000) / 10,
    });
  }
  for (const [code, b] of old)
    themes.push({
      code,
      status: 'removed',
      before: b,
      after: null,
      codingsDelta: -b.codings,
      participantsDelta: -b.participants,
      sharePts: null,
    });
  return { participantsInScope: { before: before.participantsInScope, after: after.participantsInScope }, themes };
}
