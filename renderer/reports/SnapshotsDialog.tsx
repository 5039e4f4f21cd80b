import { useEffect, useState } from 'react';
import type { ThemeDelta } from '../../shared/reports/compare';
import { invoke } from '../api';
import { useT } from '../i18n/useT';
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

/** Generated snapshots: open one read-only, or tick two and compare them theme by theme. */
export function SnapshotsDialog({ onClose, onOpen }: SnapshotsDialogProps) {
  const { t, number, date } = useT();
  const when = (iso: string) => date(iso, { dateStyle: 'medium', timeStyle: 'short' });
  // A change with its sign ("+3", "−2", "0"); a dash when there is nothing to compare with.
  const signed = (n: number | null) => (n === null ? '–' : number(n, { signDisplay: 'exceptZero' }));
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
    if (r.ok)
      setComparison({ before: r.value.participantsInScope.before, after: r.value.participantsInScope.after, themes: r.value.themes });
    else setError(r.error.message);
  };
  const toggle = (id: string) => {
    setComparison(null);
    setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id].slice(-2)));
  };

  return (
    <Dialog
      title={t('reports.snapshots')}
      size="large"
      onClose={onClose}
      description={t('reports.snapshotsDescription')}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.close')}
          </button>
          <button type="button" className="button button-primary" disabled={picked.length !== 2} onClick={() => void compare()}>
            {t('reports.compareTwo')}
          </button>
        </>
      }
    >
      <DialogError message={error} />
      {list === null && !error && <p className="report-muted">{t('common.loading')}</p>}
      {list?.length === 0 && <p className="report-muted">{t('reports.noSnapshots')}</p>}
      {list && list.length > 0 && (
        <table className="data-table report-table" aria-label={t('reports.snapshots')}>
          <thead>
            <tr>
              <th scope="col">{t('reports.colCompare')}</th>
              <th scope="col">{t('reports.reportLabel')}</th>
              <th scope="col">{t('reports.colGenerated')}</th>
              <th scope="col">{t('common.version')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {list.map((s) => (
              <tr key={s.id}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('reports.compareRow', { title: s.title, when: when(s.createdAt) })}
                    checked={picked.includes(s.id)}
                    onChange={() => toggle(s.id)}
                  />
                </td>
                <th scope="row">{s.title}</th>
                <td>{when(s.createdAt)}</td>
                <td className="report-muted">{s.appVersion}</td>
                <td className="row-actions">
                  <button type="button" className="button button-small" onClick={() => onOpen(s.id)}>
                    {t('reports.open')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {comparison && (
        <div className="report-compare">
          <h3>{t('reports.changesPerTheme', { before: comparison.before, after: comparison.after })}</h3>
          <table className="data-table report-table" aria-label={t('reports.comparison')}>
            <thead>
              <tr>
                <th scope="col">{t('common.theme')}</th>
                <th scope="col" className="num">
                  {t('report.colCodings')}
                </th>
                <th scope="col" className="num">
                  {t('report.colParticipants')}
                </th>
                <th scope="col" className="num">
                  {t('reports.colShare')}
                </th>
              </tr>
            </thead>
            <tbody>
              {comparison.themes.map((theme) => (
                <tr key={theme.code} className={theme.status !== 'both' ? 'report-delta-' + theme.status : undefined}>
                  <th scope="row">
                    {theme.code}
                    {theme.status !== 'both' && (
                      <span className="badge">{theme.status === 'added' ? t('reports.themeNew') : t('reports.themeGone')}</span>
                    )}
                  </th>
                  <td className="num">
                    {number(theme.after?.codings ?? 0)} <span className="report-muted">({signed(theme.codingsDelta)})</span>
                  </td>
                  <td className="num">
                    {number(theme.after?.participants ?? 0)} <span className="report-muted">({signed(theme.participantsDelta)})</span>
                  </td>
                  <td className="num">{theme.sharePts === null ? '–' : t('reports.sharePoints', { points: signed(theme.sharePts) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Dialog>
  );
}
