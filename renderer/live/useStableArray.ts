import { useState } from 'react';

const sameItems = <T>(a: readonly T[], b: readonly T[]) => a === b || (a.length === b.length && a.every((item, i) => item === b[i]));

/** The previous array when `next` holds the same items in the same order (so memoized children skip). */
export function useStableArray<T>(next: readonly T[]): readonly T[] {
  const [stable, setStable] = useState(next);
  if (sameItems(stable, next)) return stable;
  // Adjusting state while rendering (React's "storing information from previous renders").
  setStable(next);
  return next;
}
