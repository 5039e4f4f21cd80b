import { memo } from 'react';
import type { LivePerson } from '../../shared/domain/live';
import type { CodeLook } from '../coding/look';
import type { KeySlot } from '../coding/numberKeys';
import { Dialog } from '../ui/Dialog';
import { speakerSlots, type LiveKeyNames } from './liveKeys';

interface LegendProps {
  people: readonly LivePerson[];
  slots: readonly KeySlot[];
  looks: ReadonlyMap<string, CodeLook>;
  /** The code keys as they reach the page here (Ctrl in the desktop app, Alt+Shift in a browser). */
  keys: LiveKeyNames;
}

/** The speaker and code keys, always in view under the composer. */
export const KeyLegend = memo(function KeyLegend({ people, slots, looks, keys }: LegendProps) {
  const speakers = speakerSlots(people);
  return (
    <div className="live-legend" aria-label="Keys">
      <span className="legend-group">
        {speakers.map((p, i) => (
          <span key={p.participantId} className="legend-item">
            <kbd>Alt+{i + 1}</kbd> {p.name}
          </span>
        ))}
        <span className="legend-item">
          <kbd>Alt+0</kbd> Moderator
        </span>
        <span className="legend-item">
          <kbd>Alt+O</kbd> Observation
        </span>
        <span className="legend-item">
          <kbd>@</kbd> pick
        </span>
      </span>
      <span className="legend-group">
        {slots.map((s) => {
          const look = looks.get(s.codeId);
          return look ? (
            <span key={s.key} className="legend-item">
              <kbd>{keys.code(s.key)}</kbd> <span className="code-dot" style={{ backgroundColor: look.color }} aria-hidden="true" /> {look.name}
            </span>
          ) : null;
        })}
        <span className="legend-item">
          <kbd>Ctrl+K</kbd> codes
        </span>
        <span className="legend-item">
          <kbd>Ctrl+/</kbd> all keys
        </span>
      </span>
    </div>
  );
});

/** Every key of the live screen, for the key sheet (Ctrl+/). */
function allKeys(keys: LiveKeyNames): [string, string][] {
  return [
    ['Enter', 'finish the note and start the next one'],
    ['Shift+Enter', 'line break inside a note'],
    ['↑ / ↓', 'on the first / last line of a note: edit the note above / below'],
    ['Alt+1 … Alt+9', 'speaker: the session’s participants in order (then observers)'],
    ['Alt+0', 'speaker: the moderator'],
    ['Alt+O', 'observation (no speaker)'],
    ['@', 'typed into an empty note: pick who speaks by name'],
    [keys.codes, 'tag the note (or the selected words) with a pinned code'],
    ['Ctrl/Cmd+K', 'code palette: find a code, or type a new name to create it'],
    ['Ctrl/Cmd+Shift+S', 'star the note as quote-worthy'],
    ['Alt+↓ / Alt+↑', 'next / previous question of the guide'],
    ['Ctrl/Cmd+Shift+Space', 'start, pause or resume the clock'],
    [keys.nextIntercept, 'next intercept (intercept sessions)'],
    ['Esc', 'leave the note (it is saved)'],
  ];
}

export function KeyHelp({ keys, onClose }: { keys: LiveKeyNames; onClose: () => void }) {
  return (
    <Dialog title="Keys of the live session" onClose={onClose}>
      <table className="key-help" aria-label="Keys">
        <tbody>
          {allKeys(keys).map(([k, does]) => (
            <tr key={k}>
              <th scope="row">
                <kbd>{k}</kbd>
              </th>
              <td>{does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">Notes save as you type. Ctrl/Cmd+Z inside a note undoes typing; outside it, the study’s undo.</p>
      {keys.nextIntercept.startsWith('Alt') && (
        <p className="muted">In a browser, Ctrl+1 … 8 and Ctrl+Shift+N switch tabs and open windows, so the code keys are Alt+Shift+1 … 9 here (Ctrl+digit still works where the browser lets it through).</p>
      )}
    </Dialog>
  );
}
