import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Code } from '../../shared/domain/coding';
import type { MenuItem } from '../ui/Menu';
import { useT } from '../i18n/useT';
import { CodeRow } from './CodeRow';
import type { TreeRow } from './treeRows';
import { useTreeDrag } from './useTreeDrag';

interface CodeTreeProps {
  codes: Code[];
  rows: TreeRow[];
  selectedCodeId: string | null;
  renamingId: string | null;
  onSelect: (id: string) => void;
  onToggle: (id: string, expand: boolean) => void;
  onStartRename: (code: Code) => void;
  onRenamed: (code: Code, name: string | null) => void;
  onDelete: (code: Code) => void;
  onMove: (id: string, parentId: string | null, position: number) => void;
  menuFor: (code: Code) => MenuItem[];
}

/**
 * The codebook as a WAI-ARIA tree (flat rows with aria-level). One row takes Tab focus; arrows move,
 * ←/→ collapse and expand, Enter selects, F2 renames, Delete asks to delete.
 */
export function CodeTree(props: CodeTreeProps) {
  const { codes, rows, selectedCodeId, renamingId } = props;
  const { t } = useT();
  const [focusId, setFocusId] = useState<string | null>(null);
  const rowEls = useRef(new Map<string, HTMLDivElement>());
  const refocus = useRef<string | null>(null);
  const drag = useTreeDrag(codes, props.onMove);

  const current = rows.some((r) => r.code.id === focusId)
    ? focusId
    : rows.some((r) => r.code.id === selectedCodeId)
      ? selectedCodeId
      : (rows[0]?.code.id ?? null);

  // After a rename (or another re-render that replaced the focused row) focus returns to the row.
  useEffect(() => {
    if (refocus.current && renamingId === null) {
      rowEls.current.get(refocus.current)?.focus();
      refocus.current = null;
    }
  });

  const focusRow = (id: string | undefined) => {
    if (!id) return;
    setFocusId(id);
    rowEls.current.get(id)?.focus();
  };

  const onKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (target.getAttribute('role') !== 'treeitem') return;
    const index = rows.findIndex((r) => r.code.id === target.dataset.codeId);
    const row = rows[index];
    if (!row) return;
    const { code } = row;
    switch (event.key) {
      case 'ArrowDown':
        focusRow(rows[index + 1]?.code.id);
        break;
      case 'ArrowUp':
        focusRow(rows[index - 1]?.code.id);
        break;
      case 'Home':
        focusRow(rows[0]?.code.id);
        break;
      case 'End':
        focusRow(rows.at(-1)?.code.id);
        break;
      case 'ArrowRight':
        if (row.hasChildren && !row.expanded) props.onToggle(code.id, true);
        else if (row.expanded) focusRow(rows[index + 1]?.code.id);
        break;
      case 'ArrowLeft':
        if (row.expanded) props.onToggle(code.id, false);
        else focusRow(code.parentId ?? undefined);
        break;
      case 'Enter':
      case ' ':
        props.onSelect(code.id);
        break;
      case 'F2':
        refocus.current = code.id;
        props.onStartRename(code);
        break;
      case 'Delete':
        props.onDelete(code);
        break;
      case 'ContextMenu':
      case 'F10':
        if (event.key === 'F10' && !event.shiftKey) return;
        target.querySelector<HTMLButtonElement>('.code-menu button')?.click();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const siblingsOf = (row: TreeRow) => rows.filter((r) => r.code.parentId === row.code.parentId);
  return (
    <div
      className="code-tree"
      role="tree"
      aria-label={t('common.codes')}
      onKeyDown={onKey}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node)) drag.clear();
      }}
    >
      {rows.map((row) => {
        const siblings = siblingsOf(row);
        return (
          <CodeRow
            key={row.code.id}
            row={row}
            posInSet={siblings.indexOf(row) + 1}
            setSize={siblings.length}
            selected={row.code.id === selectedCodeId}
            current={row.code.id === current}
            renaming={row.code.id === renamingId}
            drop={drag.placeFor(row.code.id)}
            menuItems={props.menuFor(row.code)}
            bindElement={(el) => {
              if (el) rowEls.current.set(row.code.id, el);
              else rowEls.current.delete(row.code.id);
            }}
            onClick={() => {
              setFocusId(row.code.id);
              props.onSelect(row.code.id);
            }}
            onToggle={() => props.onToggle(row.code.id, !row.expanded)}
            onRenamed={(name) => {
              refocus.current = row.code.id;
              props.onRenamed(row.code, name);
            }}
            onDragStart={(e) => drag.start(e, row.code)}
            onDragOver={(e, place) => drag.over(e, row, place)}
            onDrop={(e) => drag.drop(e, row)}
            onDragEnd={drag.end}
          />
        );
      })}
      <div className={`tree-end${drag.atEnd ? ' drop-end' : ''}`} onDragOver={drag.overEnd} onDrop={drag.dropEnd} aria-hidden />
    </div>
  );
}
