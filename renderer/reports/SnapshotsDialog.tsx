import { useEffect, useState } from 'react';
import type { ThemeDelta } from '../../shared/reports/compare';
import { invoke } from '../api';
import { Dialog, DialogError } from '../ui/Dialog';

export interface SnapshotMeta {
  id: string;
  reportId: string | null;
  title: string;
  createdAt: string;
  appVersion: string;
}

interface SnapshotsDialogProps {
  onClose: () => void;
  onOpen: (id: string) => void;
}

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const signed = (n: number | null, unit = '') => (n === null ? '–' : `${n > 0 ? '+' : ''}${n}${unit}`);

/** Generated snapshots: open one read-only, or tick two and compare them theme by theme. */
export function SnapshotsDialog({ onClose, onOpen }: SnapshotsDialogProps) {
  const [list, setList] = useState<SnapshotMeta[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [comparison, setComparison] = useState<{ before: number; after: number; themes: ThemeDelta[] } | null>(null);

  useEffect(() => {
    void invoke('reports:snapshots', {}).then((r) => {
      if (r.ok) setList([...r.value].sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
      else setError(r.error.message);
    });
  }, []);

  const compare = async () => {
    const chosen = (list ?? []).filter((s) => picked.includes(s.id)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    if (chosen.length !== 2) return;
    const r = await invoke('reports:compare', { beforeId: chosen[0]!.id, afterId: chosen[1]!.id });
    if (r.ok) setComparison({ before: r.value.participantsInScope.before, after: r.value.participantsInScope.after, themes: r.value.themes });
    else setError(r.error.message);
  };
  const toggle = (id: string) => {
    setComparison(null);
    setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id].slice(-2)));
  };

  return (
    <Dialog
      title="Snapshots"
      size="large"
      onClose={onClose}
      description="Each generated report is kept as it was. Open one to read or export it again; tick two to compare them."
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          <button type="button" className="button button-primary" disabled={picked.length !== 2} onClick={() => void compare()}>
            Compare the two ticked
          </button>
        </>
      }
    >
      <DialogError message={error} />
      {list === null && !error && <p className="report-muted">Loading…</p>}
      {list?.length === 0 && <p className="report-muted">No snapshots yet. “Generate snapshot” stores the current report here.</p>}
      {list && list.length > 0 && (
        <table className="data-table report-table" aria-label="Snapshots">
          <thead>
            <tr>
              <th scope="col">Compare</th>
              <th scope="col">Report</th>
              <th scope="col">Generated</th>
              <th scope="col">Version</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {list.map((s) => (
              <tr key={s.id}>
                <td>
                  <input type="checkbox" aria-label={`Compare ${s.title} of ${when(s.createdAt)}`} checked={picked.includes(s.id)} onChange={() => toggle(s.id)} />
                </td>
                <th scope="row">{s.title}</th>
                <td>{when(s.createdAt)}</td>
                <td className="report-muted">{s.appVersion}</td>
                <td className="row-actions">
                  <button type="button" className="button button-small" onClick={() => onOpen(s.id)}>
                    Open
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {comparison && (
        <div className="report-compare">
          <h3>
            Changes per theme (participants in scope {comparison.before} → {comparison.after})
          </h3>
          <table className="data-table report-table" aria-label="Comparison">
            <thead>
              <tr>
                <th scope="col">Theme</th>
                <th scope="col" className="num">Codings</th>
                <th scope="col" className="num">Participants</th>
                <th scope="col" className="num">Share</th>
              </tr>
            </thead>
            <tbody>
              {comparison.themes.map((t) => (
                <tr key={t.code} className={t.status !== 'both' ? 'report-delta-' + t.status : undefined}>
                  <th scope="row">
                    {t.code}
                    {t.status !== 'both' && <span className="badge">{t.status === 'added' ? 'new' : 'gone'}</span>}
                  </th>
                  <td className="num">
                    {t.after?.codings ?? 0} <span className="report-muted">({signed(t.codingsDelta)})</span>
                  </td>
                  <td className="num">
                    {t.after?.participants ?? 0} <span className="report-muted">({signed(t.participantsDelta)})</span>
                  </td>
                  <td className="num">{signed(t.sharePts, ' pts')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Dialog>
  );
}
