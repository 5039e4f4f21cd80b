import { Autosaver, type SaveState, type SendOutcome } from '../../../renderer/ui/autosave';
import { fakeTimers } from './fakeTimers';

/**
 * An Autosaver on hand-driven timers that records what it sends and the states it reports;
 * `outcome` answers each send (saved, failed and retried, or failed for good).
 */
export function recordingSaver(outcome: (text: string) => SendOutcome | Promise<SendOutcome> = () => true) {
  const { timers, advance } = fakeTimers();
  const sent: string[] = [];
  const states: SaveState[] = [];
  const saver = new Autosaver({
    timers,
    send: async (_key, text) => {
      sent.push(text);
      return outcome(text);
    },
    onState: (s) => states.push(s),
  });
  return { saver, sent, states, advance };
}
