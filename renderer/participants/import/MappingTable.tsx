import { ATTRIBUTE_TYPES, SCALE_RANGES, type AttributeType, type ScaleKind } from '../../../shared/domain/attributes';
import type { ColumnTarget } from '../../../shared/domain/participantImport';
import type { Attribute } from '../../../shared/domain/study';
import { typeLabel } from '../cellValue';
import { choiceOf, targetOf, withType } from './mappingChoice';

interface MappingTableProps {
  columns: string[];
  mapping: ColumnTarget[];
  attributes: Attribute[];
  onChange: (mapping: ColumnTarget[]) => void;
}

const TYPE_LABELS: Record<AttributeType, string> = { text: 'Text', number: 'Number', category: 'Category', date: 'Date', score: 'Score' };
// Import knows the named scales only; a custom range is defined in the Add attribute dialog first.
const IMPORT_SCALES = Object.keys(SCALE_RANGES) as Exclude<ScaleKind, 'custom'>[];

/** One line per CSV column: where its values go. */
export function MappingTable({ columns, mapping, attributes, onChange }: MappingTableProps) {
  const set = (col: number, target: ColumnTarget) => onChange(mapping.map((m, i) => (i === col ? target : m)));
  return (
    <table className="mapping-table">
      <thead>
        <tr>
          <th scope="col">Column in the file</th>
          <th scope="col">Import as</th>
          <th scope="col">Type of the new attribute</th>
        </tr>
      </thead>
      <tbody>
        {columns.map((header, col) => {
          const target = mapping[col] ?? { kind: 'ignore' };
          const label = header.trim() || `Column ${col + 1}`;
          return (
            <tr key={col} className={target.kind === 'ignore' ? 'mapping-ignored' : ''}>
              <th scope="row" className="mapping-header">
                {label}
              </th>
              <td>
                <select
                  aria-label={`Import column “${label}” as`}
                  value={choiceOf(target)}
                  onChange={(e) => set(col, targetOf(e.target.value, header, col, target))}
                >
                  <option value="ignore">Ignore this column</option>
                  <option value="name">Participant name</option>
                  <option value="notes">Notes</option>
                  {attributes.length > 0 && (
                    <optgroup label="Existing attributes">
                      {attributes.map((a) => (
                        <option key={a.id} value={`attr:${a.id}`}>
                          {a.name} ({typeLabel(a)})
                        </option>
                      ))}
                    </optgroup>
                  )}
                  <option value="new">New attribute “{label.slice(0, 40)}”</option>
                </select>
              </td>
              <td>
                {target.kind === 'newAttribute' && (
                  <span className="mapping-type">
                    <select
                      aria-label={`Type of new attribute “${target.name}”`}
                      value={target.type}
                      onChange={(e) => set(col, withType(target, e.target.value as AttributeType, target.scaleKind))}
                    >
                      {ATTRIBUTE_TYPES.map((t) => (
                        <option key={t} value={t}>
                          {TYPE_LABELS[t]}
                        </option>
                      ))}
                    </select>
                    {target.type === 'score' && (
                      <select
                        aria-label={`Scale of new attribute “${target.name}”`}
                        value={target.scaleKind ?? 'nps'}
                        onChange={(e) => set(col, withType(target, 'score', e.target.value as ScaleKind))}
                      >
                        {IMPORT_SCALES.map((k) => (
                          <option key={k} value={k}>
                            {SCALE_RANGES[k].label}
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
