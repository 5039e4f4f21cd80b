import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type ReactNode } from 'react';
import type { Code, Coding, MemoTarget } from '../../shared/domain/coding';
import { useQuery } from '../ui/useQuery';
import { CodePalette } from '../ui/CodePalette';
import { CodingsPanel } from './CodingsPanel';
import { FindBar } from './FindBar';
import { codeLooks } from '../ui/codeLook';
import { assignNumberKeys, recentFromCodings, recentOffers } from '../ui/numberKeys';
import { bucketByTurn } from '../ui/segments';
import { SelectionButton } from './SelectionButton';
import type { OffsetRange } from './selectionOffsets';
import { assignLanes } from './stripes';
import { TranscriptToolbar } from './TranscriptToolbar';
import { TranscriptView, type TranscriptHandle } from './TranscriptView';
import { useCodingActions } from './useCodingActions';
import { useDocumentView } from './useDocumentView';
import { useFind } from './useFind';
import { usePaneCommands, type Palette } from './usePaneCommands';
import { useTranscriptSelection } from './useTranscriptSelection';
import { useWorkspaceKeys } from './useWorkspaceKeys';
import { useT } from '../i18n/useT';
import { useRichT } from '../i18n/useRichT';

export const CODE_MIME = 'application/x-verbatim-code';

export interface SidePanel {
  kind: 'retrieve' | 'memo';
  codeId?: string;
  target?: MemoTarget;
  heading?: string;
}

interface DocumentPaneProps {
  documentId: string | null;
  codes: Code[] | null;
  /** The retrieve view or a memo, shown in place of the codings panel. */
  side: ReactNode | null;
  onOpenMemo: (target: MemoTarget, heading: string) => void;
  /** Where to scroll; with `end`, the words from `offset` to `end` are selected. */
  jump: { offset: number; end?: number; seq: number } | null;
  recent: readonly string[];
  onUsed: (codeId: string) => void;
  /** How many codings the open document has now (the document list shows it without reading the list again). */
  onCount: (documentId: string, codings: number) => void;
  /** Codes whose counts a coding made here changed, counted afresh (from the write's answer). */
  onCodes: (codes: readonly Code[]) => void;
  empty: ReactNode;
  workspace: HTMLElement | null;
}

