import { ATTRIBUTE_TYPES, SCALE_RANGES, type AttributeType, type ScaleKind } from '../../../shared/domain/attributes';
import type { ColumnTarget } from '../../../shared/domain/participantImport';
import type { Attribute } from '../../../shared/domain/study';
import type { MessageId } from '../../../shared/i18n/catalogue';
import { useT } from '../../i18n/useT';
import { typeLabel } from '../cellValue';
import { choiceOf, targetOf, withType } from './mappingChoice';

interface MappingTableProps {
  columns: string[];
  mapping: ColumnTarget[];
  attributes: Attribute[];
  onChange: (mapping: ColumnTarget[]) => void;
}

const TYPE_LABELS: Record<AttributeType, MessageId> = {
  text: 'common.text',
  number: 'participants.typeNumber',
  category: 'participants.typeCategory',
  date: 'common.date',
  score: 'participants.importTypeScore',
};
const SCALE_LABELS: Record<Exclude<ScaleKind, 'custom'>, MessageId> = {
  nps: 'participants.scaleNps',
  csat: 'participants.scaleCsat',
  ces: 'participants.scaleCes',
};
// Import knows the named scales only; a custom range is defined in the Add attribute dialog first.
const IMPORT_SCALES = Object.keys(SCALE_RANGES) as Exclude<ScaleKind, 'custom'>[];

/** One line per CSV column: where its values go. */
export function MappingTable({ columns, mapping, attributes, onChange }: MappingTableProps) {
  const tr = useT();
  const { t } = tr;
  const set = (col: number, target: ColumnTarget) => onChange(mapping.map((m, i) => (i === col ? target : m)));
  return (
    <table className="mapping-table">
      <thead>
        <tr>
          <th scope="col">{t('participants.importColFile')}</th>
          <th scope="col">{t('participants.importColAs')}</th>
          <th scope="col">{t('participants.importColType')}</th>
        </tr>
      </thead>
      <tbody>
        {columns.map((header, col) => {
          const target = mapping[col] ?? { kind: 'ignore' };
          const label = header.trim() || t('participants.importColumnN', { n: col + 1 });
          return (
            <tr key={col} className={target.kind === 'ignore' ? 'mapping-ignored' : ''}>
              <th scope="row" className="mapping-header">
                {label}
              </th>
              <td>
                <select
                  aria-label={t('participants.importColumnAs', { label })}
                  value={choiceOf(target)}
                  onChange={(e) => set(col, targetOf(e.target.value, header, col, target))}
                >
                  <option value="ignore">{t('participants.importIgnore')}</option>
                  <option value="name">{t('participants.importAsName')}</option>
                  <option value="notes">{t('common.notesField')}</option>
                  {attributes.length > 0 && (
                    <optgroup label={t('participants.importExistingAttributes')}>
                      {attributes.map((a) => (
                        <option key={a.id} value={`attr:${a.id}`}>
                          {t('participants.importAttributeWithType', { name: a.name, type: typeLabel(a, tr) })}
                        </option>
                      ))}
                    </optgroup>
                  )}
                  <option value="new">{t('participants.importNewAttribute', { label: label.slice(0, 40) })}</option>
                </select>
              </td>
              <td>
                {target.kind === 'newAttribute' && (
                  <span className="mapping-type">
                    <select
                      aria-label={t('participants.importTypeOf', { name: target.name })}
                      value={target.type}
                      onChange={(e) => set(col, withType(target, e.target.value as AttributeType, target.scaleKind))}
                    >
                      {ATTRIBUTE_TYPES.map((type) => (
                        <option key={type} value={type}>
                          {t(TYPE_LABELS[type])}
                        </option>
                      ))}
                    </select>
                    {target.type === 'score' && (
                      <select
                        aria-label={t('participants.importScaleOf', { name: target.name })}
                        value={target.scaleKind ?? 'nps'}
                        onChange={(e) => set(col, withType(target, 'score', e.target.value as ScaleKind))}
                      >
                        {IMPORT_SCALES.map((k) => (
                          <option key={k} value={k}>
                            {t(SCALE_LABELS[k])}
                          </option>
                        ))}
                      </select>
                    )}
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
