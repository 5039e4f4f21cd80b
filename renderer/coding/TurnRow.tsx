import { lazy, memo, Suspense, type CSSProperties } from 'react';
import type { Coding, Turn } from '../../shared/domain/coding';
import { lookOf, tint, turnLabel, type CodeLook } from '../ui/codeLook';
import { formatTimestamp } from '../../shared/text/time';
import { splitSegments, type Span } from '../ui/segments';
import { packLanes } from './stripes';
import { useT } from '../i18n/useT';

const TurnEditor = lazy(() => import('../editor/TurnEditor'));

/** A range drawn over the text that is not a coding: find matches, a jump target, a pending selection. */
export interface Decoration {
  kind: 'find' | 'find-current' | 'flash' | 'pending';
  start: number;
  end: number;
}

export interface TurnRowProps {
  turn: Turn;
  index: number;
  top: number;
  /** The whole document text (the turn is `text.slice(turn.start, turn.end)`). */
  text: string;
  /** Anchored codings overlapping this turn. */
  codings: readonly Coding[];
  decorations: readonly Decoration[];
  lanes: ReadonlyMap<string, number>;
  looks: ReadonlyMap<string, CodeLook>;
  speakerColor: string;
  /** The selected coding, only when it overlaps this turn. */
  selectedCodingId: string | null;
  tabbable: boolean;
  editing: boolean;
  /** Where the caret goes when the editor opens (offset inside the turn). */
  caret: number | null;
  width: number;
  measure: (el: HTMLElement | null) => void;
  onSelectCoding: (id: string) => void;
  onSaveEdit: (turn: Turn, text: string) => Promise<void>;
  onCancelEdit: () => void;
}

const BAR = 3;
const MAX_BARS = 4;
/** The stripe margin (see .turn-stripes): lanes are 7px apart, closer when more are needed. */
const MARGIN = 40;
const LANE_WIDTH = 7;

/** One speaker turn: who and when, the text with coding highlights, and coding stripes in the margin. */
function TurnRowView(props: TurnRowProps) {
  const {
    turn,
    index,
    top,
    text,
    codings,
    decorations,
    lanes,
    looks,
    selectedCodingId,
    editing,
    width,
    measure,
    caret,
    tabbable,
    speakerColor,
  } = props;
  const { onSelectCoding, onSaveEdit, onCancelEdit } = props;
  const { t } = useT();
  const moderator = turn.role === 'moderator';
  const packed = packLanes(
    codings.map((c) => c.id),
    lanes,
  );
  const spans: Span[] = [...codings, ...decorations.map((d, i) => ({ id: `~${i}`, start: d.start, end: d.end }))];
  const segments = editing ? [] : splitSegments(text, turn.start, turn.end, spans);
  const byId = new Map(codings.map((c) => [c.id, c]));
  // Changes whenever the stripes' vertical positions may change (see layoutStripes).
  const signature = `${width}|${turn.start}|${turn.end}|${editing ? 1 : 0}|${codings.map((c) => `${c.id}:${c.start}:${c.end}`).join(',')}`;

  return (
    <div
      ref={measure}
      role="listitem"
      aria-label={turnLabel(turn, t)}
      className={`turn${moderator ? ' turn-moderator' : ''}${editing ? ' turn-editing' : ''}`}
      tabIndex={tabbable ? 0 : -1}
      data-vkey={turn.id}
      data-index={index}
      data-ts={turn.start}
      data-te={turn.end}
      data-sig={signature}
      style={{ top }}
    >
      <div className="turn-head">
        <span className="speaker-dot" style={{ backgroundColor: moderator ? undefined : speakerColor }} aria-hidden="true" />
        <span className="turn-speaker">{turn.speaker ?? t('coding.unknownSpeaker')}</span>
        {moderator && <span className="role-tag">{t('common.moderator')}</span>}
        {turn.startMs !== null && <span className="turn-time">{formatTimestamp(turn.startMs)}</span>}
      </div>
      {editing ? (
        <Suspense fallback={<div className="turn-text">{text.slice(turn.start, turn.end)}</div>}>
          <TurnEditor
            initialText={text.slice(turn.start, turn.end)}
            caret={caret}
            label={t('coding.editTurn', { turn: turnLabel(turn, t) })}
            onSave={(next) => onSaveEdit(turn, next)}
            onCancel={onCancelEdit}
          />
        </Suspense>
      ) : (
        <div className="turn-text">
          {segments.map((s) => {
            const ids = s.ids.filter((id) => !id.startsWith('~'));
            const decoKinds = s.ids.filter((id) => id.startsWith('~')).map((id) => decorations[Number(id.slice(1))]!.kind);
            const coded = ids.map((id) => byId.get(id)!).sort((a, b) => (packed.lane.get(a.id) ?? 0) - (packed.lane.get(b.id) ?? 0));
            return (
              <span
                key={s.start}
                data-o={s.start}
                className={segmentClass(coded.length > 0, ids.includes(selectedCodingId ?? ''), decoKinds)}
                style={coded.length ? codedStyle(coded, looks, selectedCodingId) : undefined}
                title={coded.length ? coded.map((c) => lookOf(looks, c).path).join(' · ') : undefined}
              >
                {text.slice(s.start, s.end)}
              </span>
            );
          })}
        </div>
      )}
      {codings.length > 0 && (
        <div className="turn-stripes">
          {codings.map((c) => {
            const look = lookOf(looks, c);
            return (
              <button
                key={c.id}
                type="button"
                tabIndex={-1}
                className={`stripe${c.id === selectedCodingId ? ' stripe-selected' : ''}`}
                data-s={Math.max(c.start, turn.start)}
                data-e={Math.min(c.end, turn.end)}
                data-lane={packed.lane.get(c.id) ?? 0}
                style={{ backgroundColor: look.color }}
                title={t('coding.stripeTitle', { code: look.path, quote: c.quote.length > 80 ? `${c.quote.slice(0, 79)}…` : c.quote })}
                aria-label={t('coding.stripeLabel', { code: look.path })}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onSelectCoding(c.id)}
              />
            );
          })}
        </div>
      )}
    </div>
  );
}

