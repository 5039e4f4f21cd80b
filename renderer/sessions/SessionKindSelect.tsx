import { SESSION_KINDS, type SessionKind } from '../../shared/domain/study';
import { useT } from '../i18n/useT';
import { SESSION_KIND_MESSAGES } from '../../shared/domain/sessionWords';

/** The kinds of session (focus group, interview, intercept, other) as a select, for a Field's `id`. */
export function SessionKindSelect({ id, value, onChange }: { id: string; value: SessionKind; onChange(kind: SessionKind): void }) {
  const { t } = useT();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value as SessionKind)}>
      {SESSION_KINDS.map((k) => (
        <option key={k} value={k}>
          {t(SESSION_KIND_MESSAGES[k])}
        </option>
      ))}
    </select>
  );
}
