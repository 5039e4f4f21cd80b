import { useCallback, useMemo, useRef, useState } from 'react';
import type { ClockAction, Note, NoteCoding, TimedTurn } from '../../shared/domain/live';
import { nextQuestion, previousQuestion } from '../../shared/live/guide';
import { invoke, isDesktopWindow } from '../api';
import { useCodes } from '../codebook/useCodes';
import { CodePalette } from '../ui/CodePalette';
import { codeLooks } from '../ui/codeLook';
import { assignNumberKeys } from '../ui/numberKeys';
import { useT } from '../i18n/useT';
import type { StudyData } from '../study/useStudyData';
import { useToast } from '../ui/Toast';
import { Composer } from './Composer';
import { GuideDialog } from './GuideDialog';
import { GuidePanel } from './GuidePanel';
import { InterceptForm } from './InterceptForm';
import { KeyHelp, KeyLegend } from './KeyLegend';
import { LiveHeader } from './LiveHeader';
import './live.css';
import NoteEditor from '../editor/NoteEditor';
import type { NoteActions } from './NoteRow';
import { NotesList } from './NotesList';
import { NowBanner } from './NowBanner';
import { StoppedNotes } from './StoppedNotes';
import { PeoplePicker } from './PeoplePicker';
import { TranscriptClocks } from './TranscriptClocks';
import { liveKeyNames } from './liveKeys';
import { useLiveKeys } from './useLiveKeys';
import { currentItemOf } from './noteLogic';
import { useLiveSession } from './useLiveSession';
import { useNoteWriter } from './useNoteWriter';
import { useStableArray } from './useStableArray';
import { useTranscriptLinks } from './useTranscriptLinks';

interface LiveSessionScreenProps {
  sessionId: string;
  data: StudyData;
  /** Set when arriving from "Next intercept": the quick form gets the focus. */
  focusForm?: boolean;
  onBack: () => void;
  onOpenTranscript: (documentId: string, offset: number) => void;
  onSwitchSession: (sessionId: string) => void;
}

