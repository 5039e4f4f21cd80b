/** A cue's time range in milliseconds. */
export interface CueTiming {
  startMs: number;
  endMs: number;
}

// Every quantifier is bounded and the pattern is anchored, so a hostile 200k-character line costs
// one failed attempt at position 0, never backtracking across the line.
const CLOCK = /^(?:(\d{1,3}):)?(\d{1,3}):(\d{1,2})(?:[.,](\d{1,9}))?$/;
const LEADING_STAMP = /^([[(])(\d{1,3}(?::\d{1,2}){1,2}(?:[.,]\d{1,9})?)([\])])/;

/**
 * Parses a clock time to milliseconds. Accepts `hh:mm:ss.mmm` and `mm:ss.mmm` (WebVTT),
 * `hh:mm:ss,mmm` (SRT), `h:m:s.f` (legacy Teams/Stream: single digits, short fractions, where
 * `0.5` means 500 ms) and whole seconds (`1:02`, `00:01:02`). Returns null for anything else,
 * including minutes or seconds of 60 and more after an hour field.
 */
export function parseClock(text: string): number | null {
  const m = CLOCK.exec(text);
  if (!m) return null;
  const hours = m[1] === undefined ? 0 : Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = Number(m[3]);
  if (seconds >= 60 || (m[1] !== undefined && minutes >= 60)) return null;
  // A fraction is a decimal fraction of a second: pad or cut it to milliseconds.
  const ms = m[4] === undefined ? 0 : Number(m[4].slice(0, 3).padEnd(3, '0'));
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + ms;
}

/**
 * Reads a WebVTT/SRT timing line, `start --> end [cue settings]`. Returns null when either time
 * is unreadable (the caller reports the line).
 */
export function parseArrowTiming(line: string): CueTiming | null {
  const arrow = line.indexOf('-->');
  if (arrow < 0) return null;
  const start = parseClock(line.slice(0, arrow).trim());
  const rest = line.slice(arrow + 3).trimStart();
  const space = rest.search(/\s/);
  const end = parseClock(space < 0 ? rest : rest.slice(0, space));
  return start === null || end === null ? null : { startMs: start, endMs: end };
}

/** Reads a YouTube SBV timing line, `0:00:00.378,0:00:11.378`. */
export function parseSbvTiming(line: string): CueTiming | null {
  const comma = line.indexOf(',');
  if (comma < 0) return null;
  const start = parseClock(line.slice(0, comma).trim());
  const end = parseClock(line.slice(comma + 1).trim());
  return start === null || end === null ? null : { startMs: start, endMs: end };
}

/**
 * Matches a bracketed time stamp at the start of `text`: `[00:01:02]`, `(00:01:02)`, `[1:02]`,
 * `(1:02.5)`. Returns its value and how many characters it spans, or null.
 */
export function matchLeadingStamp(text: string): { ms: number; length: number } | null {
  const m = LEADING_STAMP.exec(text);
  if (!m || (m[1] === '[') !== (m[3] === ']')) return null;
  const ms = parseClock(m[2]!);
  return ms === null ? null : { ms, length: m[0].length };
}

/** Formats milliseconds as `hh:mm:ss.mmm` for warnings. */
export function formatClock(ms: number): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const s = Math.floor(ms / 1000);
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}.${pad(ms % 1000, 3)}`;
}
