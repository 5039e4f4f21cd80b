import type { Code } from '../../shared/domain/coding';
import type { Translator } from '../../shared/i18n/translator';
import { codeNameParts, isStrongMatch, rankByName, type NameMatch } from '../../shared/text/nameMatch';

/** A code to apply: an existing one, or a new one created in the same step. */
export type CodeChoice = { codeId: string } | { newCode: { name: string; parentId: string | null } };

/** One line of the code palette: an existing code (and why it matched), or a code to create. */
export type PaletteOption =
  | { kind: 'code'; code: Code; match: NameMatch | null }
  | { kind: 'create'; name: string; parentId: string | null; parentPath: string | null };

/** What typing `text` would create: "Parent/Child" puts the new code under an existing code's path. */
export function creation(text: string, codes: readonly Code[], t: Translator['t']): PaletteOption | { problem: string } | null {
  const typed = text.trim();
  if (!typed) return null;
  const parts = typed.split('/').map((p) => p.trim());
  const name = parts.at(-1)!;
  if (!name) return { problem: t('coding.problemNameAfterSlash') };
  if (name.length > 120) return { problem: t('coding.problemNameTooLong', { max: 120 }) };
  if (parts.length === 1) return { kind: 'create', name, parentId: null, parentPath: null };
  const parentPath = parts.slice(0, -1).join('/');
  const parent = codes.find((c) => c.path.toLowerCase() === parentPath.toLowerCase());
  if (!parent) return { problem: t('coding.problemNoParent', { parent: parentPath, name }) };
  if (codes.some((c) => c.parentId === parent.id && c.name.toLowerCase() === name.toLowerCase())) return null;
  return { kind: 'create', name, parentId: parent.id, parentPath: parent.path };
}

/**
 * The palette's lines for what was typed. With nothing typed: codes on number keys (by key), then
 * the recently used, then the rest of the codebook. With a query: the matching codes, best first.
 * An existing code that matches for real always comes before "Create"; Create leads only when
 * nothing matches, or only near misses do, so Enter never makes a duplicate of a code that is there.
 */
export function paletteOptions(
  query: string,
  codes: readonly Code[],
  candidates: readonly Code[],
  keyOf: ReadonlyMap<string, number>,
  recent: readonly string[],
  t: Translator['t'],
): { options: PaletteOption[]; problem: string | null } {
  const typed = query.trim();
  if (!typed) {
    const recentRank = new Map(recent.map((id, i) => [id, i]));
    const rank = (c: Code) => (keyOf.has(c.id) ? keyOf.get(c.id)! : recentRank.has(c.id) ? 10 + recentRank.get(c.id)! : Infinity);
    const ordered = candidates.map((code, i) => ({ code, i })).sort((a, b) => rank(a.code) - rank(b.code) || a.i - b.i);
    return { options: ordered.map(({ code }) => ({ kind: 'code', code, match: null })), problem: null };
  }
  const ranked = rankByName(candidates, typed, codeNameParts);
  const found: PaletteOption[] = ranked.map((r) => ({ kind: 'code', code: r.item, match: r.match }));
  // An exact name typed again (also the code being recoded) is never offered for creation.
  const lower = typed.toLowerCase();
  const exists = codes.some((c) => c.name.toLowerCase() === lower || c.path.toLowerCase() === lower);
  const made = exists ? null : creation(typed, codes, t);
  const create = made && 'kind' in made ? [made] : [];
  const strong = ranked.some((r) => isStrongMatch(r.match));
  return { options: strong ? [...found, ...create] : [...create, ...found], problem: made && 'problem' in made ? made.problem : null };
}
