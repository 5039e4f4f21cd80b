import { useCallback, useState, type CSSProperties, type DragEvent } from 'react';
import type { Code, MemoTarget } from '../../shared/domain/coding';
import { CodebookPanel } from '../codebook/CodebookPanel';
import { useCodes } from '../codebook/useCodes';
import { MemoPanel } from '../memos/MemoPanel';
import { RetrieveView } from '../retrieve/RetrieveView';
import { DEFAULT_RETRIEVE, type RetrieveSettings } from '../retrieve/useRetrieve';
import { useViewKey, ViewSwitch, type WorkspaceView } from '../retrieve/ViewSwitch';
import type { StudyData } from '../study/useStudyData';
import { ImportTranscriptDialog } from '../transcripts/ImportTranscriptDialog';
import './coding.css';
import './panels.css';
import { DocumentList } from './DocumentList';
import { DocumentPane } from './DocumentPane';
import { SidebarResizer, useSidebarWidth } from './SidebarResizer';
import { touchRecent } from '../ui/numberKeys';
import { useT } from '../i18n/useT';
import { useQuery } from '../ui/useQuery';

type Side = { kind: 'memo'; target: MemoTarget; heading: string } | null;

const LAST_DOC = 'verbatim.coding.lastDocument';
/** Coding writes of this screen whose effect on the list (a coding count) it applies itself. */
const CODING_WRITES = ['codings:create', 'codings:update', 'codings:delete'];
/** Coding writes whose answer carries the counts of the codes they changed. */
const COUNTED_HERE = ['codings:create'];

/**
 * The coding workspace: transcripts and the codebook on the left, the open transcript in the centre,
 * its codings (or a memo) on the right; or, in the Passages view, every passage of the code selected
 * in the codebook across the full width. Dropping a transcript file anywhere opens the import dialog.
 */
/** A request from another tab: a document to open at an offset, and/or a memo to open beside it. */
export interface OpenRequest {
  documentId: string | null;
  offset: number;
  /** When given, the words from `offset` to here are selected (a search hit, ready to code). */
  end?: number;
  seq: number;
  memo?: { target: MemoTarget; heading: string };
}

