import type { Attribute } from '../../shared/domain/study';
import { MenuButton } from '../ui/Menu';
import { isNumeric, typeLabel } from './cellValue';

interface AttributeHeaderProps {
  attribute: Attribute;
  onEdit: (a: Attribute) => void;
  onDelete: (a: Attribute) => void;
}

/** A column header: the attribute's name, what it accepts, and a menu to rename or delete it. */
export function AttributeHeader({ attribute, onEdit, onDelete }: AttributeHeaderProps) {
  return (
    <th scope="col" className={isNumeric(attribute) ? 'attr-header num' : 'attr-header'}>
      <div className="attr-header-inner">
        <span className="attr-header-text">
          <span className="attr-name">{attribute.name}</span>
          <span className="attr-type">{typeLabel(attribute)}</span>
        </span>
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
      </div>
    </th>
  );
}
