import { useMemo, useState } from 'react';
import type { MatrixColumns, MatrixCount, MatrixFormat, MatrixQuery } from '../../../shared/domain/matrix';
import type { MessageId } from '../../../shared/i18n/catalogue';
import { useCodes } from '../../codebook/useCodes';
import { useLanguage, useT } from '../../i18n/useT';
import { CodeChecklist } from '../../reports/CodeChecklist';
import type { StudyData } from '../../study/useStudyData';
import { MenuButton } from '../../ui/Menu';
import { useExport } from '../../ui/useExport';
import { useQuery } from '../../ui/useQuery';
import { MatrixPassages } from './MatrixPassages';
import { MatrixTable, type MatrixCellChoice } from './MatrixTable';
import { MATRIX_READS } from './matrixReads';
import '../../reports/reports.css';
import './matrix.css';

export interface MatrixViewProps {
  data: StudyData;
  onOpenInCoding(documentId: string, offset: number): void;
}

/** What the Columns list offers besides the attributes. */
type ColumnChoice = 'sessions' | 'participants' | 'codes' | `attribute:${string}`;

const COUNTS: { value: MatrixCount; label: MessageId }[] = [
  { value: 'codings', label: 'common.codings' },
  { value: 'participants', label: 'common.participants' },
  { value: 'words', label: 'matrix.countWords' },
];

/**
 * Matrix coding: ticked codes (and saved coding queries) as rows against the groups of an attribute, the sessions, the
 * respondents or other codes; each cell counts codings, participants or words and opens the
 * passages it counted. Export writes the same table as CSV or Excel.
 */
