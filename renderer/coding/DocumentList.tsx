import type { DocumentSummary } from '../../shared/domain/coding';
import type { Session } from '../../shared/domain/study';
import { plural } from '../ui/format';

interface DocumentListProps {
  documents: DocumentSummary[] | null;
  sessions: Session[] | null;
  openId: string | null;
  onOpen: (id: string) => void;
  onImport: () => void;
}

/** The study's transcripts grouped by session, with turn and coding counts. */
export function DocumentList({ documents, sessions, openId, onOpen, onImport }: DocumentListProps) {
  const groups: { id: string; title: string; docs: DocumentSummary[] }[] = [];
  for (const s of sessions ?? []) {
    const docs = (documents ?? []).filter((d) => d.sessionId === s.id);
    if (docs.length) groups.push({ id: s.id, title: s.title, docs });
  }
  const known = new Set((sessions ?? []).map((s) => s.id));
  const loose = (documents ?? []).filter((d) => !d.sessionId || !known.has(d.sessionId));
  if (loose.length) groups.push({ id: 'none', title: 'Without a session', docs: loose });

  return (
    <section className="doc-list" aria-label="Transcripts">
      <header className="side-panel-head">
        <h2>Transcripts</h2>
        <span className="toolbar-spacer" />
        <button type="button" className="button button-small" onClick={onImport}>
          Import transcript…
        </button>
      </header>
      {documents === null ? (
        <p className="loading-note" aria-busy="true">
          Loading…
        </p>
      ) : documents.length === 0 ? (
        <p className="doc-list-empty muted">No transcripts yet. Import one, or drop a transcript file (.vtt, .srt, .txt, .docx) here.</p>
      ) : (
        <div className="doc-groups">
          {groups.map((g) => (
            <div key={g.id} className="doc-group" role="group" aria-label={g.title}>
              <h3 className="doc-group-title">{g.title}</h3>
              <ul className="doc-items">
                {g.docs.map((d) => (
                  <li key={d.id}>
                    <button type="button" className="doc-item" aria-current={d.id === openId ? 'true' : undefined} onClick={() => onOpen(d.id)}>
                      <span className="doc-title">{d.title}</span>
                      <span className="doc-meta">
                        {plural(d.turns, 'turn')} · {plural(d.codings, 'coding')}
                      </span>
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