export function CodingWorkspace({ data, openAt = null }: { data: StudyData; openAt?: OpenRequest | null }) {
  const { t } = useT();
  // A coding made here brings its code's new counts in its answer (onCodes): no codebook read follows.
  const { codes, error: codesError, set: setCodes, reload: reloadCodes } = useCodes(COUNTED_HERE);
  // The open document's coding count comes from its view (onCount), so coding never reads the list.
  const { data: documents, set: setDocuments } = useQuery(
    'documents:list',
    {},
    { kinds: ['documents', 'codings', 'sessions'], appliedHere: CODING_WRITES },
  );
  const [openId, setOpenId] = useState<string | null>(() => sessionStorage.getItem(LAST_DOC));
  const [side, setSide] = useState<Side>(null);
  const [selectedCodeId, setSelectedCodeId] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  // A transcript file dropped on the workspace, handed to the import dialog so it starts with it.
  const [droppedFile, setDroppedFile] = useState<File | null>(null);
  const [dropping, setDropping] = useState(false);
  const [jump, setJump] = useState<{ documentId: string; offset: number; end?: number; seq: number } | null>(null);
  const [recent, setRecent] = useState<string[]>([]);
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const [view, setView] = useState<WorkspaceView>('transcript');
  const [retrieveSettings, setRetrieveSettings] = useState<RetrieveSettings>(DEFAULT_RETRIEVE);
  useViewKey(root, () => setView((v) => (v === 'passages' ? 'transcript' : 'passages')));
  const sidebar = useSidebarWidth();

  // The remembered document may belong to another study, or be gone.
  const open = documents && openId && documents.some((d) => d.id === openId) ? openId : null;
  const openDocument = useCallback((id: string | null) => {
    setOpenId(id);
    if (id) sessionStorage.setItem(LAST_DOC, id);
    else sessionStorage.removeItem(LAST_DOC);
  }, []);

  const jumpTo = useCallback(
    (documentId: string, offset: number) => {
      openDocument(documentId);
      setJump((j) => ({ documentId, offset, seq: (j?.seq ?? 0) + 1 }));
    },
    [openDocument],
  );
  // A request from elsewhere (a live note's transcript link, a memo in the Memos tab) to open a
  // document at an offset, and the memo beside it.
  const [handledOpenAt, setHandledOpenAt] = useState<number | null>(null);
  if (openAt && openAt.seq !== handledOpenAt) {
    setHandledOpenAt(openAt.seq);
    const documentId = openAt.documentId;
    if (documentId) {
      openDocument(documentId);
      setJump((j) => ({ documentId, offset: openAt.offset, end: openAt.end, seq: (j?.seq ?? 0) + 1 }));
    }
    if (openAt.memo) setSide({ kind: 'memo', target: openAt.memo.target, heading: openAt.memo.heading });
  }
  const onUsed = useCallback((codeId: string) => setRecent((r) => touchRecent(r, codeId)), []);
  const onCount = useCallback(
    (documentId: string, codings: number) =>
      setDocuments((list) =>
        list.some((d) => d.id === documentId && d.codings !== codings)
          ? list.map((d) => (d.id === documentId ? { ...d, codings } : d))
          : list,
      ),
    [setDocuments],
  );

  const onCodes = useCallback(
    (counted: readonly Code[]) => {
      // A code made by this write is not in the list yet: read the codebook (where it goes, its colour).
      if (codes && counted.some((c) => !codes.some((known) => known.id === c.id))) void reloadCodes();
      else setCodes((list) => list.map((c) => counted.find((n) => n.id === c.id) ?? c));
    },
    [codes, setCodes, reloadCodes],
  );

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    if (!dropping) setDropping(true);
  };
  const onDrop = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    setDropping(false);
    setDroppedFile(event.dataTransfer.files[0] ?? null);
    setImporting(true);
  };

  const sidePanel =
    side?.kind === 'memo' ? (
      <MemoPanel
        key={JSON.stringify(side.target)}
        target={side.target}
        heading={side.heading}
        onClose={() => {
          setSide(null);
          // Back to coding where the researcher left off (the panel had the focus).
          root?.querySelector<HTMLElement>('.turn[tabindex="0"]')?.focus({ preventScroll: true });
        }}
      />
    ) : null;

  const hasDocs = (documents?.length ?? 0) > 0;
  const empty = (
    <div className="empty-state coding-empty">
      <h3>{hasDocs ? t('coding.emptyChooseTitle') : t('coding.emptyImportTitle')}</h3>
      <p>{hasDocs ? t('coding.emptyChooseText') : t('coding.emptyImportText')}</p>
      {!hasDocs && (
        <button type="button" className="button button-primary" onClick={() => setImporting(true)}>
          {t('coding.importTranscript')}
        </button>
      )}
      <p className="muted shortcut-hint">{t('coding.dropHint')}</p>
    </div>
  );

  return (
    <div
      ref={setRoot}
      className="coding-workspace"
      style={{ '--coding-left': `${sidebar.width}px` } as CSSProperties}
      onDragOver={onDragOver}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropping(false);
      }}
      onDrop={onDrop}
    >
      <aside className="coding-left" aria-label={t('coding.sidebarLabel')}>
        <ViewSwitch view={view} onView={setView} />
        <DocumentList
          documents={documents}
          sessions={data.sessions}
          openId={open}
          onOpen={(id) => {
            // Choosing a transcript means reading it: leave the Passages view.
            setView('transcript');
            openDocument(id);
          }}
          onImport={() => setImporting(true)}
        />
        <div className="codebook-slot">
          {codes ? (
            <CodebookPanel
              codes={codes}
              selectedCodeId={selectedCodeId}
              onSelect={setSelectedCodeId}
              onRetrieve={(codeId) => {
                setSelectedCodeId(codeId);
                setView('passages');
              }}
              onMemo={(codeId) => {
                const code = codes.find((c) => c.id === codeId);
                setSide({
                  kind: 'memo',
                  target: { kind: 'code', id: codeId },
                  heading: t('coding.codeMemoHeading', { path: code?.path ?? '' }),
                });
              }}
            />
          ) : (
            <p className="loading-note">{codesError ?? t('coding.loadingCodebook')}</p>
          )}
        </div>
      </aside>
      <SidebarResizer width={sidebar.width} onResize={sidebar.setWidth} />
      {view === 'passages' ? (
        <div className="coding-passages">
          {codes ? (
            <RetrieveView
              codeId={selectedCodeId}
              codes={codes}
              settings={retrieveSettings}
              onSettings={setRetrieveSettings}
              onJump={(documentId, offset) => {
                setView('transcript');
                jumpTo(documentId, offset);
              }}
            />
          ) : (
            <p className="loading-note">{codesError ?? t('coding.loadingCodebook')}</p>
          )}
        </div>
      ) : (
        <DocumentPane
          key={open ?? 'none'}
          documentId={open}
          codes={codes}
          side={sidePanel}
          onOpenMemo={(target, heading) => setSide({ kind: 'memo', target, heading })}
          jump={jump && jump.documentId === open ? jump : null}
          recent={recent}
          onUsed={onUsed}
          onCount={onCount}
          onCodes={onCodes}
          empty={empty}
          workspace={root}
        />
      )}
      {dropping && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('coding.dropOverlay')}</p>
        </div>
      )}
      <ImportTranscriptDialog
        open={importing}
        sessions={data.sessions ?? []}
        defaultSessionId={documents?.find((d) => d.id === open)?.sessionId ?? null}
        initialFile={droppedFile}
        onClose={() => {
          setImporting(false);
          setDroppedFile(null);
        }}
        onImported={(documentId) => {
          setImporting(false);
          setDroppedFile(null);
          // The document list, participants (new speakers) and session roles follow the change event.
          openDocument(documentId);
        }}
      />
    </div>
  );
}
