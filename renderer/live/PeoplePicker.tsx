import Fuse from 'fuse.js';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
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
  hint: string;
  speaker: NoteSpeaker;
}

/** The `@` picker: who spoke, found by a few letters of the name (fuse.js), ↑/↓ and Enter. */
export function PeoplePicker({ people, moderatorName, onChoose, onClose }: PeoplePickerProps) {
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  const all = useMemo<Option[]>(() => {
    const slots = speakerSlots(people);
    const mod = moderatorSpeaker(people, moderatorName);
    const named = people
      .filter((p) => p.role !== 'moderator')
      .map((p) => {
        const slot = slots.indexOf(p);
        return { label: p.name, hint: slot >= 0 ? `Alt+${slot + 1}` : p.role, speaker: { kind: 'participant' as const, participantId: p.participantId } };
      });
    const modName = mod?.kind === 'label' ? mod.label : (people.find((p) => p.role === 'moderator')?.name ?? 'Moderator');
    return [...named, { label: modName, hint: 'Moderator · Alt+0', speaker: mod }, { label: 'Observation', hint: 'No speaker · Alt+O', speaker: null }];
  }, [people, moderatorName]);
  const fuse = useMemo(() => new Fuse(all, { keys: ['label', 'hint'], threshold: 0.4, ignoreLocation: true }), [all]);
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
    <div className="people-picker palette" role="dialog" aria-label="Who is speaking">
      <input
        ref={input}
        className="palette-input"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={options.length ? `${listId}-${current}` : undefined}
        aria-label="Find a person"
        placeholder="Who is speaking?"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={onClose}
      />
      <ul id={listId} role="listbox" className="palette-list" aria-label="People">
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
            <span className="palette-path">{o.hint}</span>
          </li>
        ))}
        {options.length === 0 && (
          <li className="palette-empty" role="presentation">
            Nobody matches.
          </li>
        )}
      </ul>
    </div>
  );
}