/** Running a session: the clock, the guide, and notes typed, attributed and tagged from the keyboard. */
export function LiveSessionScreen({ sessionId, data, focusForm, onBack, onOpenTranscript, onSwitchSession }: LiveSessionScreenProps) {
  const toast = useToast();
  const { t } = useT();
  const model = useLiveSession(sessionId);
  const { live, error, upsertNote, latest: liveRef, setQuestion, clock: runClock, reload, setLive } = model;
  const writer = useNoteWriter(model, sessionId);
  const { editing, editor: editorRef, open: openNote, toggleStar, saver } = writer;
  const { codes, reload: reloadCodes } = useCodes();
  const looks = useMemo(() => codeLooks(codes), [codes]);
  const slots = useMemo(() => assignNumberKeys(codes ?? []), [codes]);
  const [palette, setPalette] = useState<{ quote: string; range: { start: number; end: number } | null } | null>(null);
  const [picker, setPicker] = useState(false);
  const [guideDialog, setGuideDialog] = useState(false);
  const [help, setHelp] = useState(false);
  // The desktop app gets every key; a browser keeps some for itself (see liveKeyNames).
  const [keyNames] = useState(() => liveKeyNames(isDesktopWindow()));

  const notes = live?.notes;
  const composerId = editing.place === 'composer' ? editing.noteId : null;
  // The same array while only the composer's own note changed (its autosaves), so the list does not re-render.
  const listNotes = useStableArray(useMemo(() => (notes ?? []).filter((n) => n.id !== composerId), [notes, composerId]));
  const composerNote = composerId ? (notes?.find((n) => n.id === composerId) ?? null) : null;
  const currentId = live ? currentItemOf(live.marks) : null;
  const guide = live?.guide ?? null;
  const isIntercept = live?.session.kind === 'intercept';

  const { transcript, alignment, linkFor, setOffset } = useTranscriptLinks(live, sessionId, setLive);

  const refocus = useCallback(() => window.setTimeout(() => editorRef.current?.focus(), 0), [editorRef]);

  const removeCoding = useCallback(
    async (note: Note, coding: NoteCoding) => {
      const r = await invoke('codings:delete', { id: coding.id });
      if (!r.ok) return toast.error(r.error.message);
      const latest = liveRef.current?.notes.find((n) => n.id === note.id) ?? note;
      upsertNote({ ...latest, codings: latest.codings.filter((c) => c.id !== coding.id) });
    },
    [liveRef, toast, upsertNote],
  );

  const actions = useMemo<NoteActions>(
    () => ({
      open: (id, caret) => openNote(id, caret),
      toggleStar: (note) => void toggleStar(note),
      removeCoding: (note, coding) => void removeCoding(note, coding),
      setTime: (note, ms) =>
        void invoke('notes:update', { id: note.id, timeMs: ms }).then((r) => (r.ok ? upsertNote(r.value) : toast.error(r.error.message))),
      jump: (turn: TimedTurn) => {
        const t = liveRef.current?.transcript;
        if (t) onOpenTranscript(t.documentId, turn.start);
      },
      copyCodes: (note) =>
        void invoke('notes:copyCodesToTranscript', { id: note.id }).then((r) =>
          r.ok
            ? toast.info(r.value.added > 0 ? t('live.copiedCodes', { count: r.value.added }) : t('live.codesThere'))
            : toast.error(r.error.message),
        ),
    }),
    [openNote, toggleStar, removeCoding, upsertNote, toast, t, liveRef, onOpenTranscript],
  );

  const moveQuestion = useCallback(
    (direction: 1 | -1) => {
      const items = liveRef.current?.guide?.items ?? [];
      const marks = liveRef.current?.marks ?? [];
      const now = currentItemOf(marks);
      const target = direction === 1 ? nextQuestion(items, now) : previousQuestion(items, now);
      if (target) void setQuestion(target.id);
      else if (items.length) toast.info(direction === 1 ? t('live.lastQuestion') : t('live.firstQuestion'));
    },
    [liveRef, setQuestion, toast, t],
  );

  const clockToggle = useCallback(() => {
    const clock = liveRef.current?.clock;
    if (!clock) return;
    // An ended session is not reopened by a key pressed out of habit; its button says what it does.
    if (clock.stoppedAt !== null) return toast.info(t('live.endedNoKey'));
    const action = clock.startedAt === null ? 'start' : clock.runningSince !== null ? 'pause' : 'resume';
    void runClock(action);
  }, [liveRef, runClock, toast, t]);

  const nextIntercept = useCallback(async () => {
    await saver.flush();
    const r = await invoke('intercepts:next', { fromSessionId: sessionId });
    if (!r.ok) return toast.error(r.error.message);
    const next = r.value.session;
    data.setSessions((all) => [...(all ?? []), next]);
    void data.reloadParticipants();
    // The next intercept starts at once; an already running clock just says so, which is fine.
    await invoke('live:clock', { sessionId: next.id, action: 'start' });
    onSwitchSession(next.id);
  }, [data, onSwitchSession, sessionId, toast, saver]);

  useLiveKeys({
    enabled: live !== null && !palette && !picker && !guideDialog && !help,
    people: live?.people ?? [],
    moderatorName: live?.session.moderator ?? null,
    moderatorWord: t('common.moderator'),
    slots,
    isIntercept,
    onSpeaker: writer.setSpeaker,
    onCode: (codeId) => void writer.code({ codeId }).then(refocus),
    onPalette: () => {
      const text = editorRef.current?.text() ?? '';
      const range = editorRef.current?.selection() ?? null;
      setPalette({ quote: range ? text.slice(range.start, range.end) : text, range });
    },
    onStar: () => void writer.toggleStar(),
    onQuestion: moveQuestion,
    onClock: clockToggle,
    onNextIntercept: () => void nextIntercept(),
    onHelp: () => setHelp(true),
    afterUndo: () => void reload(),
  });

  // Arriving from "Next intercept", the quick form's first field has the focus, not the composer.
  const [firstKey] = useState(editing.key);

  const leaving = useRef(false);
  const back = useCallback(async () => {
    if (leaving.current) return;
    leaving.current = true;
    await saver.flush();
    onBack();
  }, [onBack, saver]);
  // Stable callbacks for the memoized header and guide, so typing and saving re-render neither.
  const headerCallbacks = useMemo(
    () => ({ onBack: () => void back(), onClock: (a: ClockAction) => void runClock(a), onHelp: () => setHelp(true) }),
    [back, runClock],
  );
  const guideCallbacks = useMemo(
    () => ({
      onSelect: (id: string) => void setQuestion(id).then(refocus),
      onNext: () => moveQuestion(1),
      onPrevious: () => moveQuestion(-1),
      onEdit: () => setGuideDialog(true),
    }),
    [setQuestion, refocus, moveQuestion],
  );

  if (error && !live)
    return (
      <div className="live-screen">
        <p className="banner banner-error">{error}</p>
      </div>
    );
  if (!live)
    return (
      <p className="loading-note" aria-busy="true">
        {t('common.openingSession')}
      </p>
    );

  const participant = isIntercept
    ? (data.participants?.find((p) => p.id === live.people.find((x) => x.role === 'participant')?.participantId) ?? null)
    : null;
  const current = guide?.items.find((i) => i.id === currentId) ?? null;
  const editorCallbacks = {
    onText: writer.onText,
    onEnter: writer.finish,
    onLeave: writer.leave,
    onAt: () => setPicker(true),
    onEscape: writer.toComposer,
  };
  const inlineEditor =
    editing.place === 'inline' ? (
      <NoteEditor
        key={editing.key}
        ref={editorRef}
        initialText={editing.initialText}
        caret={editing.caret}
        label={t('live.editNote')}
        placeholder={t('live.emptyNote')}
        {...editorCallbacks}
      />
    ) : null;

  return (
    <div className="live-screen">
      <LiveHeader session={live.session} clock={live.clock} saver={saver} {...headerCallbacks} />
      <div className="live-body">
        <main className="live-main">
          {isIntercept && (
            <InterceptForm
              participant={participant}
              focusFirst={focusForm === true}
              attributes={data.attributes ?? []}
              onNext={() => void nextIntercept()}
              nextKey={keyNames.nextIntercept}
              onSet={(attributeId, value) => {
                if (!participant) return;
                void invoke('participants:setValue', { participantId: participant.id, attributeId, value }).then((r) =>
                  r.ok ? data.replaceParticipant(r.value) : toast.error(r.error.message),
                );
              }}
            />
          )}
          <NowBanner clock={live.clock} current={current} />
          {transcript && alignment && <TranscriptClocks title={transcript.title} alignment={alignment} onSet={setOffset} />}
          <NotesList
            notes={listNotes}
            guide={guide}
            looks={looks}
            linkFor={linkFor}
            editingId={editing.place === 'inline' ? editing.noteId : null}
            editor={inlineEditor}
            actions={actions}
            started={live.clock.startedAt !== null}
          />
          <StoppedNotes notes={writer.stopped} onRescue={(key) => void writer.rescue(key)} onDismiss={writer.dismiss} />
          <div className="composer-wrap">
            {picker && (
              <PeoplePicker
                people={live.people}
                moderatorName={live.session.moderator}
                onChoose={(speaker) => {
                  setPicker(false);
                  writer.setSpeaker(speaker);
                  refocus();
                }}
                onClose={() => {
                  setPicker(false);
                  refocus();
                }}
              />
            )}
            <Composer
              editorKey={editing.key}
              editorRef={editorRef}
              note={composerNote}
              draftSpeaker={writer.draftSpeaker}
              people={live.people}
              looks={looks}
              active={editing.place === 'composer'}
              autoFocus={!(focusForm && editing.key === firstKey)}
              hasNotes={listNotes.length > 0}
              onActivate={writer.toComposer}
              onRemoveCoding={(note, coding) => void removeCoding(note, coding)}
              onStar={() => void writer.toggleStar()}
              {...editorCallbacks}
            />
            <KeyLegend people={live.people} slots={slots} looks={looks} keys={keyNames} />
          </div>
        </main>
        <GuidePanel guide={guide} marks={live.marks} clock={live.clock} currentId={currentId} {...guideCallbacks} />
      </div>
      {palette && codes && (
        <CodePalette
          mode="apply"
          codes={codes}
          slots={slots}
          quote={palette.quote || t('live.thisNote')}
          anchor={null}
          onChoose={(choice) => {
            setPalette(null);
            void writer.code(choice, palette.range).then((note) => {
              if (note && 'newCode' in choice) void reloadCodes();
              refocus();
            });
          }}
          onClose={() => {
            setPalette(null);
            refocus();
          }}
        />
      )}
      {guideDialog && (
        <GuideDialog
          sessionId={sessionId}
          guide={guide}
          onClose={() => setGuideDialog(false)}
          onDone={() => {
            setGuideDialog(false);
            void reload();
          }}
        />
      )}
      {help && <KeyHelp keys={keyNames} onClose={() => setHelp(false)} />}
    </div>
  );
}
