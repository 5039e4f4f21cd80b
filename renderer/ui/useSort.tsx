import { useMemo, useState, type ReactNode } from 'react';
import { useT } from '../i18n/useT';

/** A sort: which column, and which way. */
export interface SortState {
  column: string;
  direction: 'ascending' | 'descending';
}

/** How to compare two rows by one column; blanks (null, '') always go last, whichever the direction. */
export type SortKey<T> = (row: T) => string | number | null;

/** Numbers by value; text as the UI's language orders names (`compare` of useT()). */
function compareValues(a: string | number | null, b: string | number | null, compareText: (x: string, y: string) => number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareText(String(a), String(b));
}

const blank = (v: string | number | null) => v === null || v === '';

/**
 * Rows sorted by a column the user picks; clicking the sorted column again turns the direction.
 * `tieBreak` orders rows that compare equal (and every row while nothing is chosen), so a new row
 * lands where a reload would put it.
 */
export function useSort<T>(
  rows: readonly T[],
  keys: Record<string, SortKey<T>>,
  initial: SortState | null,
  tieBreak: (a: T, b: T) => number,
) {
  const [sort, setSort] = useState<SortState | null>(initial);
  const { compare } = useT();
  const sorted = useMemo(() => {
    const key = sort ? keys[sort.column] : undefined;
    const sign = sort?.direction === 'descending' ? -1 : 1;
    return [...rows].sort((x, y) => {
      if (key) {
        const [a, b] = [key(x), key(y)];
        if (blank(a) !== blank(b)) return blank(a) ? 1 : -1;
        const c = blank(a) ? 0 : compareValues(a, b, compare);
        if (c !== 0) return sign * c;
      }
      return tieBreak(x, y);
    });
    // `keys` is a fresh object each render; what it sorts by is named by `sort`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows, sort, tieBreak, compare]);
  const toggle = (column: string) =>
    setSort((s) => ({ column, direction: s?.column === column && s.direction === 'ascending' ? 'descending' : 'ascending' }));
  return { sorted, sort, toggle };
}

interface SortHeaderProps {
  column: string;
  sort: SortState | null;
  onSort: (column: string) => void;
  className?: string;
  /** What the header says (the button's name). */
  children: ReactNode;
  /** Shown beside the sort button, outside it (e.g. a column's menu). */
  extra?: ReactNode;
}

/**
 * A column header that sorts: a button inside the `<th>` (so Tab reaches it and Enter or Space
 * sorts), with `aria-sort` on the header for screen readers and an arrow for everyone else.
 */
export function SortHeader({ column, sort, onSort, className, children, extra }: SortHeaderProps) {
  const direction = sort?.column === column ? sort.direction : undefined;
  const button = (
    <button type="button" className="sort-button" onClick={() => onSort(column)}>
      {children}
      <span className="sort-arrow" aria-hidden="true">
        {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
      </span>
    </button>
  );
  return (
    <th scope="col" className={className} aria-sort={direction ?? 'none'}>
      {extra ? (
        <div className="sort-header">
          {button}
          {extra}
        </div>
      ) : (
        button
      )}
    </th>
  );
}
