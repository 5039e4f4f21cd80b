import { ROLE_LABEL } from '../participants/cellValue';
import { SESSION_ROLES, type Participant } from '../../shared/domain/study';
import { useT } from '../i18n/useT';
import { mappingNotes, type SpeakerRow } from './speakerMapping';

interface SpeakerMappingTableProps {
  rows: SpeakerRow[];
  people: Participant[];
  onChange: (rows: SpeakerRow[]) => void;
}

/** Each speaker found in the file, and who they are in the study. */
export function SpeakerMappingTable({ rows, people, onChange }: SpeakerMappingTableProps) {
  const tr = useT();
  const { t } = tr;
  const notes = mappingNotes(rows, people, tr);
  const set = (label: string, change: Partial<SpeakerRow>) => onChange(rows.map((r) => (r.label === label ? { ...r, ...change } : r)));
  const sorted = [...people].sort((a, b) => tr.compare(a.displayName, b.displayName));

  return (
    <table className="mapping-table speaker-table" aria-label={t('transcripts.speakers')}>
      <thead>
        <tr>
          <th scope="col">{t('transcripts.colSpeaker')}</th>
          <th scope="col" className="num">
            {t('transcripts.colTurns')}
          </th>
          <th scope="col">{t('transcripts.colWho')}</th>
          <th scope="col">{t('transcripts.colRole')}</th>
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
              <td className="num">{tr.number(row.turns)}</td>
              <td>
                <div className="speaker-target">
                  <select
                    aria-label={t('transcripts.speakerIs', { label: row.label })}
                    value={row.choice}
                    onChange={(e) => set(row.label, { choice: e.target.value })}
                  >
                    {sorted.length > 0 && (
                      <optgroup label={t('transcripts.existingParticipants')}>
                        {sorted.map((p) => (
                          <option key={p.id} value={`existing:${p.id}`}>
                            {p.displayName}
                          </option>
                        ))}
                      </optgroup>
                    )}
                    <option value="new">{t('transcripts.newParticipant')}</option>
                    <option value="none">{t('transcripts.noParticipant')}</option>
                  </select>
                  {row.choice === 'new' && (
                    <input
                      type="text"
                      aria-label={t('transcripts.newParticipantName', { label: row.label })}
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
                  aria-label={t('transcripts.roleOf', { label: row.label })}
                  value={row.role}
                  disabled={row.choice === 'none'}
                  onChange={(e) => set(row.label, { role: e.target.value as SpeakerRow['role'] })}
                >
                  {SESSION_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(ROLE_LABEL[r])}
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
