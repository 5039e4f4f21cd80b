import { useMemo, useState } from 'react';
import type { RetrievedPassage } from '../../shared/domain/coding';
import type { CodingQueryResult, QueryPassage } from '../../shared/domain/codingQuery';
import { useT } from '../i18n/useT';
import { PassageCard } from '../retrieve/PassageCard';
import { usePeople } from '../retrieve/useRetrieve';

/** Cards drawn at first and per "Show more". */
const PAGE = 100;

/** A query passage in the shape the retrieve view's card reads: it is no one coding, so those fields stay empty. */
function asCard(p: QueryPassage): RetrievedPassage {
  return {
    ...p,
    codingId: `${p.documentId}:${p.start}`,
    codeId: '',
    codePath: '',
    quote: p.text,
    speakers: p.people.map((w) => w.name),
    status: 'anchored',
    coderId: null,
    coder: null,
    codedAt: '',
  };
}

interface QueryResultsProps {
  result: CodingQueryResult;
  onOpen(documentId: string, offset: number): void;
}

/** What a query found: the counts, passages per participant, and the passages in context. */
export function QueryResults({ result, onOpen }: QueryResultsProps) {
  const { t } = useT();
  const people = usePeople();
  const cards = useMemo(() => result.passages.map(asCard), [result]);
  const [shown, setShown] = useState({ result, count: PAGE });
  const limit = shown.result === result ? shown.count : PAGE;
  if (cards.length === 0) return <p className="query-none">{t('queries.noResults')}</p>;
  return (
    <div className="query-results">
      {result.participants.length > 0 && (
        <details className="query-participants">
          <summary>{t('queries.perParticipant')}</summary>
          <table className="query-participant-table">
            <tbody>
              {result.participants.map((p) => (
                <tr key={p.participantId}>
                  <th scope="row">{p.name}</th>
                  <td>{t('queries.participantPassages', { count: p.passages })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      <div className="retrieve-list">
        {cards.slice(0, limit).map((p) => (
          <PassageCard
            key={p.codingId}
            passage={p}
            people={people.byId}
            attributes={people.attributes}
            rootPath=""
            color={undefined}
            onJump={() => onOpen(p.documentId, p.start)}
          />
        ))}
        {cards.length > limit && (
          <button type="button" className="button retrieve-more" onClick={() => setShown({ result, count: limit + PAGE })}>
            {t('queries.showMore', { more: Math.min(PAGE, cards.length - limit), shown: limit, total: cards.length })}
          </button>
        )}
      </div>
    </div>
  );
}
