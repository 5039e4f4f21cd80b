import { useMemo } from 'react';
import { isRespondentRole, type Session } from '../../shared/domain/study';
import { attributeGroups } from '../../shared/reports/scales';
import type { FilterOptions } from '../retrieve/FilterBar';
import { usePeople } from '../retrieve/useRetrieve';
import { useT } from '../i18n/useT';

/**
 * What text search can be filtered by: every session, every person (by the retrieve filter's speaker
 * key), and each attribute's groups as reports and the Passages view make them ("Promoter" for an NPS
 * 9). Taken from the study, not from the hits, so the choices stay put while the query changes.
 */
export function useSearchOptions(sessions: readonly Session[] | null): FilterOptions {
  const translator = useT();
  const people = usePeople();
  return useMemo(() => {
    const all = [...people.byId.values()];
    return {
      sessions: (sessions ?? []).map((s) => ({ id: s.id, title: s.title })),
      speakers: all
        .map((p) => {
          // Someone who only ever runs or watches sessions is named with that role, as elsewhere.
          const staff = p.sessions.length > 0 && p.sessions.every((m) => !isRespondentRole(m.role));
          return { key: `p:${p.id}`, name: p.displayName, role: staff ? p.sessions[0]!.role : null };
        })
        .sort((a, b) => a.name.localeCompare(b.name)),
      attributes: people.attributes.flatMap((a) => {
        const groups = attributeGroups(
          a,
          all.map((p) => p.values[a.id] ?? null),
          translator,
        );
        return groups && groups.length > 0 ? [{ id: a.id, name: a.name, values: groups.map((g) => ({ key: g.key, label: g.label })) }] : [];
      }),
    };
  }, [people, sessions, translator]);
}
