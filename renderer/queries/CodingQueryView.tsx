import { useT } from '../i18n/useT';
import type { StudyData } from '../study/useStudyData';

export interface CodingQueryViewProps {
  data: StudyData;
  onOpenInCoding(documentId: string, offset: number): void;
}

/** The coding query view: an expression over codes, restrictions, Run, and the passages found. */
export function CodingQueryView(_props: CodingQueryViewProps) {
  const { t } = useT();
  return <section className="queries-view" aria-label={t('queries.viewQuery')} />;
}
