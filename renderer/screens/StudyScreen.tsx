import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MessageId } from '../../shared/i18n/catalogue';
import type { StudySummary } from '../../shared/domain/study';
import { CodingWorkspace, type OpenRequest } from '../coding/CodingWorkspace';
import { ProjectMemos } from '../memos/ProjectMemos';
import { QueriesPanel } from '../queries/QueriesPanel';
import { ParticipantsPanel } from '../participants/ParticipantsPanel';
import { ReportsPanel } from '../reports/ReportsPanel';
import { SearchPanel } from '../search/SearchPanel';
import { SessionsPanel } from '../sessions/SessionsPanel';
import type { LiveSessionScreen as LiveScreenType } from '../live/LiveSessionScreen';
import { useT } from '../i18n/useT';
import { StudyHeader } from '../study/StudyHeader';
import { ImportTranscriptDialog } from '../transcripts/ImportTranscriptDialog';
import { useStudyData } from '../study/useStudyData';

interface StudyScreenProps {
  summary: StudySummary;
  onSummary: (s: StudySummary) => void;
  onClose: () => void;
}

const TABS = [
  { id: 'sessions', label: 'common.sessions' },
  { id: 'participants', label: 'common.participants' },
  { id: 'coding', label: 'common.coding' },
  { id: 'search', label: 'screens.tabSearch' },
  { id: 'memos', label: 'common.memos' },
  { id: 'queries', label: 'queries.tab' },
  { id: 'reports', label: 'screens.tabReports' },
] as const satisfies readonly { id: string; label: MessageId }[];
type TabId = (typeof TABS)[number]['id'];

// Its own chunk (it brings the note editor), fetched soon after a study opens so "Notes" opens at once.
// The screen opens once its module is here and then renders directly: a lazy component suspends on its
// first render even when its module is already loaded, and React holds a suspended screen back ~300 ms.
let liveLoaded: typeof LiveScreenType | null = null;
const loadLive = () =>
  import('../live/LiveSessionScreen').then((m) => {
    liveLoaded = m.LiveSessionScreen;
    return m;
  });
const LiveSessionLazy = lazy(async () => ({ default: (await loadLive()).LiveSessionScreen }));

/** One open study: its header and the Sessions / Participants / Coding / Memos / Reports sections as tabs. */
export function StudyScreen({ summary, onSummary, onClose }: StudyScreenProps) {
  const data = useStudyData();
  const { t, number } = useT();
  const [tab, setTab] = useState<TabId>('sessions');
  const tabRefs = useRef(new Map<TabId, HTMLButtonElement>());
  // A session open live replaces the tabs until "Back"; a transcript link opens the Coding tab at a turn.
  const [live, setLive] = useState<{ sessionId: string; focusForm: boolean } | null>(null);
  const [openAt, setOpenAt] = useState<OpenRequest | null>(null);
  // The transcript import opened from the header's Import menu or the Sessions tab (the Coding tab has its own).
  const [importing, setImporting] = useState<{ sessionId: string | null } | null>(null);
  const openInCoding = (documentId: string | null, offset: number, memo?: OpenRequest['memo'], end?: number) => {
    setTab('coding');
    setOpenAt((o) => ({ documentId, offset, end, memo, seq: (o?.seq ?? 0) + 1 }));
  };
  useEffect(() => {
    const timer = window.setTimeout(() => void loadLive(), 300);
    return () => window.clearTimeout(timer);
  }, []);

  const counts: Record<TabId, number | null> = {
    sessions: data.sessions?.length ?? null,
    participants: data.participants?.length ?? null,
    coding: null,
    search: null,
    memos: null,
    queries: null,
    reports: null,
  };

  // Arrow keys move between tabs (WAI-ARIA tabs pattern with automatic activation).
  const onTabKey = (event: KeyboardEvent) => {
    const index = TABS.findIndex((entry) => entry.id === tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(index + step + TABS.length) % TABS.length]!.id;
    setTab(next);
    tabRefs.current.get(next)?.focus();
  };

  const LiveSessionScreen = liveLoaded ?? LiveSessionLazy;
  if (live)
    return (
      <div className="study-screen">
        <Suspense fallback={<p className="loading-note">{t('common.openingSession')}</p>}>
          <LiveSessionScreen
            key={live.sessionId}
            sessionId={live.sessionId}
            focusForm={live.focusForm}
            data={data}
            onBack={() => {
              setLive(null);
              setTab('sessions');
            }}
            onSwitchSession={(sessionId) => setLive({ sessionId, focusForm: true })}
            onOpenTranscript={(documentId, offset) => {
              setLive(null);
              openInCoding(documentId, offset);
            }}
          />
        </Suspense>
      </div>
    );

  return (
    <div className="study-screen">
      <StudyHeader summary={summary} onSummary={onSummary} onClose={onClose} onImportTranscript={() => setImporting({ sessionId: null })} />
      <nav className="tabs" role="tablist" aria-label={t('screens.studySections')} onKeyDown={onTabKey}>
        {TABS.map((entry) => {
          const count = counts[entry.id];
          return (
            <button
              key={entry.id}
              ref={(el) => {
                if (el) tabRefs.current.set(entry.id, el);
              }}
              type="button"
              role="tab"
              id={`tab-${entry.id}`}
              aria-selected={tab === entry.id}
              aria-controls={`panel-${entry.id}`}
              tabIndex={tab === entry.id ? 0 : -1}
              className="tab"
              onClick={() => setTab(entry.id)}
            >
              {t(entry.label)}
              {count !== null && <span className="tab-count">{number(count)}</span>}
            </button>
          );
        })}
      </nav>
      <section className="study-body" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {data.failed && (
          <div className="banner banner-error">
            {t('screens.partNotLoaded')}{' '}
            <button type="button" className="button button-small" onClick={() => void data.reloadAll()}>
              {t('screens.tryAgain')}
            </button>
          </div>
        )}
        {tab === 'sessions' && (
          <SessionsPanel
            data={data}
            onRun={(sessionId) => void loadLive().then(() => setLive({ sessionId, focusForm: false }))}
            onImportTranscript={(sessionId) => setImporting({ sessionId })}
          />
        )}
        {tab === 'participants' && <ParticipantsPanel data={data} />}
        {tab === 'coding' && <CodingWorkspace data={data} openAt={openAt} />}
        {tab === 'search' && (
          <SearchPanel sessions={data.sessions} onOpen={(at) => openInCoding(at.documentId, at.start, undefined, at.end)} />
        )}
        {tab === 'memos' && (
          <ProjectMemos
            onOpenInCoding={(m) =>
              openInCoding(m.documentId, m.offset ?? 0, {
                target: m.target,
                heading: m.target.kind === 'coding' ? t('screens.memoOnCoding') : t('screens.memoOn', { about: m.about }),
              })
            }
          />
        )}
        <ImportTranscriptDialog
          open={importing !== null}
          sessions={data.sessions ?? []}
          defaultSessionId={importing?.sessionId ?? null}
          onClose={() => setImporting(null)}
          onImported={(documentId) => {
            setImporting(null);
            // The new document opens where it is coded; sessions and people refresh from study:changed.
            openInCoding(documentId, 0);
          }}
        />
        {tab === 'queries' && <QueriesPanel data={data} onOpenInCoding={(documentId, offset) => openInCoding(documentId, offset)} />}
        {tab === 'reports' && <ReportsPanel />}
      </section>
    </div>
  );
}
