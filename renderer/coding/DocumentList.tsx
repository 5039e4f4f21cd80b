import type { DocumentSummary } from '../../shared/domain/coding';
import type { Session } from '../../shared/domain/study';
import { useT } from '../i18n/useT';

interface DocumentListProps {
  documents: DocumentSummary[] | null;
  sessions: Session[] | null;
  openId: string | null;
  onOpen: (id: string) => void;
  onImport: () => void;
}

/** The study's transcripts grouped by session, with turn and coding counts. */
export function DocumentList({ documents, sessions, openId, onOpen, onImport }: DocumentListProps) {
  const { t } = useT();
  const groups: { id: string; title: string; docs: DocumentSummary[] }[] = [];
  for (const s of sessions ?? []) {
    const docs = (documents ?? []).filter((d) => d.sessionId === s.id);
    if (docs.length) groups.push({ id: s.id, title: s.title, docs });
  }
  const known = new Set((sessions ?? []).map((s) => s.id));
  const loose = (documents ?? []).filter((d) => !d.sessionId || !known.has(d.sessionId));
  if (loose.length) groups.push({ id: 'none', title: t('coding.withoutSession'), docs: loose });

  return (
    <section className="doc-list" aria-label={t('common.transcripts')}>
      <header className="side-panel-head">
        <h2>{t('common.transcripts')}</h2>
        <span className="toolbar-spacer" />
        <button type="button" className="button button-small" onClick={onImport}>
          {t('coding.importTranscript')}
        </button>
      </header>
      {documents === null ? (
        <p className="loading-note" aria-busy="true">
          {t('common.loading')}
        </p>
      ) : documents.length === 0 ? (
        <p className="doc-list-empty muted">{t('coding.noTranscripts')}</p>
      ) : (
        <div className="doc-groups">
          {groups.map((g) => (
            <div key={g.id} className="doc-group" role="group" aria-label={g.title}>
              <h3 className="doc-group-title">{g.title}</h3>
              <ul className="doc-items">
                {g.docs.map((d) => (
                  <li key={d.id}>
                    <button
                      type="button"
                      className="doc-item"
                      aria-current={d.id === openId ? 'true' : undefined}
                      onClick={() => onOpen(d.id)}
                    >
                      <span className="doc-title">{d.title}</span>
                      <span className="doc-meta">{t('coding.turnsAndCodings', { turns: d.turns, codings: d.codings })}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
