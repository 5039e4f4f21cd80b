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
  // One pass over the codings: each code's own count, the codings by document, the highest turn.
  const own = new Map<string, number>();
  const byDoc = new Map<string, ReportCoding[]>();
  let maxTurn = 0;
  for (const c of codings) {
    own.set(c.codeId, (own.get(c.codeId) ?? 0) + 1);
    const list = byDoc.get(c.documentId);
    if (list) list.push(c);
    else byDoc.set(c.documentId, [c]);
    for (const t of c.turns) if (t > maxTurn) maxTurn = t;
  }
  const chosen = themes
    .filter((t) => (own.get(t.codeId) ?? 0) > 0)
    .sort((a, b) => (own.get(b.codeId) ?? 0) - (own.get(a.codeId) ?? 0))
    .slice(0, MAX_COOCCURRENCE_CODES);
  const order = new Map(themes.map((t, i) => [t.codeId, i]));
  chosen.sort((a, b) => order.get(a.codeId)! - order.get(b.codeId)!);
  const index = new Map(chosen.map((t, i) => [t.codeId, i]));
  const k = chosen.length;

  // Turns coded with each code: the turn numbers are dense study-wide indexes, so each code's
  // turns are a bitset and a pair of codes costs one AND and a bit count per 32 turns.
  const words = (maxTurn >>> 5) + 1;
  const bits = Array.from({ length: k }, () => new Uint32Array(words));
  // Overlaps: sweep each document's codings by start, keeping the ones still open. The open ones
  // live in two reused number arrays and the counts in one flat matrix: a new array per coding
  // (100,000 of them) was the bulk of this table's time.
  const overlaps = new Int32Array(k * k);
  const openEnd: number[] = [];
  const openCode: number[] = [];
  for (const list of byDoc.values()) {
    list.sort((a, b) => a.start - b.start);
    let open = 0;
    for (const c of list) {
      const i = index.get(c.codeId);
      if (i === undefined) continue; // not among the codes shown
      const b = bits[i]!;
      for (const t of c.turns) b[t >>> 5]! |= 1 << (t & 31);
      let kept = 0;
      for (let r = 0; r < open; r++)
        if (openEnd[r]! > c.start) {
          openEnd[kept] = openEnd[r]!;
          openCode[kept++] = openCode[r]!;
        }
      open = kept;
      for (let r = 0; r < open; r++) {
        const j = openCode[r]!;
        if (i === j) continue;
        overlaps[i * k + j]!++;
        overlaps[j * k + i]!++;
      }
      openEnd[open] = c.end;
      openCode[open++] = i;
    }
  }
  const turnCount = bits.map((b) => b.reduce((sum, w) => sum + popcount(w), 0));
  const cells: CooccurrenceCell[][] = Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => ({ overlaps: overlaps[i * k + j]!, sameTurn: 0, jaccard: 0 })),
  );
  for (let i = 0; i < k; i++)
    for (let j = i + 1; j < k; j++) {
      const a = bits[i]!;
      const b = bits[j]!;
      let both = 0;
      for (let w = 0; w < words; w++) both += popcount(a[w]! & b[w]!);
      const either = turnCount[i]! + turnCount[j]! - both;
      const jaccard = either === 0 ? 0 : Math.round((both / either) * 1000) / 1000;
      cells[i]![j]!.sameTurn = cells[j]![i]!.sameTurn = both;
      cells[i]![j]!.jaccard = cells[j]![i]!.jaccard = jaccard;
    }
  return { codes: chosen.map((t, i) => ({ codeId: t.codeId, code: t.code, turns: turnCount[i]! })), cells };
}

/** Set bits of a 32-bit word. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
