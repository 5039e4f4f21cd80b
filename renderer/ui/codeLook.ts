import type { Code, Coding, StepLabel, Turn } from '../../shared/domain/coding';
import type { Translator } from '../../shared/i18n/translator';
import { formatTimestamp } from '../../shared/text/time';

/** How a code is drawn: its colour and names. */
export interface CodeLook {
  color: string;
  name: string;
  path: string;
}

const UNKNOWN: CodeLook = { color: '#8a93a3', name: 'Code', path: 'Code' };

export function codeLooks(codes: readonly Code[] | null): Map<string, CodeLook> {
  return new Map((codes ?? []).map((c) => [c.id, { color: c.color, name: c.name, path: c.path }]));
}

export function lookOf(looks: ReadonlyMap<string, CodeLook>, coding: Pick<Coding, 'codeId'>): CodeLook {
  return looks.get(coding.codeId) ?? UNKNOWN;
}

/** "#4f7cac" with an alpha, as rgba(). */
export function tint(hex: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return `rgba(138, 147, 163, ${alpha})`;
  return `rgba(${parseInt(m[1]!, 16)}, ${parseInt(m[2]!, 16)}, ${parseInt(m[3]!, 16)}, ${alpha})`;
}

/** Speaker colours: distinct, readable as small dots on white. */
const SPEAKER_COLORS = ['#2f6fb3', '#c0562a', '#2e8b57', '#8e44ad', '#b8860b', '#16808a', '#c2185b', '#5d6d7e', '#6b8e23', '#7b4b2a'];

/**
 * A colour per speaker of a document, in order of first appearance (so the first ten speakers never
 * share one); the same speaker keeps the same colour throughout the transcript.
 */
export function speakerColors(turns: readonly Pick<Turn, 'speaker'>[]): Map<string, string> {
  const colors = new Map<string, string>();
  for (const t of turns) {
    const who = t.speaker ?? '';
    if (!colors.has(who)) colors.set(who, SPEAKER_COLORS[colors.size % SPEAKER_COLORS.length]!);
  }
  return colors;
}

/** "Anna Schmidt at 01:23" (or "Anna Schmidt, turn 4" without times), the accessible name of a turn. */
export function turnLabel(turn: Turn, t: Translator['t']): string {
  const speaker = turn.speaker ?? t('coding.unknownSpeaker');
  return turn.startMs !== null
    ? t('coding.turnAt', { speaker, time: formatTimestamp(turn.startMs) })
    : // A turn's number names it, like a page number: never grouped ("turn 2500").
      t('coding.turnNumbered', { speaker, number: String(turn.position + 1) });
}

/**
 * A step of the undo history ("Rename “A” to “B”") in the UI's language. The English messages keep
 * the straight quotes the backend's labels always had (logs and tests read them); on screen they are typographic.
 */
export function stepText(t: Translator['t'], step: StepLabel): string {
  return t(step.id, step.values).replace(/"([^"]*)"/g, '“$1”');
}
