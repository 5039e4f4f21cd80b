import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useListCursor } from './useListCursor';
import type { Code } from '../../shared/domain/coding';
import './palette.css';
import type { KeySlot } from './numberKeys';
import { excerpt } from './segments';
import { Highlight } from './Highlight';
import { MatchWhy } from './MatchWhy';
import { codeNameParts } from '../../shared/text/nameMatch';
import { paletteOptions, type CodeChoice, type PaletteOption } from './paletteOptions';
import { useT } from '../i18n/useT';
import { useRichT } from '../i18n/useRichT';

interface CodePaletteProps {
  mode: 'apply' | 'recode';
  codes: readonly Code[];
  slots: readonly KeySlot[];
  /** Recently used codes, most recent first: listed after the number-key codes when nothing is typed. */
  recent?: readonly string[];
  /** The words being coded, shown in the header. */
  quote: string;
  /** Where to appear (the selection's last line), in viewport coordinates. */
  anchor: { left: number; top: number; bottom: number } | null;
  excludeCodeId?: string;
  onChoose: (choice: CodeChoice) => void;
  onClose: () => void;
}

const WIDTH = 380;
const NO_RECENT: readonly string[] = [];

/** The code palette: search the codebook (see shared/text/nameMatch.ts), ↑/↓ and Enter to apply, or create what was typed. */
export function CodePalette({ mode, codes, slots, recent = NO_RECENT, quote, anchor, excludeCodeId, onChoose, onClose }: CodePaletteProps) {
  const { t } = useT();
  const rich = useRichT();
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const listId = useId();
  const keyOf = useMemo(() => new Map(slots.map((s) => [s.codeId, s.key])), [slots]);

  const candidates = useMemo(() => codes.filter((c) => c.id !== excludeCodeId), [codes, excludeCodeId]);
  const { options, problem } = useMemo(
    () => paletteOptions(query, codes, candidates, keyOf, recent, t),
    [query, codes, candidates, keyOf, recent, t],
  );
  const { current, setActive, move } = useListCursor(options.length);

  useEffect(() => {
    input.current?.focus();
  }, []);
  // Block bodies: Chromium's scrollIntoView returns a promise, which must not become an effect's cleanup.
  useLayoutEffect(() => {
    void box.current?.querySelector(`#${CSS.escape(`${listId}-${current}`)}`)?.scrollIntoView({ block: 'nearest' });
  }, [current, listId]);

  // Clicking anywhere else closes the palette.
  useEffect(() => {
    const away = (event: PointerEvent) => {
      if (!box.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', away, true);
    return () => document.removeEventListener('pointerdown', away, true);
  }, [onClose]);

  const choose = (option: PaletteOption | undefined) => {
    if (!option) return;
    if (option.kind === 'code') onChoose({ codeId: option.code.id });
    else onChoose({ newCode: { name: option.name, parentId: option.parentId } });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') move(1);
    else if (event.key === 'ArrowUp') move(-1);
    else if (event.key === 'Enter') choose(options[current]);
    else if (event.key === 'Escape') onClose();
    else if (event.key === 'Tab') onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  // A selection scrolled out of view: the palette opens at the top of the window instead.
  const at = anchor && anchor.bottom > 0 && anchor.top < window.innerHeight ? anchor : null;
  const left = at ? Math.max(8, Math.min(at.left, window.innerWidth - WIDTH - 8)) : Math.max(8, window.innerWidth / 2 - WIDTH / 2);
  const below = at ? at.bottom + 8 : 120;
  const top = below + 340 > window.innerHeight && at ? Math.max(8, at.top - 348) : below;

  return (
    <div
      ref={box}
      className="palette"
      role="dialog"
      aria-label={mode === 'apply' ? t('coding.paletteApplyLabel') : t('coding.paletteRecodeLabel')}
      style={{ left, top, width: WIDTH }}
    >
      <div className="palette-head">
        <span className="palette-title">{mode === 'apply' ? t('coding.paletteApplyTitle') : t('coding.paletteRecodeLabel')}</span>
        <span className="palette-quote">{t('common.quoted', { text: excerpt(quote, 70) })}</span>
      </div>
      <input
        ref={input}
        type="text"
        className="palette-input"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={options.length ? `${listId}-${current}` : undefined}
        aria-autocomplete="list"
        aria-label={mode === 'apply' ? t('coding.paletteFindApply') : t('coding.paletteFindRecode')}
        placeholder={t('coding.palettePlaceholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" className="palette-list" aria-label={t('common.codes')}>
        {options.map((option, i) => (
          <li
            key={option.kind === 'code' ? option.code.id : 'create'}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === current}
            className={`palette-option${i === current ? ' active' : ''}${option.kind === 'create' ? ' palette-create' : ''}`}
            onMouseMove={() => setActive(i)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
          >
            {option.kind === 'code' ? (
              <>
                <span className="code-dot" style={{ backgroundColor: option.code.color }} aria-hidden="true" />
                <span className="palette-name">
                  <Highlight text={option.code.name} spans={option.match?.spans ?? []} />
                </span>
                {option.code.parentId && (
                  <span className="palette-path">
                    <Highlight text={codeNameParts(option.code).parentPath ?? ''} spans={option.match?.pathSpans ?? []} />
                  </span>
                )}
                <MatchWhy match={option.match} definition={option.code.definition} />
                <span className="palette-spacer" />
                <span className="palette-count">{option.code.totalCodings}</span>
                {keyOf.has(option.code.id) && <kbd className="palette-key">{keyOf.get(option.code.id)}</kbd>}
              </>
            ) : (
              <>
                <span className="palette-plus" aria-hidden="true">
                  +
                </span>
                <span>
                  {option.parentPath
                    ? rich('coding.paletteCreateUnder', { name: option.name, parent: option.parentPath })
                    : rich('coding.paletteCreate', { name: option.name })}
                </span>
              </>
            )}
          </li>
        ))}
        {options.length === 0 && (
          <li className="palette-empty" role="presentation">
            {problem ?? (codes.length === 0 ? t('coding.paletteNoCodes') : t('coding.paletteNoMatch'))}
          </li>
        )}
      </ul>
      <p className="palette-foot">
        {options[current]?.kind === 'create' ? rich('coding.paletteFootCreate') : rich('coding.paletteFootApply')}
      </p>
    </div>
  );
}
