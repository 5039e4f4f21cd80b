import { useEffect, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { REPORT_FORMATS, type ReportFormat } from '../../shared/ipc/channels/reportChannels';
import type { MessageId } from '../../shared/i18n/catalogue';
import { ReportDefinition } from '../../shared/reports/definition';
import type { ReportQuote, ReportResult } from '../../shared/reports/result';
import { invoke } from '../api';
import { useCodes } from '../codebook/useCodes';
import { useLanguage, useT } from '../i18n/useT';
import { translatorFor } from '../../shared/i18n/translator';
import type { Locale, UiLocale } from '../../shared/i18n/locales';
import { useStudyData } from '../study/useStudyData';
import { MenuButton } from '../ui/Menu';
import { useToast } from '../ui/Toast';
import { useCall } from '../ui/useCall';
import { useJob } from '../ui/useJob';
import { useExport } from '../ui/useExport';
import { frontMatter, reportSections, type SectionId } from '../../shared/reports/sections';
import { BreakdownSection, CooccurrenceSection, DriversSection, ScoresSection, type SectionProps } from './AnalysisSections';
import { BuilderForm, type Coder } from './BuilderForm';
import './reports.css';
import { SnapshotsDialog } from './SnapshotsDialog';
import { ThemeQuotes, ThemeSummaryTable } from './ThemeSection';
import { useReportRun } from './useReportRun';

const FORMAT_LABEL: Record<ReportFormat, MessageId> = {
  html: 'reports.formatHtml',
  docx: 'reports.formatDocx',
  xlsx: 'reports.formatXlsx',
  csv: 'common.csv',
  json: 'reports.formatJson',
  pdf: 'reports.formatPdf',
};
const MENU_ORDER: ReportFormat[] = ['html', 'docx', 'xlsx', 'csv', 'json', 'pdf'];
/** The view of each section; which sections show, and in what order, is shared with every export. */
const SECTION_VIEW: Record<SectionId, (props: SectionProps & { onStar?: (q: ReportQuote) => void }) => React.JSX.Element> = {
  scores: ScoresSection,
  themes: ThemeSummaryTable,
  quotes: ThemeQuotes,
  breakdown: BreakdownSection,
  drivers: DriversSection,
  cooccurrence: CooccurrenceSection,
};
/** A new report is written in the app's language (the pseudo-locale's reports are English). */
const fresh = (ui: UiLocale): ReportDefinition => {
  const language: Locale = ui === 'pseudo' ? 'en' : ui;
  return ReportDefinition.parse({ language, title: translatorFor(language).t('report.defaultTitle') });
};
/** The definition as the backend accepts it (an emptied name falls back to the default, in the report's language). */
const valid = (d: ReportDefinition): ReportDefinition => ({
  ...d,
  title: d.title.trim() || translatorFor(d.language).t('report.defaultTitle'),
});

interface OpenSnapshot {
  id: string;
  createdAt: string;
  result: ReportResult;
}

/** The Reports tab: the report builder on the left, the live report on the right, and its actions. */
export function ReportsPanel() {
  const { t, date } = useT();
  const call = useCall();
  const job = useJob();
  const toast = useToast();
  const exportVia = useExport(job);
  const { codes } = useCodes();
  const data = useStudyData();
  const { locale } = useLanguage();
  const [definition, setDefinition] = useState<ReportDefinition>(() => fresh(locale));
  const [savedId, setSavedId] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [snapshot, setSnapshot] = useState<OpenSnapshot | null>(null);
  const [generated, setGenerated] = useState<{ id: string; key: string } | null>(null);
  const [showSnapshots, setShowSnapshots] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [coders, setCoders] = useState<Coder[]>([]);

  const hasCodings = (codes ?? []).some((c) => c.codings > 0);
  const live = useReportRun(valid(definition), loaded && hasCodings);
  const key = JSON.stringify(valid(definition));

  // Start from the most recently saved definition, if the study has one; a new report shows quotes
  // with the NPS and category attributes (e.g. "Promoter, 35–44, Urban").
  useEffect(() => {
    void Promise.all([invoke('reports:list', {}), invoke('attributes:list', {}), invoke('users:list', {})]).then(
      ([reports, attrs, users]) => {
        if (users.ok) setCoders(users.value.filter((u) => u.codings > 0));
        const last = reports.ok ? [...reports.value].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] : undefined;
        if (last) {
          setDefinition(last.definition);
          setSavedId(last.id);
        } else if (attrs.ok) {
          const sorted = [...attrs.value].sort((x, y) => x.position - y.position);
          const picks = [...sorted.filter((a) => a.scaleKind === 'nps'), ...sorted.filter((a) => a.type === 'category')].slice(0, 3);
          setDefinition((d) => ({ ...d, quotes: { ...d.quotes, attributeIds: picks.map((a) => a.id) } }));
        }
        setLoaded(true);
      },
    );
  }, []);

  const save = async () => {
    const r = await call('reports:save', { ...(savedId ? { id: savedId } : {}), definition: valid(definition) });
    if (r.ok) {
      setSavedId(r.value.id);
      toast.info(t('reports.saved', { title: r.value.title }));
    }
  };

  const generate = async (): Promise<string | null> => {
    // Counted in a worker: a large study shows the progress panel, with Cancel.
    const r = await job.run(t('reports.generating'), (jobId) =>
      call('reports:generate', { reportId: savedId, definition: valid(definition), jobId }),
    );
    if (!r.ok) return null;
    setGenerated({ id: r.value.id, key });
    return r.value.id;
  };

  const star = async (quote: ReportQuote) => {
    const r = await call('reports:starQuote', { codingId: quote.codingId, starred: !quote.starred });
    if (r.ok) live.rerun();
  };

  const openSnapshot = async (id: string) => {
    const r = await call('reports:snapshot', { id });
    if (!r.ok) return;
    setShowSnapshots(false);
    setSnapshot({ id: r.value.id, createdAt: r.value.createdAt, result: r.value.result });
  };

  const exportAs = async (format: ReportFormat) => {
    const label = t(FORMAT_LABEL[format]);
    setBusy(t('reports.exportingFormat', { format: label }));
    try {
      // Exports render a stored snapshot: the open one, or the current definition's (generated if needed).
      const id = snapshot?.id ?? (generated?.key === key ? generated.id : await generate());
      if (!id) return;
      await exportVia('reports:export', { snapshotId: id, format }, t('reports.exportJob', { format: label }));
    } finally {
      setBusy(null);
    }
  };

  if (codes === null || !loaded) return <div className="panel report-loading">{t('common.loading')}</div>;
  if (!hasCodings)
    return (
      <div className="panel">
        <div className="empty-state">
          <h3>{t('reports.emptyTitle')}</h3>
          <p>
            <FormattedMessage
              id={codes.length === 0 ? 'reports.emptyBodyNoCodes' : 'reports.emptyBody'}
              values={{ b: (chunks: React.ReactNode[]) => <strong>{chunks}</strong> }}
            />
          </p>
        </div>
      </div>
    );

  const result = snapshot?.result ?? live.result;
  return (
    <div className="panel report-screen">
      {job.panel}
      <aside className="report-side">
        {snapshot ? (
          <div className="report-readonly">
            <p>{t('reports.viewingSnapshot', { when: date(snapshot.createdAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</p>
            <button type="button" className="button" onClick={() => setSnapshot(null)}>
              {t('reports.backToBuilder')}
            </button>
          </div>
        ) : (
          <BuilderForm
            definition={definition}
            onChange={setDefinition}
            codes={codes}
            sessions={data.sessions ?? []}
            attributes={data.attributes ?? []}
            participants={data.participants ?? []}
            coders={coders}
          />
        )}
      </aside>
      <main className="report-main" aria-label={t('reports.reportLabel')} aria-busy={live.running}>
        <div className="toolbar report-toolbar">
          <h2 className="toolbar-title">{result?.title ?? valid(definition).title}</h2>
          {snapshot && <span className="badge">{t('reports.snapshotBadge')}</span>}
          <span className="report-status" role="status">
            {busy ?? (live.running && !snapshot ? t('reports.updating') : '')}
          </span>
          <span className="toolbar-spacer" />
          {!snapshot && (
            <>
              <button type="button" className="button" onClick={() => void save()}>
                {t('reports.saveDefinition')}
              </button>
              <button
                type="button"
                className="button"
                disabled={job.running || busy !== null}
                onClick={() => void generate().then((id) => id && toast.info(t('reports.snapshotGenerated')))}
              >
                {t('reports.generateSnapshot')}
              </button>
            </>
          )}
          {/* Not while a snapshot is being generated: the list would open without it. */}
          <button type="button" className="button" disabled={job.running} onClick={() => setShowSnapshots(true)}>
            {t('reports.snapshots')}
          </button>
          <MenuButton
            label={t('common.exportReport')}
            className="button button-primary"
            disabled={job.running || busy !== null}
            items={MENU_ORDER.filter((f) => REPORT_FORMATS.includes(f)).map((f) => ({
              label: t(FORMAT_LABEL[f]),
              onSelect: () => void exportAs(f),
            }))}
          >
            {t('common.export')} ▾
          </MenuButton>
        </div>
        {live.error && !snapshot && <div className="banner banner-error report-banner">{live.error}</div>}
        <div className={live.running && !snapshot ? 'report-body is-stale' : 'report-body'}>
          {!result && <p className="report-muted">{t('reports.computing')}</p>}
          {result && result.themes.length === 0 && (
            <div className="empty-state empty-state-compact">
              <h3>{t('reports.noMatchTitle')}</h3>
              <p>{t('reports.noMatchBody')}</p>
            </div>
          )}
          {result && result.themes.length > 0 && (
            <>
              <p className="report-note report-front">{frontMatter(result)}</p>
              {reportSections(result).map(({ id, heading }) => {
                const View = SECTION_VIEW[id];
                return <View key={id} result={result} heading={heading} onStar={snapshot ? undefined : (q) => void star(q)} />;
              })}
            </>
          )}
        </div>
      </main>
      {showSnapshots && <SnapshotsDialog onClose={() => setShowSnapshots(false)} onOpen={(id) => void openSnapshot(id)} />}
    </div>
  );
}
