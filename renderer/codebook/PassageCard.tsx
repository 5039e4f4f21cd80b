import type { RetrievedPassage } from '../../shared/domain/coding';
import type { Attribute, Participant } from '../../shared/domain/study';
import { participantFacts } from './participantSummary';

interface PassageCardProps {
  passage: RetrievedPassage;
  people: Map<string, Participant>;
  attributes: Attribute[];
  /** The path of the code being retrieved: a passage on a sub-code names its own. */
  rootPath: string;
  color: string | undefined;
  onJump: () => void;
}

/** One retrieved quote with who said it, what describes them, and where it is. */
export function PassageCard({ passage, people, attributes, rootPath, color, onJump }: PassageCardProps) {
  const speakers = passage.participantIds.map((id) => people.get(id)).filter((p): p is Participant => p !== undefined);
  // Speakers without a participant (a kept transcript label) are still named.
  const known = new Set(speakers.map((p) => p.displayName));
  const labels = passage.speakers.filter((s) => !known.has(s));
  const orphaned = passage.status === 'orphaned';

  return (
    <article className={`passage${orphaned ? ' passage-orphaned' : ''}`} aria-label={`Passage from ${passage.documentTitle}`}>
      {orphaned && (
        <p className="passage-flag" role="note" title="The words this passage was coded on were edited away. Recode or delete it.">
          Text changed — review
        </p>
      )}
      <blockquote className="passage-quote" style={color ? { borderLeftColor: color } : undefined}>
        {passage.quote}
      </blockquote>
      <div className="passage-who">
        {speakers.map((p) => (
          <span key={p.id} className="passage-speaker">
            <strong>{p.displayName}</strong>
            <Facts facts={participantFacts(p, attributes)} />
          </span>
        ))}
        {labels.map((label) => (
          <span key={label} className="passage-speaker">
            <strong>{label}</strong>
          </span>
        ))}
        {speakers.length === 0 && labels.length === 0 && <span className="muted">No speaker</span>}
      </div>
      <footer className="passage-where">
        <span>
          {passage.sessionTitle && <>{passage.sessionTitle} · </>}
          {passage.documentTitle}
        </span>
        {passage.codePath !== rootPath && <span className="passage-code mono">{passage.codePath}</span>}
        <button type="button" className="button button-link button-small" onClick={onJump}>
          Show in transcript
        </button>
      </footer>
    </article>
  );
}

/** The facts line, with the NPS group tinted like the participants grid does. */
function Facts({ facts }: { facts: string[] }) {
  if (facts.length === 0) return null;
  return (
    <span className="passage-facts">
      {facts.map((f, i) => {
        const group = f === 'Promoter' || f === 'Passive' || f === 'Detractor' ? f : null;
        return (
          <span key={`${i}-${f}`} className={group ? `fact nps-${group.toLowerCase()}` : 'fact'}>
            {f}
          </span>
        );
      })}
    </span>
  );
}