/** The open transcript (centre) and its codings (right), with every coding action and shortcut. */
export function DocumentPane(props: DocumentPaneProps) {
  const { documentId, codes, recent, onUsed, onCount, onCodes } = props;
  const { t } = useT();
  const rich = useRichT();
  const doc = useDocumentView(documentId);
  const { view } = doc;
  const transcript = useRef<TranscriptHandle>(null);
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const selection = useTranscriptSelection(root, documentId);
  // The jump below selects words after a delay, with the selection hook as it is by then.
  const latestSelection = useRef(selection);
  useEffect(() => {
    latestSelection.current = selection;
  });
  const [chosenCodingId, setSelectedCodingId] = useState<string | null>(null);
  const [palette, setPalette] = useState<Palette | null>(null);
  const [adjusting, setAdjusting] = useState<Coding | null>(null);
  const [status, setStatus] = useState('');
  const memos = useQuery('memos:list', {}, { kinds: ['memos'] });
  const memoIds = useMemo(
    () => new Set((memos.data ?? []).flatMap((m) => (m.target.kind === 'coding' ? [m.target.id] : []))),
    [memos.data],
  );

  // Selecting words deselects the coding (so Delete never removes a coding the user no longer looks at),
  // except while adjusting that coding's boundaries.
  const selectedCodingId = selection.range && !adjusting ? null : chosenCodingId;
  const actions = useCodingActions({ doc, onUsed, onCodes, announce: setStatus });
  // The codebook is read again for its counts after every coding: the transcript is drawn again only
  // when a code's look or pin changed, not when a count did.
  const drawnKey = (codes ?? []).map((c) => `${c.id}|${c.color}|${c.name}|${c.path}|${c.pinned ?? ''}`).join('\n');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `drawnKey` stands for what is drawn of `codes`
  const looks = useMemo(() => codeLooks(codes), [drawnKey]);
  const anchored = useMemo(() => (view?.codingList ?? []).filter((c) => c.status === 'anchored').sort((a, b) => a.start - b.start), [view]);
  const buckets = useMemo(() => (view ? bucketByTurn(view.turnList, anchored) : []), [view, anchored]);
  const lanes = useMemo(() => assignLanes(anchored), [anchored]);
  const docRecent = useMemo(() => recentFromCodings(view?.codingList ?? []), [view]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- as `looks`
  const slots = useMemo(() => assignNumberKeys(codes ?? []), [drawnKey]);
  const recentIds = useMemo(() => [...new Set([...recent, ...docRecent])], [recent, docRecent]);
  const offers = useMemo(() => recentOffers(codes ?? [], slots, recentIds), [codes, slots, recentIds]);
  const reveal = useCallback((range: OffsetRange, flash = false) => transcript.current?.reveal(range, flash), []);
  const find = useFind(view?.text ?? null, reveal);

  useEffect(() => {
    if (!view || !props.jump) return;
    const at = props.jump.offset;
    const end = props.jump.end;
    if (end !== undefined && end > at && end <= view.text.length) {
      // A search hit: its words are selected once their turn is drawn (after the reveal's scroll), ready to code.
      // Tried again until the page shows it: the turn's row may still be mounting or measured again.
      reveal({ start: at, end }, false);
      let tries = 0;
      const timer = window.setInterval(() => {
        const s = latestSelection.current;
        if ((s.live && s.range?.start === at && s.range.end === end) || ++tries > 15) window.clearInterval(timer);
        else s.set({ start: at, end });
      }, 150);
      return () => window.clearInterval(timer);
    }
    const coding = view.codingList.filter((c) => c.start === at).sort((a, b) => a.end - b.end)[0];
    reveal(coding ?? { start: at, end: Math.min(view.text.length, at + 1) }, true);
    // Only a new jump request (seq) moves the view, not every reload of it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.jump?.seq, view !== null]);

  const codingCount = view?.codingList.length ?? null;
  useEffect(() => {
    if (documentId && codingCount !== null) onCount(documentId, codingCount);
  }, [documentId, codingCount, onCount]);

  const commands = usePaneCommands({
    view,
    codes: codes ?? [],
    slots,
    selection,
    actions,
    transcript,
    root,
    selectedCodingId,
    setSelectedCodingId,
    palette,
    setPalette,
    adjusting,
    setAdjusting,
    find,
    setStatus,
    onOpenMemo: props.onOpenMemo,
    reveal,
  });
  useWorkspaceKeys(props.workspace, commands.keys);

  const selected = view?.codingList.find((c) => c.id === selectedCodingId) ?? null;
  const onDragOver = (event: DragEvent) => {
    if (view && event.dataTransfer.types.includes(CODE_MIME)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    }
  };
  const onDrop = (event: DragEvent) => {
    const codeId = event.dataTransfer.getData(CODE_MIME);
    if (!codeId || !view) return;
    event.preventDefault();
    event.stopPropagation();
    commands.dropCode(codeId, event.target as HTMLElement);
  };

  return (
    <>
      <main className="coding-centre" aria-label={t('common.transcript')} onDragOver={onDragOver} onDrop={onDrop}>
        <TranscriptToolbar
          view={view}
          history={actions.history}
          slots={slots}
          recent={offers}
          looks={looks}
          status={status}
          onUndo={() => void actions.undo()}
          onRedo={() => void actions.redo()}
          onFind={find.open}
          onNumber={(n) => commands.keys.numberKey(n)}
          onRecent={(codeId) => commands.codeWith(codeId)}
        />
        {adjusting && (
          <div className="banner banner-info adjust-banner" role="status">
            <span>
              {rich(adjusting.status === 'orphaned' ? 'coding.reanchorBanner' : 'coding.adjustBanner', {
                code: looks.get(adjusting.codeId)?.name ?? t('coding.codingFallback'),
              })}
            </span>
            <span className="toolbar-spacer" />
            <button
              type="button"
              className="button button-small button-primary"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => commands.keys.confirm()}
            >
              {t('coding.apply')}
            </button>
            <button type="button" className="button button-small" onClick={() => setAdjusting(null)}>
              {t('ui.cancel')}
            </button>
          </div>
        )}
        {find.isOpen && view && (
          <FindBar
            query={find.query}
            count={find.matches.length}
            current={find.current}
            focusKey={find.focusKey}
            onQuery={find.setQuery}
            onStep={find.step}
            onClose={() => {
              find.close();
              root?.querySelector<HTMLElement>('.turn[tabindex="0"]')?.focus();
            }}
          />
        )}
        {doc.error && <p className="banner banner-error transcript-error">{doc.error}</p>}
        {!documentId ? (
          props.empty
        ) : !view ? (
          <p className="loading-note" aria-busy="true">
            {doc.error ? '' : t('coding.openingTranscript')}
          </p>
        ) : view.turnList.length === 0 ? (
          <div className="empty-state empty-state-compact">
            <h3>{t('coding.noText')}</h3>
          </div>
        ) : (
          <div className="transcript-frame" ref={setRoot}>
            <TranscriptView
              ref={transcript}
              view={view}
              looks={looks}
              buckets={buckets}
              lanes={lanes}
              selectedCodingId={selectedCodingId}
              matches={find.matches}
              currentMatch={find.current}
              pending={selection.range && !selection.live ? selection.range : null}
              keepOffsets={commands.keepOffsets}
              onSelectCoding={commands.selectCoding}
              onSaveTurn={actions.editTurn}
              onCopy={commands.copy}
            />
          </div>
        )}
        {!palette && !adjusting && selection.live && (
          <SelectionButton root={root} range={selection.range} onCode={() => commands.keys.palette()} />
        )}
        {palette && codes && (
          <CodePalette
            mode={palette.mode}
            codes={codes}
            slots={slots}
            recent={recentIds}
            quote={palette.quote}
            anchor={palette.anchor}
            excludeCodeId={palette.mode === 'recode' ? palette.coding.codeId : undefined}
            onChoose={commands.choose}
            onClose={commands.closePalette}
          />
        )}
      </main>
      <aside className="coding-right" aria-label={t('coding.codingsAndMemos')}>
        {props.side ??
          (view ? (
            <CodingsPanel
              view={view}
              looks={looks}
              selectedCodingId={selected?.id ?? null}
              memoIds={memoIds}
              onSelect={commands.showCoding}
              onRecode={commands.recodeCoding}
              onAdjust={commands.adjustCoding}
              onMemo={commands.memoCoding}
              onRemove={(c) => void commands.removeCoding(c)}
            />
          ) : (
            <section className="side-panel" aria-label={t('common.codings')}>
              <header className="side-panel-head">
                <h2>{t('common.codings')}</h2>
              </header>
              <p className="panel-empty muted">{t('coding.codingsPlaceholder')}</p>
            </section>
          ))}
      </aside>
    </>
  );
}
