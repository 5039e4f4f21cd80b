import { memo } from 'react';
import type { LivePerson } from '../../shared/domain/live';
import type { CodeLook } from '../ui/codeLook';
import type { KeySlot } from '../ui/numberKeys';
import type { Translator } from '../../shared/i18n/translator';
import { useT } from '../i18n/useT';
import { Dialog } from '../ui/Dialog';
import { speakerSlots, type LiveKeyNames } from './liveKeys';

interface LegendProps {
  people: readonly LivePerson[];
  slots: readonly KeySlot[];
  looks: ReadonlyMap<string, CodeLook>;
  /** The code keys as they reach the page here (Ctrl in the desktop app, Alt+Shift in a browser). */
  keys: LiveKeyNames;
}

/*
 * Chords of modifiers, letters and digits (Alt+0, Ctrl+K) read the same on the keyboards of all our
 * languages, so they carry translate="no"; keys with a name (Enter, Space, Esc) are messages.
 */

/** The speaker and code keys, always in view under the composer. */
export const KeyLegend = memo(function KeyLegend({ people, slots, looks, keys }: LegendProps) {
  const { t } = useT();
  const speakers = speakerSlots(people);
  return (
    <div className="live-legend" aria-label={t('live.keys')}>
      <span className="legend-group">
        {speakers.map((p, i) => (
          <span key={p.participantId} className="legend-item">
            <kbd translate="no">Alt+{i + 1}</kbd> {p.name}
          </span>
        ))}
        <span className="legend-item">
          <kbd translate="no">Alt+0</kbd> {t('common.moderator')}
        </span>
        <span className="legend-item">
          <kbd translate="no">Alt+O</kbd> {t('common.observation')}
        </span>
        <span className="legend-item">
          <kbd>@</kbd> {t('live.legendPick')}
        </span>
      </span>
      <span className="legend-group">
        {slots.map((s) => {
          const look = looks.get(s.codeId);
          return look ? (
            <span key={s.key} className="legend-item">
              <kbd translate="no">{keys.code(s.key)}</kbd>{' '}
              <span className="code-dot" style={{ backgroundColor: look.color }} aria-hidden="true" /> {look.name}
            </span>
          ) : null;
        })}
        <span className="legend-item">
          <kbd translate="no">Ctrl+K</kbd> {t('live.legendCodes')}
        </span>
        <span className="legend-item">
          <kbd translate="no">Ctrl+/</kbd> {t('live.legendAllKeys')}
        </span>
      </span>
    </div>
  );
});

/** A key of the key sheet: `named` when it is a message (a key with a name), else a chord as it is. */
interface SheetKey {
  key: string;
  named: boolean;
  does: string;
}

/** Every key of the live screen, for the key sheet (Ctrl+/). */
function allKeys(keys: LiveKeyNames, t: Translator['t']): SheetKey[] {
  const chord = (key: string, does: string) => ({ key, named: false, does });
  const named = (key: string, does: string) => ({ key, named: true, does });
  return [
    named(t('live.keyEnter'), t('live.doFinish')),
    named(t('live.keyShiftEnter'), t('live.doLineBreak')),
    chord('↑ / ↓', t('live.doLeave')),
    chord('Alt+1 … Alt+9', t('live.doSpeaker')),
    chord('Alt+0', t('live.doModerator')),
    chord('Alt+O', t('live.doObservation')),
    chord('@', t('live.doPick')),
    chord(keys.codes, t('live.doCode')),
    chord('Ctrl/Cmd+K', t('live.doPalette')),
    chord('Ctrl/Cmd+Shift+S', t('live.doStar')),
    chord('Alt+↓ / Alt+↑', t('live.doQuestion')),
    named(t('live.keyClock'), t('live.doClock')),
    chord(keys.nextIntercept, t('live.doNextIntercept')),
    named(t('live.keyEsc'), t('live.doEscape')),
  ];
}

export function KeyHelp({ keys, onClose }: { keys: LiveKeyNames; onClose: () => void }) {
  const { t } = useT();
  return (
    <Dialog title={t('live.keySheetTitle')} onClose={onClose}>
      <table className="key-help" aria-label={t('live.keys')}>
        <tbody>
          {allKeys(keys, t).map(({ key, named, does }) => (
            <tr key={key}>
              <th scope="row">
                <kbd translate={named ? undefined : 'no'}>{key}</kbd>
              </th>
              <td>{does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('live.keySheetSaving')}</p>
      {keys.nextIntercept.startsWith('Alt') && <p className="muted">{t('live.keySheetBrowser')}</p>}
    </Dialog>
  );
}
