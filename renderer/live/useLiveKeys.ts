import { useEffect, useRef } from 'react';
import type { LivePerson, NoteSpeaker } from '../../shared/domain/live';
import { invoke } from '../api';
import type { KeySlot } from '../ui/numberKeys';
import { liveAction, speakerFor } from './liveKeys';

interface LiveKeysOptions {
  enabled: boolean;
  people: readonly LivePerson[];
  moderatorName: string | null;
  /** The word for the moderator when the session names nobody (in the UI's language). */
  moderatorWord: string;
  slots: readonly KeySlot[];
  isIntercept: boolean;
  onSpeaker: (speaker: NoteSpeaker) => void;
  onCode: (codeId: string) => void;
  onPalette: () => void;
  onStar: () => void;
  onQuestion: (direction: 1 | -1) => void;
  onClock: () => void;
  onNextIntercept: () => void;
  onHelp: () => void;
  /** After the study's undo or redo: what the screen shows may have changed. */
  afterUndo: () => void;
}

const EDITABLE = 'input, textarea, select, [contenteditable="true"]';

/**
 * The live screen's keys, wherever the focus is on the screen (the editor included: they are taken
 * in the capture phase, before Lexical would type Option characters). Ctrl/Cmd+Z outside a text
 * field is the study's undo, as in the coding workspace.
 */
export function useLiveKeys(options: LiveKeysOptions): void {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const o = latest.current;
      if (!o.enabled || event.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
      const mod = event.ctrlKey || event.metaKey;
      const target = event.target as HTMLElement | null;
      if (
        mod &&
        !event.altKey &&
        (event.key.toLowerCase() === 'z' || (event.key.toLowerCase() === 'y' && event.ctrlKey)) &&
        !target?.closest(EDITABLE)
      ) {
        event.preventDefault();
        const redo = event.shiftKey || event.key.toLowerCase() === 'y';
        void invoke(redo ? 'history:redo' : 'history:undo', {}).then((r) => r.ok && o.afterUndo());
        return;
      }
      const action = liveAction(event);
      if (!action) return;
      if (action.kind === 'nextIntercept' && !o.isIntercept) return;
      // Keys typed into the quick form's or a dialog's own fields stay theirs, except the global ones.
      if (target?.closest('input, textarea, select') && !['clock', 'nextIntercept', 'help'].includes(action.kind)) return;
      event.preventDefault();
      event.stopPropagation();
      if (event.repeat) return;
      switch (action.kind) {
        case 'speaker':
        case 'moderator':
        case 'observation': {
          const speaker = speakerFor(action, o.people, o.moderatorName, o.moderatorWord);
          if (speaker !== undefined) o.onSpeaker(speaker);
          break;
        }
        case 'code': {
          const slot = o.slots.find((s) => s.key === action.slot);
          if (slot) o.onCode(slot.codeId);
          break;
        }
        case 'palette':
          return o.onPalette();
        case 'star':
          return o.onStar();
        case 'nextQuestion':
          return o.onQuestion(1);
        case 'previousQuestion':
          return o.onQuestion(-1);
        case 'clock':
          return o.onClock();
        case 'nextIntercept':
          return o.onNextIntercept();
        case 'help':
          return o.onHelp();
      }
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, []);
}
