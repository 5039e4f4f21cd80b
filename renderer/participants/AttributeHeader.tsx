import type { Attribute } from '../../shared/domain/study';
import { MenuButton } from '../ui/Menu';
import { SortHeader, type SortState } from '../ui/useSort';
import { useT } from '../i18n/useT';
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
  const translator = useT();
  const { t } = translator;
  return (
    <SortHeader
      column={attribute.id}
      sort={sort}
      onSort={onSort}
      className={isNumeric(attribute) ? 'attr-header num' : 'attr-header'}
      extra={
        <MenuButton
          label={t('common.optionsFor', { name: attribute.name })}
          className="icon-button header-menu-button"
          items={[
            {
              label: attribute.type === 'category' ? t('participants.renameOrEditValues') : t('participants.rename'),
              onSelect: () => onEdit(attribute),
            },
            { label: t('participants.deleteAttributeMenu'), onSelect: () => onDelete(attribute), danger: true },
          ]}
        >
          ⋯
        </MenuButton>
      }
    >
      <span className="attr-header-text">
        <span className="attr-name">{attribute.name}</span>
        <span className="attr-type">{typeLabel(attribute, translator)}</span>
      </span>
    </SortHeader>
  );
}
