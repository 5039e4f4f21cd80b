import type { RetrieveOptions } from '../../shared/domain/retrieve';
import { isUnfiltered, NO_FILTER, type Chosen, type FilterState } from './filters';
import { useT } from '../i18n/useT';
import { roleMessage } from '../../shared/domain/sessionWords';
import { FilterMenu } from './FilterMenu';
import './filters.css';

interface FilterBarProps {
  options: RetrieveOptions;
  filter: FilterState;
  onFilter(filter: FilterState): void;
}

/** The filters of the retrieve view, and a chip for each value chosen (× removes it). */
export function FilterBar({ options, filter, onFilter }: FilterBarProps) {
  const { t } = useT();
  const chips: { group: string; chosen: Chosen; remove: () => void }[] = [
    ...filter.sessions.map((c) => ({
      group: t('common.session'),
      chosen: c,
      remove: () => onFilter({ ...filter, sessions: filter.sessions.filter((x) => x.key !== c.key) }),
    })),
    ...filter.speakers.map((c) => ({
      group: t('common.speaker'),
      chosen: c,
      remove: () => onFilter({ ...filter, speakers: filter.speakers.filter((x) => x.key !== c.key) }),
    })),
    ...filter.coders.map((c) => ({
      group: t('retrieve.filterCoder'),
      chosen: c,
      remove: () => onFilter({ ...filter, coders: filter.coders.filter((x) => x.key !== c.key) }),
    })),
    ...Object.entries(filter.attributes).flatMap(([id, a]) =>
      a.values.map((c) => ({
        group: a.name,
        chosen: c,
        remove: () =>
          onFilter({
            ...filter,
            attributes: { ...filter.attributes, [id]: { name: a.name, values: a.values.filter((x) => x.key !== c.key) } },
          }),
      })),
    ),
  ];
  // A respondent is named alone; a moderator or observer with their role, as the role tags read.
  const speakerLabel = (s: RetrieveOptions['speakers'][number]) => {
    const role = s.role && s.role !== 'participant' ? roleMessage(s.role) : null;
    return role ? t('retrieve.speakerWithRole', { name: s.name, role: t(role) }) : s.name;
  };

  return (
    <div className="retrieve-filters" role="group" aria-label={t('retrieve.filters')}>
      <FilterMenu
        label={t('common.session')}
        options={options.sessions.map((s) => ({ key: s.id, label: s.title, count: s.count }))}
        chosen={filter.sessions}
        onChange={(sessions) => onFilter({ ...filter, sessions })}
      />
      <FilterMenu
        label={t('common.speaker')}
        options={options.speakers.map((s) => ({ key: s.key, label: speakerLabel(s), count: s.count }))}
        chosen={filter.speakers}
        onChange={(speakers) => onFilter({ ...filter, speakers })}
      />
      {/* Word frequencies have no coders to offer: no menu rather than an empty one. */}
      {options.coders.length > 0 && (
        <FilterMenu
          label={t('retrieve.filterCoder')}
          options={options.coders.map((c) => ({ key: c.id, label: c.name, count: c.count }))}
          chosen={filter.coders}
          onChange={(coders) => onFilter({ ...filter, coders })}
        />
      )}
      {options.attributes.map((a) => (
        <FilterMenu
          key={a.id}
          label={a.name}
          options={a.values}
          chosen={filter.attributes[a.id]?.values ?? []}
          onChange={(values) => onFilter({ ...filter, attributes: { ...filter.attributes, [a.id]: { name: a.name, values } } })}
        />
      ))}
      {chips.map((c) => (
        <span key={`${c.group}:${c.chosen.key}`} className="filter-chip">
          {t('retrieve.chip', { group: c.group, value: c.chosen.label })}
          <button
            type="button"
            className="chip-remove"
            aria-label={t('retrieve.chipRemove', { group: c.group, value: c.chosen.label })}
            onClick={c.remove}
          >
            ×
          </button>
        </span>
      ))}
      {!isUnfiltered(filter) && (
        <button type="button" className="button button-link button-small" onClick={() => onFilter(NO_FILTER)}>
          {t('retrieve.clearFilters')}
        </button>
      )}
    </div>
  );
}
