import { useState } from 'react';
import type { MessageId } from '../../shared/i18n/catalogue';
import { useT } from '../i18n/useT';
import { ViewButtons } from '../ui/ViewButtons';
import type { StudyData } from '../study/useStudyData';
import { CodingQueryView } from './CodingQueryView';
import { MatrixView } from './matrix/MatrixView';
import '../retrieve/filters.css';
import './queries.css';

/** The two ways of asking the coded data a question, as a switch at the top of the tab. */
export type QueriesView = 'query' | 'matrix';

const VIEWS: { id: QueriesView; label: MessageId }[] = [
  { id: 'query', label: 'queries.viewQuery' },
  { id: 'matrix', label: 'queries.viewMatrix' },
];

export interface QueriesPanelProps {
  data: StudyData;
  /** Opens a passage where it is coded: the Coding tab at that document and offset. */
  onOpenInCoding(documentId: string, offset: number): void;
}

/** The Queries tab: a coding query (codes combined with AND/OR/NOT/NEAR) or a matrix of codes. */
export function QueriesPanel({ data, onOpenInCoding }: QueriesPanelProps) {
  const { t } = useT();
  const [view, setView] = useState<QueriesView>('query');
  return (
    <div className="queries">
      <ViewButtons<QueriesView>
        className="queries-switch"
        label={t('queries.views')}
        views={VIEWS.map((v) => ({ id: v.id, label: t(v.label) }))}
        current={view}
        onView={setView}
      />
      {view === 'query' && <CodingQueryView data={data} onOpenInCoding={onOpenInCoding} />}
      {view === 'matrix' && <MatrixView data={data} onOpenInCoding={onOpenInCoding} />}
    </div>
  );
}
