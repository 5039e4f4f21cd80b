import { useRef, useState, type DragEvent } from 'react';
import type { Code } from '../../shared/domain/coding';
import { moveTarget, type DropPlace, type TreeRow } from './treeRows';

/** The MIME type the coding view accepts to code a text selection with a dragged code. */
export const CODE_DRAG_TYPE = 'application/x-verbatim-code';

type Move = (id: string, parentId: string | null, position: number) => void;

/**
 * Drag and drop inside the codebook: a drop on a row's middle makes the code its child, on its top or
 * bottom edge puts it before or after. The dragged id is kept here because `dataTransfer` cannot be
 * read during dragover; a drag that did not start in this tree (a file, text) is ignored.
 */
export function useTreeDrag(codes: Code[], onMove: Move) {
  const dragged = useRef<string | null>(null);
  const [indicator, setIndicator] = useState<{ id: string; place: DropPlace } | 'end' | null>(null);

  const start = (event: DragEvent, code: Code) => {
    dragged.current = code.id;
    event.dataTransfer.setData(CODE_DRAG_TYPE, code.id);
    event.dataTransfer.setData('text/plain', code.path);
    event.dataTransfer.effectAllowed = 'copyMove';
  };

  const over = (event: DragEvent, row: TreeRow, place: DropPlace) => {
    const id = dragged.current;
    if (!id || !moveTarget(codes, id, row, place)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (indicator === null || indicator === 'end' || indicator.id !== row.code.id || indicator.place !== place)
      setIndicator({ id: row.code.id, place });
  };

  const drop = (event: DragEvent, row: TreeRow) => {
    const id = dragged.current;
    if (!id || indicator === null || indicator === 'end') return;
    event.preventDefault();
    const target = moveTarget(codes, id, row, indicator.place);
    end();
    if (target) onMove(id, target.parentId, target.position);
  };

  /** The empty space below the last row: the end of the top level. */
  const overEnd = (event: DragEvent) => {
    if (!dragged.current) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (indicator !== 'end') setIndicator('end');
  };
  const dropEnd = (event: DragEvent) => {
    const id = dragged.current;
    if (!id) return;
    event.preventDefault();
    end();
    onMove(id, null, codes.filter((c) => c.parentId === null && c.id !== id).length);
  };

  const end = () => {
    dragged.current = null;
    setIndicator(null);
  };

  const placeFor = (id: string): DropPlace | null =>
    indicator !== null && indicator !== 'end' && indicator.id === id ? indicator.place : null;
  return { start, over, drop, overEnd, dropEnd, end, placeFor, atEnd: indicator === 'end', clear: () => setIndicator(null) };
}
