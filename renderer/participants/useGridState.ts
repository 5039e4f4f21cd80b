import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

/** A cell by participant id and column key, so it stays put when rows are added or filtered. */
export interface CellRef {
  row: string;
  col: string;
}

interface GridOptions {
  rows: string[];
  cols: string[];
  /** Which columns hold an inline editor (the others open something on Enter). */
  editable: (col: string) => boolean;
  /** The text an editor on this cell starts from. */
  initialText: (cell: CellRef) => string;
  /** Saves the edited text; resolves to an error message, or null when saved (or unchanged). */
  save: (cell: CellRef, text: string) => Promise<string | null>;
  /** Enter on a cell that is not edited inline (sessions, delete). */
  activate: (cell: CellRef) => void;
  gridRef: RefObject<HTMLElement | null>;
}

type Move = 'down' | 'right' | 'left' | 'stay';

const sameCell = (a: CellRef | null, b: CellRef | null) => a !== null && b !== null && a.row === b.row && a.col === b.col;

/**
 * Spreadsheet-style keyboard behaviour for the participants grid: arrows move, Enter/F2 or typing
 * starts editing, Enter saves and moves down, Tab saves and moves right, Escape cancels. A value the
 * backend refuses keeps the editor open with the message beside it, so nothing wrong is saved.
 */
export function useGridState({ rows, cols, editable, initialText, save, activate, gridRef }: GridOptions) {
  const [active, setActive] = useState<CellRef | null>(null);
  const [editing, setEditing] = useState<(CellRef & { text: string }) | null>(null);
  const [error, setError] = useState<(CellRef & { message: string }) | null>(null);
  const [saving, setSaving] = useState(false);
  // A request to move focus to a cell; a fresh object each time so asking twice still moves it.
  const [focusTarget, setFocusTarget] = useState<{ cell: CellRef } | null>(null);
  const committing = useRef(false);

  // Moving focus waits until the cell is rendered (it may have just replaced an editor). Only an
  // explicit request moves it, never a mere change of the active cell, or it would steal focus
  // from an editor that just opened.
  useEffect(() => {
    if (!focusTarget) return;
    const { row, col } = focusTarget.cell;
    gridRef.current?.querySelector<HTMLElement>(`[data-cell="${CSS.escape(`${row}|${col}`)}"]`)?.focus();
  }, [focusTarget, gridRef]);

  const focusCell = useCallback((cell: CellRef) => {
    setActive(cell);
    setFocusTarget({ cell });
  }, []);

  const neighbour = useCallback(
    (cell: CellRef, dRow: number, dCol: number): CellRef => {
      const r = Math.min(rows.length - 1, Math.max(0, rows.indexOf(cell.row) + dRow));
      const c = Math.min(cols.length - 1, Math.max(0, cols.indexOf(cell.col) + dCol));
      return { row: rows[r] ?? cell.row, col: cols[c] ?? cell.col };
    },
    [rows, cols],
  );

  const startEdit = useCallback(
    (cell: CellRef, text?: string) => {
      if (!editable(cell.col)) return;
      setError(null);
      setActive(cell);
      setEditing({ ...cell, text: text ?? initialText(cell) });
    },
    [editable, initialText],
  );

  const cancelEdit = useCallback(() => {
    if (editing) focusCell(editing);
    setEditing(null);
    setError(null);
  }, [editing, focusCell]);

  const commit = useCallback(
    async (move: Move) => {
      if (!editing || committing.current) return;
      committing.current = true;
      setSaving(true);
      let problem: string | null;
      try {
        problem = await save(editing, editing.text);
      } catch (e) {
        // A save that throws (a lost connection) must not leave the editor read-only for good.
        problem = e instanceof Error ? e.message : String(e);
      } finally {
        setSaving(false);
        committing.current = false;
      }
      if (problem) {
        setError({ row: editing.row, col: editing.col, message: problem });
        return;
      }
      setEditing(null);
      setError(null);
      if (move === 'stay') return;
      focusCell(neighbour(editing, move === 'down' ? 1 : 0, move === 'right' ? 1 : move === 'left' ? -1 : 0));
    },
    [editing, save, focusCell, neighbour],
  );

  const setText = useCallback((text: string) => setEditing((e) => (e ? { ...e, text } : e)), []);

  /** Keys pressed while an editor has focus. */
  const onEditorKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void commit('down');
    } else if (event.key === 'Tab') {
      event.preventDefault();
      void commit(event.shiftKey ? 'left' : 'right');
    } else if (event.key === 'Escape') {
      // Also keeps the Escape from closing anything around the grid.
      event.preventDefault();
      event.stopPropagation();
      cancelEdit();
    }
  };

  /** Keys pressed on a focused cell (not editing). */
  const onCellKey = (event: KeyboardEvent, cell: CellRef) => {
    const moves: Record<string, [number, number]> = { ArrowDown: [1, 0], ArrowUp: [-1, 0], ArrowRight: [0, 1], ArrowLeft: [0, -1] };
    const delta = moves[event.key];
    if (delta) {
      event.preventDefault();
      focusCell(neighbour(cell, delta[0], delta[1]));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      focusCell({
        row: event.ctrlKey ? (event.key === 'Home' ? rows[0]! : rows.at(-1)!) : cell.row,
        col: event.key === 'Home' ? cols[0]! : cols.at(-1)!,
      });
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      if (editable(cell.col)) startEdit(cell);
      else activate(cell);
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && editable(cell.col)) {
      // Typing on a cell replaces its value, as in a spreadsheet.
      event.preventDefault();
      startEdit(cell, event.key === ' ' ? initialText(cell) : event.key);
    }
  };

  // The roving tab stop: the active cell, or the first one when the active row was filtered away or deleted.
  const tabStop: CellRef | null =
    active && rows.includes(active.row) && cols.includes(active.col) ? active : rows[0] && cols[0] ? { row: rows[0], col: cols[0] } : null;
  const isActive = (cell: CellRef) => sameCell(tabStop, cell);
  const editorOf = (cell: CellRef) => (sameCell(editing, cell) ? editing : null);
  const errorOf = (cell: CellRef) => (sameCell(error, cell) ? error!.message : null);

  return {
    active,
    setActive,
    focusCell,
    startEdit,
    cancelEdit,
    commit,
    setText,
    saving,
    onEditorKey,
    onCellKey,
    isActive,
    editorOf,
    errorOf,
    committing,
  };
}

export type GridState = ReturnType<typeof useGridState>;
