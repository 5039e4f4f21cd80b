/** Which code each number key 1–9 applies (pure). */

export interface KeySlot {
  key: number;
  codeId: string;
}

/**
 * The codes pinned to number keys, by key. Only the user moves a key: number-key coding is muscle
 * memory, so a key never changes its code because other codes were used lately (see recentOffers).
 */
export function assignNumberKeys(codes: readonly { id: string; pinned: number | null }[]): KeySlot[] {
  const slots = new Map<number, KeySlot>();
  for (const code of codes) {
    if (code.pinned === null || code.pinned < 1 || code.pinned > 9 || slots.has(code.pinned)) continue;
    slots.set(code.pinned, { key: code.pinned, codeId: code.id });
  }
  return [...slots.values()].sort((a, b) => a.key - b.key);
}

/** Recently used codes offered beside the keys (most recent first): still there, and not on a key. */
export function recentOffers(codes: readonly { id: string }[], slots: readonly KeySlot[], recent: readonly string[], max = 4): string[] {
  const exists = new Set(codes.map((c) => c.id));
  const onKey = new Set(slots.map((s) => s.codeId));
  const out: string[] = [];
  for (const id of recent) {
    if (out.length >= max) break;
    if (exists.has(id) && !onKey.has(id) && !out.includes(id)) out.push(id);
  }
  return out;
}

/** Puts a code at the front of the recently-used list (kept short). */
export function touchRecent(recent: readonly string[], codeId: string, max = 20): string[] {
  return [codeId, ...recent.filter((id) => id !== codeId)].slice(0, max);
}

/**
 * The recently used codes of a document: the codes of its codings, newest coding first (a tie keeps
 * list order). One pass over the codings and a sort of the codes, not of the codings: this runs on
 * every keypress of a 3,000-coding transcript.
 */
export function recentFromCodings(codings: readonly { codeId: string; createdAt: string }[], max = 20): string[] {
  const newest = new Map<string, { at: string; index: number }>();
  codings.forEach((c, index) => {
    const seen = newest.get(c.codeId);
    if (!seen || c.createdAt > seen.at) newest.set(c.codeId, { at: c.createdAt, index });
  });
  return [...newest]
    .sort(([, a], [, b]) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.index - b.index))
    .slice(0, max)
    .map(([codeId]) => codeId);
}
