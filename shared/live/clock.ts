import type { ClockAction, ClockState } from '../domain/live';

/** The clock of a session that was never started. */
export const IDLE_CLOCK: ClockState = { startedAt: null, runningSince: null, elapsedMs: 0, stoppedAt: null };

export type ClockStatus = 'idle' | 'running' | 'paused' | 'stopped';

export function clockStatus(clock: ClockState): ClockStatus {
  if (clock.startedAt === null) return 'idle';
  if (clock.runningSince !== null) return 'running';
  return clock.stoppedAt !== null ? 'stopped' : 'paused';
}

/** Session time in ms at wall-clock time `nowMs` (ms since the epoch). Never negative, never runs backwards past a pause. */
export function sessionTime(clock: ClockState, nowMs: number): number {
  if (clock.runningSince === null) return clock.elapsedMs;
  return clock.elapsedMs + Math.max(0, nowMs - Date.parse(clock.runningSince));
}

/**
 * The clock after `action` at wall-clock time `nowIso`, or an explanation of why the action does
 * not apply (pausing a paused clock, resuming one that never started…).
 * Start on a stopped session carries on from where it stopped: a moderator who pressed Stop too early
 * loses nothing.
 */
export function applyClockAction(clock: ClockState, action: ClockAction, nowIso: string): ClockState | { error: string } {
  const status = clockStatus(clock);
  const nowMs = Date.parse(nowIso);
  switch (action) {
    case 'start':
      if (status === 'idle') return { startedAt: nowIso, runningSince: nowIso, elapsedMs: 0, stoppedAt: null };
      if (status === 'running') return { error: 'The session is already running.' };
      return { ...clock, runningSince: nowIso, stoppedAt: null };
    case 'resume':
      if (status === 'idle') return { error: 'Start the session first.' };
      if (status === 'running') return { error: 'The session is already running.' };
      return { ...clock, runningSince: nowIso, stoppedAt: null };
    case 'pause':
      if (status !== 'running') return { error: 'Only a running session can be paused.' };
      return { ...clock, runningSince: null, elapsedMs: sessionTime(clock, nowMs) };
    case 'stop':
      if (status === 'idle') return { error: 'The session has not started.' };
      if (status === 'stopped') return { error: 'The session is already stopped.' };
      return { ...clock, runningSince: null, elapsedMs: sessionTime(clock, nowMs), stoppedAt: nowIso };
  }
}
