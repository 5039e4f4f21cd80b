import { useCallback, useEffect, useState } from 'react';
import type { ImportReport } from '../shared/domain/refi';
import { on, onConnectionProblem, type ConnectionProblem } from './api';
import { AboutDialog } from './app/AboutDialog';
import { ConnectionScreen } from './app/ConnectionScreen';
import { runEditCommand } from './app/editCommand';
import { useStudyLifecycle, type Outcome } from './app/useStudyLifecycle';
import { WindowClaimGate } from './app/WindowClaimGate';
import { useT } from './i18n/useT';
import { NewStudyDialog } from './screens/NewStudyDialog';
import { OpenStudyDialog } from './screens/OpenStudyDialog';
import { StudyScreen } from './screens/StudyScreen';
import { ImportReportDialog } from './study/ImportReportDialog';
import { Welcome } from './screens/Welcome';
import { ToastProvider, useToast } from './ui/Toast';

export function App() {
  return (
    <ToastProvider>
      <WindowClaimGate>
        <AppShell />
      </WindowClaimGate>
    </ToastProvider>
  );
}

type OpenDialog = 'new' | 'open' | 'about' | null;

function AppShell() {
  const toast = useToast();
  const { t } = useT();
  const study = useStudyLifecycle();
  const { info, view, openStudy, openSample, closeStudy } = study;
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<ConnectionProblem | null>(null);
  // Kept here, not on the welcome screen: the new study replaces that screen while the report is read.
  const [importReport, setImportReport] = useState<ImportReport | null>(null);

  useEffect(() => onConnectionProblem(setProblem), []);

  /** Runs an open/create and reports its failure as a toast (entry points without a form of their own). */
  const run = useCallback(
    async (label: string, action: () => Promise<Outcome>) => {
      setBusy(label);
      const failure = await action();
      setBusy(null);
      if (failure) toast.error(failure);
    },
    [toast],
  );

  const startOpen = useCallback(
    (path?: string) => {
      if (path) void run(t('app.openingStudy'), () => openStudy(path));
      else if (info?.nativeDialogs) void run(t('app.openingStudy'), () => openStudy());
      else setDialog('open');
    },
    [info, openStudy, run, t],
  );
  const startSample = useCallback(() => void run(t('app.openingSample'), openSample), [openSample, run, t]);

  // The Electron menu sends the same commands as the buttons here; browser mode never sends any.
  useEffect(
    () =>
      on('menu:command', ({ command, path }) => {
        if (command === 'study:new') setDialog('new');
        else if (command === 'study:open') startOpen(path);
        else if (command === 'study:openSample') startSample();
        else if (command === 'study:close') void closeStudy();
        else if (command === 'app:about') setDialog('about');
        else if (command === 'edit:undo' || command === 'edit:redo') runEditCommand(command === 'edit:undo' ? 'undo' : 'redo');
      }),
    [startOpen, startSample, closeStudy],
  );

  if (problem) return <ConnectionScreen problem={problem} />;

  return (
    <>
      {view.kind === 'loading' && (
        <main className="loading-screen" aria-busy="true">
          <p className="muted">{t('app.loading')}</p>
        </main>
      )}
      {view.kind === 'welcome' && (
        <Welcome
          info={info}
          busy={busy}
          onNew={() => setDialog('new')}
          onOpen={() => startOpen()}
          onOpenPath={(path) => startOpen(path)}
          onOpenSample={startSample}
          onImported={(report) => {
            study.updateSummary(report.study);
            setImportReport(report);
          }}
        />
      )}
      {view.kind === 'study' && (
        <StudyScreen key={view.summary.path} summary={view.summary} onSummary={study.updateSummary} onClose={() => void closeStudy()} />
      )}
      {dialog === 'new' && (
        <NewStudyDialog
          info={info}
          onCreate={async (title) => {
            const failure = await study.createStudy(title);
            if (!failure) setDialog(null);
            return failure;
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'open' && (
        <OpenStudyDialog
          info={info}
          onOpen={async (path) => {
            const failure = await openStudy(path);
            if (!failure) setDialog(null);
            return failure;
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'about' && <AboutDialog info={info} onClose={() => setDialog(null)} />}
      {importReport && <ImportReportDialog report={importReport} onClose={() => setImportReport(null)} />}
    </>
  );
}
