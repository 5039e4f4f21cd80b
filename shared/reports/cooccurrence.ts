import type { ReportCoding } from './data';
import type { Cooccurrence, CooccurrenceCell, ThemeSummary } from './result';

/** The matrix stays readable (and cheap) with this many codes; the most-used codes are kept. */
export const MAX_COOCCURRENCE_CODES = 30;

/**
 * Codes × codes: pairs of overlapping codings in the same document, and turns coded with both
 * (with Jaccard = both ÷ either over turns). Each code counts its own codings (no roll-up), so a
 * parent and its child are not trivially "co-occurring".
 */
export function buildCooccurrence(themes: ThemeSummary[], codings: readonly ReportCoding[]): Cooccurrence {
  const own = new Map<string, number>();
  for (const c of codings) own.set(c.codeId, (own.get(c.codeId) ?? 0) + 1);
  const chosen = themes
    .filter((t) => (own.get(t.codeId) ?? 0) > 0)
    .sort((a, b) => (own.get(b.codeId) ?? 0) - (own.get(a.codeId) ?? 0))
    .slice(0, MAX_COOCCURRENCE_CODES);
  const order = new Map(themes.map((t, i) => [t.codeId, i]));
  chosen.sort((a, b) => order.get(a.codeId)! - order.get(b.codeId)!);
  const index = new Map(chosen.map((t, i) => [t.codeId, i]));
  const k = chosen.length;
  const cells: CooccurrenceCell[][] = Array.from({ length: k }, () => Array.from({ length: k }, () => ({ overlaps: 0, sameTurn: 0, jaccard: 0 })));

  // Overlaps: sweep each document's codings by start, keeping the ones still open.
  const byDoc = new Map<string, ReportCoding[]>();
  const turnsOf: Set<number>[] = Array.from({ length: k }, () => new Set());
  for (const c of codings) {
    const i = index.get(c.codeId);
    if (i === undefined) continue;
    const list = byDoc.get(c.documentId);
    if (list) list.push(c);
    else byDoc.set(c.documentId, [c]);
    for (const t of c.turns) turnsOf[i]!.add(t);
  }
  for (const list of byDoc.values()) {
    list.sort((a, b) => a.start - b.start);
    let open: ReportCoding[] = [];
    for (const c of list) {
      open = open.filter((o) => o.end > c.start);
      const i = index.get(c.codeId)!;
      for (const o of open) {
        const j = index.get(o.codeId)!;
        if (i === j) continue;
        cells[i]![j]!.overlaps++;
        cells[j]![i]!.overlaps++;
      }
      open.push(c);
    }
  }
  for (let i = 0; i < k; i++)
    for (let j = i + 1; j < k; j++) {
      const [small, big] = turnsOf[i]!.size <= turnsOf[j]!.size ? [turnsOf[i]!, turnsOf[j]!] : [turnsOf[j]!, turnsOf[i]!];
      let both = 0;
      for (const t of small) if (big.has(t)) both++;
      const either = turnsOf[i]!.size + turnsOf[j]!.size - both;
      const jaccard = either === 0 ? 0 : Math.round((both / either) * 1000) / 1000;
      cells[i]![j] = { ...cells[i]![j]!, sameTurn: both, jaccard };
      cells[j]![i] = { ...cells[j]![i]!, sameTurn: both, jaccard };
    }
  return { codes: chosen.map((t, i) => ({ codeId: t.codeId, code: t.code, turns: turnsOf[i]!.size })), cells };
}
