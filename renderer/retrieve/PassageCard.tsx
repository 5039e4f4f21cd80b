import type { RetrievedPassage } from '../../shared/domain/coding';
import type { Attribute, Participant } from '../../shared/domain/study';
import { formatTimestamp } from '../../shared/text/time';
import { participantFacts, type Fact } from '../codebook/participantSummary';
import { useT } from '../i18n/useT';
import { roleMessage } from '../../shared/domain/sessionWords';

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
  const translator = useT();
  const { t, date } = translator;
  // A role this version has no words for is shown as stored.
  const roleName = (role: string) => {
    const id = roleMessage(role);
    return id ? t(id) : role;
  };
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
    <article
      className={`passage${orphaned ? ' passage-orphaned' : ''}${note ? ' passage-note' : ''}`}
      aria-label={
        note ? t('retrieve.noteFrom', { title: passage.documentTitle }) : t('retrieve.passageFrom', { title: passage.documentTitle })
      }
    >
      {orphaned && (
        <p className="passage-flag" role="note" title={t('retrieve.orphanedHint')}>
          {t('retrieve.orphaned')}
        </p>
      )}
      {note ? (
        <div className="passage-note-body" style={color ? { borderLeftColor: color } : undefined}>
          <p className="passage-kind">{time ? t('retrieve.liveNoteAt', { time }) : t('retrieve.liveNote')}</p>
          <p className="passage-text">{text}</p>
        </div>
      ) : (
        <blockquote className="passage-quote" style={color ? { borderLeftColor: color } : undefined}>
          {text}
        </blockquote>
      )}
      <div className="passage-who">
        {note && passage.people.length > 0 && <span className="muted">{t('retrieve.about')}</span>}
        {passage.people.map((who) => {
          const person = who.participantId ? people.get(who.participantId) : undefined;
          return (
            <span key={who.key} className="passage-speaker">
              <strong>{who.name}</strong>
              {who.role && who.role !== 'participant' && <span className="role-tag">{roleName(who.role)}</span>}
              {person && <Facts facts={participantFacts(person, attributes, translator)} />}
            </span>
          );
        })}
        {passage.people.length === 0 && <span className="muted">{note ? t('common.observation') : t('common.noSpeaker')}</span>}
      </div>
      <footer className="passage-where">
        <span>
          {passage.sessionTitle && <>{passage.sessionTitle} · </>}
          {/* A session has one notes document: "live notes" says which without repeating the session's title. */}
          {note && passage.sessionTitle ? t('retrieve.liveNotesDocument') : passage.documentTitle}
          {!note && time && <> · {time}</>}
        </span>
        {passage.codePath !== rootPath && <span className="passage-code mono">{passage.codePath}</span>}
        {passage.coder && (
          <span
            title={t('retrieve.codedAt', { when: date(passage.codedAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) })}
          >
            {t('retrieve.codedBy', { coder: passage.coder })}
          </span>
        )}
        <button type="button" className="button button-link button-small" onClick={onJump}>
          {note ? t('retrieve.showInNotes') : t('retrieve.showInTranscript')}
        </button>
      </footer>
    </article>
  );
}

/** The facts line, with the NPS group tinted like the participants grid does. */
function Facts({ facts }: { facts: Fact[] }) {
  if (facts.length === 0) return null;
  return (
    <span className="passage-facts">
      {facts.map((f, i) => (
        <span key={`${i}-${f.text}`} className={f.group ? `fact nps-${f.group}` : 'fact'}>
          {f.text}
        </span>
      ))}
    </span>
  );
}
