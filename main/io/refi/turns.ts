import type { PlanTurn } from './plan';

/** How to cut a text into turns (see {@link splitTurns}). */
export type TurnCut = 'blank-lines' | 'lines' | 'paragraphs';

/** Lines are grouped into turns of about this many characters when nothing says who speaks where. */
const PARAGRAPH_CHARS = 1500;

/**
 * Turns for an imported text, which the transcript view needs (it shows one row per turn). The text
 * itself is never changed: turns only point into it, and the gaps between them (line breaks) belong to
 * no turn.
 * - `blank-lines`: a text Verbatim exported is its turns joined by blank lines, so this gives them back.
 * - `lines`: one turn per line, when cases say who speaks where (their ranges follow lines).
 * - `paragraphs`: text from other tools with nothing about speakers: blank-line paragraphs, long ones
 *   cut at line breaks into turns of about 1,500 characters (NVivo writes a table as one line per
 *   cell; 15,000 one-line turns would help nobody).
 */
export function splitTurns(text: string, cut: TurnCut): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const separator = cut === 'lines' ? /\n\s*/g : /\n[ \t]*\n\s*/g;
  const push = (start: number, end: number) => {
    let e = end;
    while (e > start && /\s/.test(text[e - 1]!)) e--;
    if (e > start) out.push({ start, end: e });
  };
  const block = (start: number, end: number) => {
    if (cut !== 'paragraphs' || end - start <= PARAGRAPH_CHARS) return push(start, end);
    let from = start;
    for (let nl = text.indexOf('\n', from); nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1)) {
      if (nl - from >= PARAGRAPH_CHARS) {
        push(from, nl);
        from = nl + 1;
      }
    }
    push(from, end);
  };
  let from = 0;
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    block(from, m.index);
    from = m.index + m[0].length;
  }
  block(from, text.length);
  return out;
}

/**
 * Gives turns their speakers from ranges known to be one participant's (a case's selections): a turn
 * lying wholly inside such a range is theirs, and so is the one turn a shorter range falls into.
 * The first claim on a turn wins; the number of contested turns is returned for the report.
 */
export function assignSpeakers(
  turns: { start: number; end: number }[],
  ranges: readonly { start: number; end: number; participantKey: string }[],
): { turns: PlanTurn[]; contested: number } {
  const out: PlanTurn[] = turns.map((t) => ({ ...t, participantKey: null }));
  let contested = 0;
  const claim = (i: number, key: string) => {
    const turn = out[i]!;
    if (turn.participantKey === null) turn.participantKey = key;
    else if (turn.participantKey !== key) contested++;
  };
  for (const r of ranges) {
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (out[mid]!.end <= r.start) lo = mid + 1;
      else hi = mid;
    }
    let whole = false;
    for (let i = lo; i < out.length && out[i]!.start < r.end; i++) {
      if (out[i]!.start >= r.start && out[i]!.end <= r.end) {
        claim(i, r.participantKey);
        whole = true;
      }
    }
    if (!whole && lo < out.length && out[lo]!.start <= r.start && out[lo]!.end >= r.end) claim(lo, r.participantKey);
  }
  return { turns: out, contested };
}
