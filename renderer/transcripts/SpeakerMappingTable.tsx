import { SESSION_ROLES, type Participant } from '../../shared/domain/study';
import { mappingNotes, type SpeakerRow } from './speakerMapping';

interface SpeakerMappingTableProps {
  rows: SpeakerRow[];
  people: Participant[];
  onChange: (rows: SpeakerRow[]) => void;
}

const ROLE_LABELS = { participant: 'Participant', moderator: 'Moderator', observer: 'Observer' } as const;

/** Each speaker found in the file, and who they are in the study. */
export function SpeakerMappingTable({ rows, people, onChange }: SpeakerMappingTableProps) {
  const notes = mappingNotes(rows, people);
  const set = (label: string, change: Partial<SpeakerRow>) => onChange(rows.map((r) => (r.label === label ? { ...r, ...change } : r)));
  const sorted = [...people].sort((a, b) => a.displayName.localeCompare(b.displayName));

  return (
    <table className="mapping-table speaker-table" aria-label="Speakers">
      <thead>
        <tr>
          <th scope="col">Speaker in the file</th>
          <th scope="col" className="num">
            Turns
          </th>
          <th scope="col">Who they are in the study</th>
          <th scope="col">Role in this session</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const note = notes.get(row.label);
          return (
            <tr key={row.label} className={row.choice === 'none' ? 'mapping-ignored' : ''}>
              <th scope="row" className="mapping-header">
                {row.label}
              </th>
              <td className="num">{row.turns}</td>
              <td>
                <div className="speaker-target">
                  <select aria-label={`Speaker “${row.label}” is`} value={row.choice} onChange={(e) => set(row.label, { choice: e.target.value })}>
                    {sorted.length > 0 && (
                      <optgroup label="Existing participants">
                        {sorted.map((p) => (
                          <option key={p.id} value={`existing:${p.id}`}>
                            {p.displayName}
                          </option>
                        ))}
                      </optgroup>
                    )}
                    <option value="new">New participant…</option>
                    <option value="none">No participant (keep the label)</option>
                  </select>
                  {row.choice === 'new' && (
                    <input
                      type="text"
                      aria-label={`Name of the new participant for “${row.label}”`}
                      value={row.name}
                      maxLength={200}
                      onChange={(e) => set(row.label, { name: e.target.value })}
                    />
                  )}
                </div>
                {note && <p className="speaker-note">{note}</p>}
              </td>
              <td>
                <select
                  aria-label={`Role of “${row.label}”`}
                  value={row.role}
                  disabled={row.choice === 'none'}
                  onChange={(e) => set(row.label, { role: e.target.value as SpeakerRow['role'] })}
                >
                  {SESSION_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {ROLE_LABELS[r]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
