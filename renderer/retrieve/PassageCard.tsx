import type { RetrievedPassage } from '../../shared/domain/coding';
import type { Attribute, Participant } from '../../shared/domain/study';
import { formatTimestamp } from '../../shared/text/time';
import { participantFacts } from '../codebook/participantSummary';

interface PassageCardProps {
  passage: RetrievedPassage;
  people: Map<string, Participant>;
  attributes: Attribute[];
  /** The path of the code being retrieved: a passage on a sub-code names its own. */
  rootPath: string;
  color: string | undefined;
  onJump: () => void;
}

/**
 * One retrieved passage read in its context (the rest of its turns, dimmed), with who said it and
 * their role, what describes them, and where it is. A live note is the note-taker's paraphrase:
 * it is shown as a note, never as a quote in someone's mouth.
 */
export function PassageCard({ passage, people, attributes, rootPath, color, onJump }: PassageCardProps) {
  const orphaned = passage.status === 'orphaned';
  const note = passage.kind === 'note';
  const time = passage.startMs === null ? null : formatTimestamp(passage.startMs);
  const text = (
    <>
      {passage.context?.before && <span className="passage-context">{passage.context.before}</span>}
      <mark className="passage-quote-words" style={color ? { borderBottomColor: color } : undefined}>
        {passage.quote}
      </mark>
      {passage.context?.after && <span className="passage-context">{passage.context.after}</span>}
    </>
  );

  return (
    <article className={`passage${orphaned ? ' passage-orphaned' : ''}${note ? ' passage-note' : ''}`} aria-label={`${note ? 'Note' : 'Passage'} from ${passage.documentTitle}`}>
      {orphaned && (
        <p className="passage-flag" role="note" title="The words this passage was coded on were edited away. Recode or delete it.">
          Text changed — review
        </p>
      )}
      {note ? (
        <div className="passage-note-body" style={color ? { borderLeftColor: color } : undefined}>
          <p className="passage-kind">Live note{time && ` · ${time}`} — the note-taker’s words</p>
          <p className="passage-text">{text}</p>
        </div>
      ) : (
        <blockquote className="passage-quote" style={color ? { borderLeftColor: color } : undefined}>
          {text}
        </blockquote>
      )}
      <div className="passage-who">
        {note && passage.people.length > 0 && <span className="muted">About</span>}
        {passage.people.map((who) => {
          const person = who.participantId ? people.get(who.participantId) : undefined;
          return (
            <span key={who.key} className="passage-speaker">
              <strong>{who.name}</strong>
              {who.role && who.role !== 'participant' && <span className="role-tag">{who.role}</span>}
              {person && <Facts facts={participantFacts(person, attributes)} />}
            </span>
          );
        })}
        {passage.people.length === 0 && <span className="muted">{note ? 'Observation' : 'No speaker'}</span>}
      </div>
      <footer className="passage-where">
        <span>
          {passage.sessionTitle && <>{passage.sessionTitle} · </>}
          {/* A session has one notes document: "live notes" says which without repeating the session's title. */}
          {note && passage.sessionTitle ? 'live notes' : passage.documentTitle}
          {!note && time && <> · {time}</>}
        </span>
        {passage.codePath !== rootPath && <span className="passage-code mono">{passage.codePath}</span>}
        {passage.coder && <span title={`Coded ${passage.codedAt.slice(0, 16).replace('T', ' ')} UTC`}>coded by {passage.coder}</span>}
        <button type="button" className="button button-link button-small" onClick={onJump}>
          {note ? 'Show in notes' : 'Show in transcript'}
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
