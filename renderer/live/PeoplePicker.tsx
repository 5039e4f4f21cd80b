import Fuse from 'fuse.js';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n/useT';
import { useListCursor } from '../ui/useListCursor';
import type { LivePerson, NoteSpeaker } from '../../shared/domain/live';
import { moderatorSpeaker, speakerSlots } from './liveKeys';

interface PeoplePickerProps {
  people: readonly LivePerson[];
  moderatorName: string | null;
  onChoose: (speaker: NoteSpeaker) => void;
  onClose: () => void;
}

interface Option {
  label: string;
  /** What kind of speaker, in words ("Moderator"); empty for a participant on a speaker key. */
  role: string;
  /** The speaker key, the same on every keyboard (not translated). */
  key: string;
  speaker: NoteSpeaker;
}

/** The `@` picker: who spoke, found by a few letters of the name (fuse.js), ↑/↓ and Enter. */
export function PeoplePicker({ people, moderatorName, onChoose, onClose }: PeoplePickerProps) {
  const { t } = useT();
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  const all = useMemo<Option[]>(() => {
    const slots = speakerSlots(people);
    const mod = moderatorSpeaker(people, moderatorName, t('common.moderator'));
    const named = people
      .filter((p) => p.role !== 'moderator')
      .map((p) => {
        const slot = slots.indexOf(p);
        const role = slot >= 0 ? '' : p.role === 'observer' ? t('common.observer') : t('common.participant');
        return {
          label: p.name,
          role,
          key: slot >= 0 ? `Alt+${slot + 1}` : '',
          speaker: { kind: 'participant' as const, participantId: p.participantId },
        };
      });
    const modName = mod?.kind === 'label' ? mod.label : (people.find((p) => p.role === 'moderator')?.name ?? t('common.moderator'));
    return [
      ...named,
      { label: modName, role: t('common.moderator'), key: 'Alt+0', speaker: mod },
      { label: t('common.observation'), role: t('common.noSpeaker'), key: 'Alt+O', speaker: null },
    ];
  }, [people, moderatorName, t]);
  const fuse = useMemo(() => new Fuse(all, { keys: ['label', 'role', 'key'], threshold: 0.4, ignoreLocation: true }), [all]);
  const options = query.trim() ? fuse.search(query.trim()).map((r) => r.item) : all;
  const { current, setActive, move } = useListCursor(options.length);

  useEffect(() => input.current?.focus(), []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') move(1);
    else if (event.key === 'ArrowUp') move(-1);
    else if (event.key === 'Enter') {
      const o = options[current];
      if (o) onChoose(o.speaker);
    } else if (event.key === 'Escape' || event.key === 'Tab') onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="people-picker palette" role="dialog" aria-label={t('live.whoSpeaks')}>
      <input
        ref={input}
        className="palette-input"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={options.length ? `${listId}-${current}` : undefined}
        aria-label={t('live.findPerson')}
        placeholder={t('live.whoSpeaksPrompt')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={onClose}
      />
      <ul id={listId} role="listbox" className="palette-list" aria-label={t('live.people')}>
        {options.map((o, i) => (
          <li
            key={`${o.label}-${i}`}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === current}
            className={`palette-option${i === current ? ' active' : ''}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onChoose(o.speaker)}
          >
            <span className="palette-name">{o.label}</span>
            <span className="palette-spacer" />
            <span className="palette-path">
              {o.role}
              {o.role && o.key ? ' · ' : ''}
              <span translate="no">{o.key}</span>
            </span>
          </li>
        ))}
        {options.length === 0 && (
          <li className="palette-empty" role="presentation">
            {t('live.nobodyMatches')}
          </li>
        )}
      </ul>
    </div>
  );
}
