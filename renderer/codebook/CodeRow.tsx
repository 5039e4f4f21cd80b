import { useEffect, useRef, useState, type CSSProperties, type DragEvent, type MouseEvent } from 'react';
import { useT } from '../i18n/useT';
import { Highlight } from '../ui/Highlight';
import { MatchWhy } from '../ui/MatchWhy';
import { MenuButton, type MenuItem } from '../ui/Menu';
import { countsOf, type DropPlace, type TreeRow } from './treeRows';

interface CodeRowProps {
  row: TreeRow;
  posInSet: number;
  setSize: number;
  selected: boolean;
  /** The row that takes Tab focus (roving tabindex). */
  current: boolean;
  renaming: boolean;
  drop: DropPlace | null;
  menuItems: MenuItem[];
  bindElement: (el: HTMLDivElement | null) => void;
  onClick: () => void;
  onToggle: () => void;
  onRenamed: (name: string | null) => void;
  onDragStart: (event: DragEvent) => void;
  onDragOver: (event: DragEvent, place: DropPlace) => void;
  onDrop: (event: DragEvent) => void;
  onDragEnd: () => void;
}

/** Which third of the row the pointer is in: the top and bottom quarters reorder, the middle nests. */
function placeAt(event: DragEvent): DropPlace {
  const box = event.currentTarget.getBoundingClientRect();
  const y = (event.clientY - box.top) / box.height;
  return y < 0.28 ? 'before' : y > 0.72 ? 'after' : 'inside';
}

/** One code in the tree: twisty, colour, name, pin key, counts and its menu. */
export function CodeRow({ row, posInSet, setSize, selected, current, renaming, drop, menuItems, bindElement, ...on }: CodeRowProps) {
  const { code, depth, hasChildren, expanded } = row;
  const translator = useT();
  const { t } = translator;
  const counts = countsOf(code, hasChildren, translator);
  const menuSlot = useRef<HTMLSpanElement>(null);

  // The tree is one Tab stop (WAI-ARIA tree pattern): the menu button is reached with the mouse,
  // Shift+F10 or the context-menu key, not by tabbing through every row.
  useEffect(() => {
    const button = menuSlot.current?.querySelector('button');
    if (button) button.tabIndex = -1;
  });

  const openMenu = (event: MouseEvent) => {
    event.preventDefault();
    on.onClick();
    menuSlot.current?.querySelector('button')?.click();
  };

  const className = [
    'code-row',
    selected && 'code-row-selected',
    row.match && 'code-row-match',
    row.context && 'code-row-context',
    drop && `drop-${drop}`,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      ref={bindElement}
      role="treeitem"
      aria-level={depth + 1}
      aria-posinset={posInSet}
      aria-setsize={setSize}
      aria-selected={selected}
      aria-expanded={hasChildren ? expanded : undefined}
      aria-label={code.name}
      aria-description={code.pinned ? t('codebook.rowDescriptionPinned', { counts: counts.long, key: code.pinned }) : counts.long}
      tabIndex={current ? 0 : -1}
      data-code-id={code.id}
      className={className}
      // --depth lets the drop line start where this level's names start.
      style={{ paddingLeft: 6 + depth * 16, '--depth': depth } as CSSProperties}
      draggable={!renaming}
      onClick={on.onClick}
      onContextMenu={openMenu}
      onDragStart={on.onDragStart}
      onDragOver={(e) => on.onDragOver(e, placeAt(e))}
      onDrop={on.onDrop}
      onDragEnd={on.onDragEnd}
    >
      <span
        className={`twisty${hasChildren ? '' : ' twisty-leaf'}`}
        aria-hidden
        onClick={(e) => {
          e.stopPropagation();
          if (hasChildren) on.onToggle();
        }}
      >
        {hasChildren ? (expanded ? '▾' : '▸') : ''}
      </span>
      <span className="swatch" style={{ backgroundColor: code.color }} aria-hidden />
      {renaming ? (
        <RenameInput name={code.name} onDone={on.onRenamed} />
      ) : (
        <span className="code-name" title={code.definition ?? code.path}>
          <Highlight text={code.name} spans={row.match?.spans ?? []} />
        </span>
      )}
      <MatchWhy match={row.match} definition={code.definition} room={0} />
      {code.pinned !== null && (
        <kbd className="pin-badge" title={t('codebook.pinBadgeHint', { key: code.pinned })} aria-hidden>
          {code.pinned}
        </kbd>
      )}
      <span className="code-counts" title={counts.long} aria-hidden>
        <span className={code.totalCodings === 0 ? 'count-zero' : 'count-main'}>{counts.short}</span>
        {code.totalCodings > 0 && (
          <span className="code-reach">
            {' · '}
            {counts.reach}
          </span>
        )}
      </span>
      <span ref={menuSlot} className="code-menu" onClick={(e) => e.stopPropagation()}>
        <MenuButton label={t('common.optionsFor', { name: code.name })} items={menuItems}>
          ⋯
        </MenuButton>
      </span>
    </div>
  );
}

/** Renaming in place: Enter or leaving the field saves, Escape keeps the old name. */
function RenameInput({ name, onDone }: { name: string; onDone: (name: string | null) => void }) {
  const { t } = useT();
  const [value, setValue] = useState(name);
  const done = useRef(false);
  const finish = (result: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(result === null || result.trim() === '' || result.trim() === name ? null : result.trim());
  };
  return (
    <input
      type="text"
      className="rename-input"
      aria-label={t('codebook.renameLabel', { name })}
      value={value}
      maxLength={120}
      // The field replaces the name the user just asked to change; focusing it is what they expect.
      autoFocus
      onFocus={(e) => e.target.select()}
      onClick={(e) => e.stopPropagation()}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') finish(value);
        else if (e.key === 'Escape') {
          e.preventDefault();
          finish(null);
        }
      }}
      onBlur={() => finish(value)}
    />
  );
}
