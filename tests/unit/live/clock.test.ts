import { describe, expect, it } from 'vitest';
import type { ClockState } from '../../../shared/domain/live';
import { translatorFor } from '../../../shared/i18n/translator';
import { applyClockAction, clockStatus, IDLE_CLOCK, sessionTime } from '../../../shared/live/clock';

const T0 = '2026-03-03T18:30:00.000Z';
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();
const ok = (c: ReturnType<typeof applyClockAction>): ClockState => {
  if ('error' in c) throw new Error(c.error);
  return c;
};
/** Why an action was refused, in English (the refusal is a catalogue message). */
const refusal = (c: ReturnType<typeof applyClockAction>) => ('error' in c ? translatorFor('en').t(c.error) : null);

describe('session clock', () => {
  it('runs, pauses, resumes and stops, counting only running time', () => {
    const started = ok(applyClockAction(IDLE_CLOCK, 'start', T0));
    expect(started).toEqual({ startedAt: T0, runningSince: T0, elapsedMs: 0, stoppedAt: null });
    expect(clockStatus(started)).toBe('running');
    expect(sessionTime(started, Date.parse(at(90)))).toBe(90_000);
    const paused = ok(applyClockAction(started, 'pause', at(100)));
    expect(paused).toEqual({ startedAt: T0, runningSince: null, elapsedMs: 100_000, stoppedAt: null });
    expect(clockStatus(paused)).toBe('paused');
    expect(sessionTime(paused, Date.parse(at(500)))).toBe(100_000);
    const resumed = ok(applyClockAction(paused, 'resume', at(160)));
    expect(sessionTime(resumed, Date.parse(at(170)))).toBe(110_000);
    const stopped = ok(applyClockAction(resumed, 'stop', at(200)));
    expect(stopped).toEqual({ startedAt: T0, runningSince: null, elapsedMs: 140_000, stoppedAt: at(200) });
    expect(clockStatus(stopped)).toBe('stopped');
    // Start after Stop carries on from where it stopped.
    const again = ok(applyClockAction(stopped, 'start', at(300)));
    expect(again).toEqual({ startedAt: T0, runningSince: at(300), elapsedMs: 140_000, stoppedAt: null });
    expect(sessionTime(again, Date.parse(at(310)))).toBe(150_000);
  });

  it('stops a paused clock without adding time', () => {
    const paused = ok(applyClockAction(ok(applyClockAction(IDLE_CLOCK, 'start', T0)), 'pause', at(30)));
    expect(ok(applyClockAction(paused, 'stop', at(90)))).toMatchObject({ elapsedMs: 30_000, stoppedAt: at(90) });
  });

  it('never counts backwards when the wall clock jumps back', () => {
    const started = ok(applyClockAction(IDLE_CLOCK, 'start', at(60)));
    expect(sessionTime(started, Date.parse(at(0)))).toBe(0);
  });

  it('refuses actions that do not apply', () => {
    const running = ok(applyClockAction(IDLE_CLOCK, 'start', T0));
    const paused = ok(applyClockAction(running, 'pause', at(1)));
    const stopped = ok(applyClockAction(running, 'stop', at(1)));
    expect(refusal(applyClockAction(IDLE_CLOCK, 'pause', T0))).toBe('Only a running session can be paused.');
    expect(refusal(applyClockAction(IDLE_CLOCK, 'resume', T0))).toBe('Start the session first.');
    expect(refusal(applyClockAction(IDLE_CLOCK, 'stop', T0))).toBe('The session has not started.');
    expect(refusal(applyClockAction(running, 'start', at(2)))).toBe('The session is already running.');
    expect(refusal(applyClockAction(running, 'resume', at(2)))).toBe('The session is already running.');
    expect(refusal(applyClockAction(paused, 'pause', at(2)))).toBe('Only a running session can be paused.');
    expect(refusal(applyClockAction(stopped, 'stop', at(2)))).toBe('The session is already stopped.');
    expect(clockStatus(IDLE_CLOCK)).toBe('idle');
  });
});
