import type { MatrixCellQuery } from '../../../shared/domain/matrix';
import { PassageCard } from '../../retrieve/PassageCard';
import { usePeople } from '../../retrieve/useRetrieve';
import { useT } from '../../i18n/useT';
import { useQuery } from '../../ui/useQuery';
import { MATRIX_READS } from './matrixReads';

interface MatrixPassagesProps {
  query: MatrixCellQuery;
  heading: string;
  /** The row code's path: a passage on one of its sub-codes names its own. */
  rootPath: string;
  colors: Map<string, string>;
  onClose(): void;
  onJump(documentId: string, offset: number): void;
}

/** The passages one cell counted, read as the Passages view shows them; each opens where it is coded. */
export function MatrixPassages({ query, heading, rootPath, colors, onClose, onJump }: MatrixPassagesProps) {
  const { t } = useT();
  const people = usePeople();
  const { data, error } = useQuery('queries:matrixCell', query, { kinds: MATRIX_READS });
  return (
    <section className="matrix-passages" aria-label={heading}>
      <header className="matrix-passages-header">
        <h3 className="matrix-passages-title">{heading}</h3>
        <span className="matrix-passages-count" role="status">
          {data ? t('matrix.cellCount', { count: data.passages.length }) : error ? error : t('common.loadingPassages')}
        </span>
        <button type="button" className="button button-small" onClick={onClose}>
          {t('common.close')}
        </button>
      </header>
      <div className="matrix-passages-list">
        {data?.passages.map((p) => (
          <PassageCard
            key={p.codingId}
            passage={p}
            people={people.byId}
            attributes={people.attributes}
            rootPath={rootPath}
            color={colors.get(p.codeId)}
            onJump={() => onJump(p.documentId, p.start)}
          />
        ))}
      </div>
    </section>
  );
}