export function MatrixView({ data, onOpenInCoding }: MatrixViewProps) {
  const { t } = useT();
  const { locale: language } = useLanguage();
  const { codes } = useCodes();
  const exportVia = useExport();
  const attributes = data.attributes ?? [];
  const [rowIds, setRowIds] = useState<string[]>([]);
  const [columnIds, setColumnIds] = useState<string[]>([]);
  const [savedIds, setSavedIds] = useState<string[]>([]);
  const { data: savedQueries } = useQuery('queries:list', {}, { kinds: ['queries'] });
  const [columnChoice, setColumnChoice] = useState<ColumnChoice | null>(null);
  const [count, setCount] = useState<MatrixCount>('codings');
  const [includeChildren, setIncludeChildren] = useState(true);
  const [includeModerator, setIncludeModerator] = useState(false);
  const [chosen, setChosen] = useState<MatrixCellChoice | null>(null);

  // The first attribute that splits people into groups is the natural first choice (NPS, segment).
  const splitting = attributes.filter((a) => a.type === 'category' || a.type === 'score');
  const choice: ColumnChoice = columnChoice ?? (splitting[0] ? `attribute:${splitting[0].id}` : 'sessions');
  const columns: MatrixColumns | null = choice.startsWith('attribute:')
    ? { by: 'attribute', attributeId: choice.slice('attribute:'.length) }
    : choice === 'codes'
      ? columnIds.length > 0
        ? { by: 'codes', codeIds: columnIds }
        : null
      : { by: choice as 'sessions' | 'participants' };
  // Rows in codebook order, whatever order they were ticked in.
  const order = useMemo(() => new Map((codes ?? []).map((c, i) => [c.id, i])), [codes]);
  const rows = rowIds.filter((id) => order.has(id)).sort((a, b) => order.get(a)! - order.get(b)!);
  const queryRows = (savedQueries ?? []).filter((s) => savedIds.includes(s.id)).map((s) => s.id);
  const hasRows = rows.length + queryRows.length > 0;
  const query: MatrixQuery | null =
    hasRows && columns ? { codeIds: rows, savedQueryIds: queryRows, columns, count, includeChildren, includeModerator, language } : null;
  const { data: matrix, error } = useQuery('queries:matrix', query, { kinds: MATRIX_READS });
  const colors = useMemo(() => new Map((codes ?? []).map((c) => [c.id, c.color])), [codes]);

  const change = (apply: () => void) => {
    apply();
    setChosen(null);
  };
  const exportAs = (format: MatrixFormat) => query && void exportVia('queries:matrixExport', { ...query, format });
  const cell = chosen && matrix && query ? describeCell(matrix, chosen) : null;

  return (
    <section className="queries-view matrix" aria-label={t('queries.viewMatrix')}>
      <aside className={`matrix-side${choice === 'codes' ? ' has-two' : ''}`}>
        <h3 className="matrix-side-heading">{t('matrix.rowsHeading')}</h3>
        <CodeChecklist codes={codes ?? []} selected={rowIds} onChange={(ids) => change(() => setRowIds(ids))} />
        {savedQueries && savedQueries.length > 0 && (
          <>
            <h3 className="matrix-side-heading">{t('matrix.savedQueriesHeading')}</h3>
            <ul className="matrix-saved" aria-label={t('matrix.savedQueriesHeading')}>
              {savedQueries.map((s) => (
                <li key={s.id}>
                  <label className="check-line" title={s.expression}>
                    <input
                      type="checkbox"
                      checked={savedIds.includes(s.id)}
                      onChange={(e) =>
                        change(() => setSavedIds((ids) => (e.target.checked ? [...ids, s.id] : ids.filter((id) => id !== s.id))))
                      }
                    />
                    {s.name}
                  </label>
                </li>
              ))}
            </ul>
          </>
        )}
        {choice === 'codes' && (
          <>
            <h3 className="matrix-side-heading">{t('matrix.columnCodesHeading')}</h3>
            <CodeChecklist codes={codes ?? []} selected={columnIds} onChange={(ids) => change(() => setColumnIds(ids))} />
          </>
        )}
      </aside>
      <div className={`matrix-main${cell ? ' has-cell' : ''}`}>
        <div className="matrix-controls">
          <label className="matrix-control">
            {t('matrix.columnsLabel')}
            <select value={choice} onChange={(e) => change(() => setColumnChoice(e.target.value as ColumnChoice))}>
              {splitting.length > 0 && (
                <optgroup label={t('matrix.attributesGroup')}>
                  {splitting.map((a) => (
                    <option key={a.id} value={`attribute:${a.id}`}>
                      {a.name}
                    </option>
                  ))}
                </optgroup>
              )}
              <option value="sessions">{t('common.sessions')}</option>
              <option value="participants">{t('common.participants')}</option>
              <option value="codes">{t('matrix.columnsCodes')}</option>
            </select>
          </label>
          <label className="matrix-control">
            {t('matrix.countLabel')}
            <select value={count} onChange={(e) => change(() => setCount(e.target.value as MatrixCount))}>
              {COUNTS.map((c) => (
                <option key={c.value} value={c.value}>
                  {t(c.label)}
                </option>
              ))}
            </select>
          </label>
          <label className="check-line">
            <input type="checkbox" checked={includeChildren} onChange={(e) => change(() => setIncludeChildren(e.target.checked))} />
            {t('retrieve.includeSubCodes')}
          </label>
          <label className="check-line">
            <input type="checkbox" checked={includeModerator} onChange={(e) => change(() => setIncludeModerator(e.target.checked))} />
            {t('matrix.includeModerator')}
          </label>
          <MenuButton
            label={t('matrix.exportTitle')}
            className="button button-small matrix-export"
            disabled={!matrix || matrix.columns.length === 0}
            items={[
              { label: t('retrieve.exportCsv'), onSelect: () => exportAs('csv') },
              { label: t('retrieve.exportXlsx'), onSelect: () => exportAs('xlsx') },
            ]}
          >
            {t('common.exportMenu')}
          </MenuButton>
        </div>
        {!hasRows ? (
          <p className="matrix-hint">{t('matrix.chooseRows')}</p>
        ) : !columns ? (
          <p className="matrix-hint">{t('matrix.chooseColumnCodes')}</p>
        ) : error ? (
          <p className="matrix-hint" role="alert">
            {error}
          </p>
        ) : !matrix ? (
          <p className="matrix-hint">{t('common.loading')}</p>
        ) : matrix.columns.length === 0 ? (
          <p className="matrix-hint">{t('matrix.noColumns')}</p>
        ) : (
          <MatrixTable matrix={matrix} chosen={chosen} onChoose={setChosen} />
        )}
        {cell && query && chosen && (
          <MatrixPassages
            query={{ ...query, ...chosen }}
            heading={t('matrix.cellHeading', { row: cell.row, column: cell.column })}
            rootPath={cell.row}
            colors={colors}
            onClose={() => setChosen(null)}
            onJump={onOpenInCoding}
          />
        )}
      </div>
    </section>
  );
}

/** The row's path and the column's name of a chosen cell, or null once the matrix no longer has it. */
function describeCell(
  matrix: { rows: { id: string; path: string }[]; columns: { key: string; label: string }[] },
  chosen: MatrixCellChoice,
) {
  const row = matrix.rows.find((r) => r.id === chosen.rowId);
  const column = matrix.columns.find((c) => c.key === chosen.columnKey);
  return row && column ? { row: row.path, column: column.label } : null;
}
