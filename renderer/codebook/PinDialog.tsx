import type { KeyboardEvent } from 'react';
import type { Code } from '../../shared/domain/coding';
import { useT } from '../i18n/useT';
import { Dialog } from '../ui/Dialog';

interface PinDialogProps {
  code: Code;
  codes: Code[];
  onPin: (pin: number | null) => void;
  onClose: () => void;
}

const KEYS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/**
 * Chooses the number key that applies a code while coding. Each key shows the code holding it now,
 * because taking a key unpins that code. Typing the digit picks it too.
 */
export function PinDialog({ code, codes, onPin, onClose }: PinDialogProps) {
  const { t } = useT();
  const holder = (key: number) => codes.find((c) => c.pinned === key);
  const onKey = (event: KeyboardEvent) => {
    const digit = Number(event.key);
    if (!Number.isInteger(digit) || digit < 1 || digit > 9) return;
    event.preventDefault();
    onPin(digit);
  };

  return (
    <Dialog
      title={t('codebook.pinTitle', { name: code.name })}
      description={t('codebook.pinDescription')}
      onClose={onClose}
      size="small"
      footer={
        <>
          {code.pinned !== null && (
            <button type="button" className="button" onClick={() => onPin(null)}>
              {t('codebook.unpinFrom', { key: code.pinned })}
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            {t('ui.cancel')}
          </button>
        </>
      }
    >
      <div className="pin-grid" onKeyDown={onKey}>
        {KEYS.map((key) => {
          const current = holder(key);
          const mine = current?.id === code.id;
          return (
            <button
              key={key}
              type="button"
              className={`pin-key${mine ? ' pin-key-mine' : ''}`}
              aria-pressed={mine}
              aria-label={
                current
                  ? mine
                    ? t('codebook.pinKeyMine', { key })
                    : t('codebook.pinKeyTaken', { key, name: current.name })
                  : t('codebook.pinKeyFree', { key })
              }
              data-autofocus={mine || (code.pinned === null && key === 1) ? true : undefined}
              onClick={() => onPin(key)}
            >
              <kbd>{key}</kbd>
              <span className="pin-holder">{current ? (mine ? t('common.thisCode') : current.name) : t('codebook.pinFree')}</span>
            </button>
          );
        })}
      </div>
    </Dialog>
  );
}
