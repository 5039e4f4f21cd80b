import { useT } from '../../i18n/useT';
import type { StudyData } from '../../study/useStudyData';

export interface MatrixViewProps {
  data: StudyData;
  onOpenInCoding(documentId: string, offset: number): void;
}

/** The matrix view of the Queries tab; the matrix lane (s14-matrix) builds it here. */
export function MatrixView(_props: MatrixViewProps) {
  const { t } = useT();
  return <section className="queries-view" aria-label={t('queries.viewMatrix')} />;
}