function segmentClass(coded: boolean, selected: boolean, kinds: Decoration['kind'][]): string {
  let name = 'seg';
  if (coded) name += ' seg-coded';
  if (selected) name += ' seg-selected';
  for (const k of kinds) name += ` seg-${k}`;
  return name;
}

/** A light tint of the outermost code, and one coloured bar per coding stacked under the words. */
function codedStyle(coded: readonly Coding[], looks: ReadonlyMap<string, CodeLook>, selectedId: string | null): CSSProperties {
  const bars = coded.slice(0, MAX_BARS);
  const selected = coded.find((c) => c.id === selectedId);
  const base = selected ?? coded[0]!;
  return {
    backgroundColor: tint(lookOf(looks, base).color, selected ? 0.3 : coded.length > 1 ? 0.17 : 0.12),
    boxShadow: bars.map((c, i) => `inset 0 -${(i + 1) * BAR}px 0 ${lookOf(looks, c).color}`).join(', '),
    paddingBottom: bars.length * BAR - 1,
  };
}

const sameDecorations = (a: readonly Decoration[], b: readonly Decoration[]) =>
  a === b || (a.length === b.length && a.every((d, i) => d.kind === b[i]!.kind && d.start === b[i]!.start && d.end === b[i]!.end));

/** Rows re-render only when something they draw changed (decorations are compared by value). */
export const TurnRow = memo(TurnRowView, (prev, next) => {
  for (const key of Object.keys(next) as (keyof TurnRowProps)[]) {
    if (key === 'decorations') {
      if (!sameDecorations(prev.decorations, next.decorations)) return false;
    } else if (prev[key] !== next[key]) return false;
  }
  return true;
});

/**
 * Places every stripe beside the lines its coding covers, in lanes so that stripes whose lines
 * overlap sit side by side (two codings on one line overlap there even when their words do not).
 * One read pass over the mounted rows whose layout changed (their `data-sig`), then one write pass,
 * so the page is laid out once.
 */
export function layoutStripes(root: HTMLElement): void {
  const work: { bar: HTMLElement; top: number; height: number; right: number }[] = [];
  const done: HTMLElement[] = [];
  for (const row of root.querySelectorAll<HTMLElement>('.turn')) {
    if (row.dataset.sig === row.dataset.laid) continue;
    done.push(row);
    const rowTop = row.getBoundingClientRect().top;
    const segments = [...row.querySelectorAll<HTMLElement>('.turn-text [data-o]')];
    const bars: { bar: HTMLElement; top: number; bottom: number; order: number }[] = [];
    for (const bar of row.querySelectorAll<HTMLElement>('.stripe')) {
      const s = Number(bar.dataset.s);
      const e = Number(bar.dataset.e);
      const first = segments.find((seg) => Number(seg.dataset.o) >= s) ?? segments[0];
      const last = segments.filter((seg) => Number(seg.dataset.o) < e).at(-1) ?? segments.at(-1);
      const a = first?.getClientRects()[0];
      const rects = last?.getClientRects();
      const b = rects?.[rects.length - 1];
      if (a && b) bars.push({ bar, top: a.top - rowTop, bottom: Math.max(a.top + 6, b.bottom) - rowTop, order: Number(bar.dataset.lane) });
    }
    bars.sort((x, y) => x.order - y.order || x.top - y.top);
    const laneBottoms: number[] = [];
    const lanes = bars.map((b) => {
      let lane = laneBottoms.findIndex((bottom) => bottom + 2 <= b.top);
      if (lane < 0) lane = laneBottoms.push(b.bottom) - 1;
      else laneBottoms[lane] = b.bottom;
      return lane;
    });
    const step = Math.min(LANE_WIDTH, MARGIN / Math.max(1, laneBottoms.length));
    bars.forEach((b, i) => work.push({ bar: b.bar, top: b.top, height: b.bottom - b.top, right: lanes[i]! * step }));
  }
  for (const { bar, top, height, right } of work) {
    bar.style.top = `${top}px`;
    bar.style.height = `${height}px`;
    bar.style.right = `${right}px`;
  }
  for (const row of done) row.dataset.laid = row.dataset.sig;
}
