import Fuse from 'fuse.js';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useListCursor } from '../ui/useListCursor';
import type { Code } from '../../shared/domain/coding';
import './palette.css';
import type { CodeChoice } from './useCodingActions';
import type { KeySlot } from './numberKeys';
import { excerpt } from './segments';

interface CodePaletteProps {
  mode: 'apply' | 'recode';
  codes: readonly Code[];
  slots: readonly KeySlot[];
  /** The words being coded, shown in the header. */
  quote: string;
  /** Where to appear (the selection's last line), in viewport coordinates. */
  anchor: { left: number; top: number; bottom: number } | null;
  excludeCodeId?: string;
  onChoose: (choice: CodeChoice) => void;
  onClose: () => void;
}

type Option = { kind: 'code'; code: Code } | { kind: 'create'; name: string; parentId: string | null; parentPath: string | null };

const WIDTH = 380;

/** What typing `text` would create: "Parent/Child" puts the new code under an existing code's path. */
function creation(text: string, codes: readonly Code[]): Option | { problem: string } | null {
  const typed = text.trim();
  if (!typed) return null;
  const parts = typed.split('/').map((p) => p.trim());
  const name = parts.at(-1)!;
  if (!name) return { problem: 'Type a name after “/”.' };
  if (name.length > 120) return { problem: 'Code names are at most 120 characters.' };
  if (parts.length === 1) return { kind: 'create', name, parentId: null, parentPath: null };
  const parentPath = parts.slice(0, -1).join('/');
  const parent = codes.find((c) => c.path.toLowerCase() === parentPath.toLowerCase());
  if (!parent) return { problem: `There is no code “${parentPath}” to put “${name}” under.` };
  if (codes.some((c) => c.parentId === parent.id && c.name.toLowerCase() === name.toLowerCase())) return null;
  return { kind: 'create', name, parentId: parent.id, parentPath: parent.path };
}

/** The code palette: fuzzy search over the codebook, ↑/↓ and Enter to apply, or create what was typed. */
export function CodePalette({ mode, codes, slots, quote, anchor, excludeCodeId, onChoose, onClose }: CodePaletteProps) {
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const listId = useId();
  const keyOf = useMemo(() => new Map(slots.map((s) => [s.codeId, s.key])), [slots]);

  const candidates = useMemo(() => codes.filter((c) => c.id !== excludeCodeId), [codes, excludeCodeId]);
  const fuse = useMemo(
    () =>
      new Fuse(candidates, {
        keys: [
          { name: 'name', weight: 3 },
          { name: 'path', weight: 1 },
          { name: 'definition', weight: 0.6 },
        ],
        threshold: 0.38,
        ignoreLocation: true,
        includeScore: true,
      }),
    [candidates],
  );
  const typed = query.trim();
  const lower = typed.toLowerCase();
  const results = typed ? fuse.search(typed, { limit: 50 }) : [];
  const found = typed ? results.map((r) => r.item) : [...candidates].sort((a, b) => (keyOf.get(a.id) ?? 99) - (keyOf.get(b.id) ?? 99));
  const exact = found.some((c) => c.name.toLowerCase() === lower || c.path.toLowerCase() === lower);
  const made = exact ? null : creation(typed, codes);
  // A weak fuzzy match must not win over a new name typed in full: then "Create" comes first.
  const strong = results.some((r) => r.item.path.toLowerCase().includes(lower) || (r.score ?? 1) < 0.1);
  const codeOptions: Option[] = found.map((code) => ({ kind: 'code' as const, code }));
  const createOption: Option[] = made && 'kind' in made ? [made] : [];
  const options: Option[] = strong || !typed ? [...codeOptions, ...createOption] : [...createOption, ...codeOptions];
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

  const choose = (option: Option | undefined) => {
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
    <div ref={box} className="palette" role="dialog" aria-label={mode === 'apply' ? 'Code the selection' : 'Recode'} style={{ left, top, width: WIDTH }}>
      <div className="palette-head">
        <span className="palette-title">{mode === 'apply' ? 'Code' : 'Recode'}</span>
        <span className="palette-quote">“{excerpt(quote, 70)}”</span>
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
        aria-label={mode === 'apply' ? 'Find or create a code' : 'Find or create the new code'}
        placeholder="Find a code, or type a new name…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" className="palette-list" aria-label="Codes">
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
                <span className="palette-name">{option.code.name}</span>
                {option.code.parentId && <span className="palette-path">{option.code.path.slice(0, -option.code.name.length - 1)}</span>}
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
                  Create code <strong>“{option.name}”</strong>
                  {option.parentPath && <span className="palette-path"> under {option.parentPath}</span>}
                </span>
              </>
            )}
          </li>
        ))}
        {options.length === 0 && (
          <li className="palette-empty" role="presentation">
            {made && 'problem' in made ? made.problem : codes.length === 0 ? 'No codes yet — type a name to create the first one.' : 'No code matches.'}
          </li>
        )}
      </ul>
      <p className="palette-foot">
        <kbd>↑</kbd>
        <kbd>↓</kbd> choose · <kbd>Enter</kbd> {options[current]?.kind === 'create' ? 'create and apply' : 'apply'} · <kbd>Esc</kbd> close · “Parent/Name” creates a sub-code
      </p>
    </div>
  );
}
