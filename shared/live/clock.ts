import type { ClockAction, ClockState } from '../domain/live';
import type { MessageId } from '../i18n/catalogue';

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
 * The clock after `action` at wall-clock time `nowIso`, or why the action does not apply
 * (pausing a paused clock, resuming one that never started…) as a catalogue message.
 * Start on a stopped session carries on from where it stopped: a moderator who pressed Stop too early
 * loses nothing.
 */
export function applyClockAction(clock: ClockState, action: ClockAction, nowIso: string): ClockState | { error: MessageId } {
  const status = clockStatus(clock);
  const nowMs = Date.parse(nowIso);
  switch (action) {
    case 'start':
      if (status === 'idle') return { startedAt: nowIso, runningSince: nowIso, elapsedMs: 0, stoppedAt: null };
      if (status === 'running') return { error: 'editing.clockAlreadyRunning' };
      return { ...clock, runningSince: nowIso, stoppedAt: null };
    case 'resume':
      if (status === 'idle') return { error: 'editing.clockStartFirst' };
      if (status === 'running') return { error: 'editing.clockAlreadyRunning' };
      return { ...clock, runningSince: nowIso, stoppedAt: null };
    case 'pause':
      if (status !== 'running') return { error: 'editing.clockOnlyRunningPauses' };
      return { ...clock, runningSince: null, elapsedMs: sessionTime(clock, nowMs) };
    case 'stop':
      if (status === 'idle') return { error: 'editing.clockNotStarted' };
      if (status === 'stopped') return { error: 'editing.clockAlreadyStopped' };
      return { ...clock, runningSince: null, elapsedMs: sessionTime(clock, nowMs), stoppedAt: nowIso };
  }
}
