import { useCallback, useMemo, useState } from 'react';
import { findAll } from './FindBar';
import type { OffsetRange } from './selectionOffsets';

/** Find over the whole document text: the query, its matches and the current one. */
export function useFind(text: string | null, reveal: (range: OffsetRange) => void) {
  const [state, setState] = useState({ open: false, query: '', index: 0, focusKey: 0 });
  const matches = useMemo(() => (text && state.open ? findAll(text, state.query) : []), [text, state.open, state.query]);
  const current = matches.length ? Math.min(state.index, matches.length - 1) : -1;

  const open = useCallback(() => setState((s) => ({ ...s, open: true, focusKey: s.focusKey + 1 })), []);
  const close = useCallback(() => setState((s) => ({ ...s, open: false })), []);
  const setQuery = useCallback(
    (query: string) => {
      setState((s) => ({ ...s, query, index: 0 }));
      const first = text ? findAll(text, query)[0] : undefined;
      if (first) reveal(first);
    },
    [text, reveal],
  );
  const step = useCallback(
    (dir: 1 | -1) => {
      if (!matches.length) return;
      const index = (current + dir + matches.length) % matches.length;
      setState((s) => ({ ...s, index }));
      reveal(matches[index]!);
    },
    [matches, current, reveal],
  );

  return { isOpen: state.open, query: state.query, focusKey: state.focusKey, matches, current, open, close, setQuery, step };
}
