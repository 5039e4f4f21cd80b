/** Which code each number key 1–9 applies (pure). */

export interface KeySlot {
  key: number;
  codeId: string;
  /** True when the code is pinned to this key; false when it fills a free key as a recently used code. */
  pinned: boolean;
}

/**
 * Pinned codes keep their number. Numbers nobody pinned go, lowest first, to the most recently used
 * codes (most recent first) that are not pinned and still exist.
 */
export function assignNumberKeys(codes: readonly { id: string; pinned: number | null }[], recent: readonly string[]): KeySlot[] {
  const slots = new Map<number, KeySlot>();
  const placed = new Set<string>();
  for (const code of codes) {
    if (code.pinned === null || code.pinned < 1 || code.pinned > 9 || slots.has(code.pinned)) continue;
    slots.set(code.pinned, { key: code.pinned, codeId: code.id, pinned: true });
    placed.add(code.id);
  }
  const exists = new Set(codes.map((c) => c.id));
  const free = [1, 2, 3, 4, 5, 6, 7, 8, 9].filter((k) => !slots.has(k));
  for (const id of recent) {
    if (free.length === 0) break;
    if (placed.has(id) || !exists.has(id)) continue;
    const key = free.shift()!;
    slots.set(key, { key, codeId: id, pinned: false });
    placed.add(id);
  }
  return [...slots.values()].sort((a, b) => a.key - b.key);
}

/** Puts a code at the front of the recently-used list (kept short). */
export function touchRecent(recent: readonly string[], codeId: string, max = 20): string[] {
  return [codeId, ...recent.filter((id) => id !== codeId)].slice(0, max);
}

/** The recently used codes of a document: the codes of its codings, newest coding first. */
export function recentFromCodings(codings: readonly { codeId: string; createdAt: string }[], max = 20): string[] {
  const sorted = [...codings].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  const out: string[] = [];
  for (const c of sorted) {
    if (!out.includes(c.codeId)) out.push(c.codeId);
    if (out.length >= max) break;
  }
  return out;
}
