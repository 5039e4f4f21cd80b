import type { Attribute } from '../../shared/domain/study';
import { MenuButton } from '../ui/Menu';
import { SortHeader, type SortState } from '../ui/useSort';
import { isNumeric, typeLabel } from './cellValue';

interface AttributeHeaderProps {
  attribute: Attribute;
  onEdit: (a: Attribute) => void;
  onDelete: (a: Attribute) => void;
  sort: SortState | null;
  onSort: (column: string) => void;
}

/** A column header: the attribute's name, what it accepts (both sort the column), and a menu to rename or delete it. */
export function AttributeHeader({ attribute, onEdit, onDelete, sort, onSort }: AttributeHeaderProps) {
  return (
    <SortHeader
      column={attribute.id}
      sort={sort}
      onSort={onSort}
      className={isNumeric(attribute) ? 'attr-header num' : 'attr-header'}
      extra={
        <MenuButton
          label={`Options for ${attribute.name}`}
          className="icon-button header-menu-button"
          items={[
            { label: attribute.type === 'category' ? 'Rename or edit values…' : 'Rename…', onSelect: () => onEdit(attribute) },
            { label: 'Delete attribute…', onSelect: () => onDelete(attribute), danger: true },
          ]}
        >
          ⋯
        </MenuButton>
      }
    >
      <span className="attr-header-text">
        <span className="attr-name">{attribute.name}</span>
        <span className="attr-type">{typeLabel(attribute)}</span>
      </span>
    </SortHeader>
  );
}
