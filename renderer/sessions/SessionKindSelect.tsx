import { SESSION_KIND_LABELS, SESSION_KINDS, type SessionKind } from '../../shared/domain/study';

/** The kinds of session (focus group, interview, intercept, other) as a select, for a Field's `id`. */
export function SessionKindSelect({ id, value, onChange }: { id: string; value: SessionKind; onChange(kind: SessionKind): void }) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value as SessionKind)}>
      {SESSION_KINDS.map((k) => (
        <option key={k} value={k}>
          {SESSION_KIND_LABELS[k]}
        </option>
      ))}
    </select>
  );
}
