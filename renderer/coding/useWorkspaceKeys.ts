import { useEffect, useRef } from 'react';
import { keysBelongTo } from '../ui/keysBelongTo';

/** What the workspace's keys do; each returns false when it did nothing (the key then keeps its default). */
export interface WorkspaceCommands {
  palette: () => boolean;
  inVivo: () => boolean;
  numberKey: (n: number) => boolean;
  removeCoding: () => boolean;
  recode: () => boolean;
  memo: () => boolean;
  undo: () => boolean;
  redo: () => boolean;
  find: () => boolean;
  escape: () => boolean;
  confirm: () => boolean;
  nudge: (edge: 'start' | 'end', dir: 1 | -1) => boolean;
}

/**
 * The workspace's keyboard shortcuts, read in the capture phase on the document so they work wherever
 * focus is inside the workspace (or on the page body). Keys typed into a field or the turn editor are
 * left to it (there Ctrl+Z is the editor's own undo); single-letter keys are left to the codebook tree.
 */
export function useWorkspaceKeys(root: HTMLElement | null, commands: WorkspaceCommands): void {
  const latest = useRef(commands);
  useEffect(() => {
    latest.current = commands;
  });

  useEffect(() => {
    if (!root) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target : document.body;
      // Keys count inside the workspace, on the page body, or wherever focus is while the page's text selection is in the workspace.
      const anchor = document.getSelection()?.anchorNode;
      const here = target === document.body || root.contains(target) || (anchor !== null && anchor !== undefined && root.contains(anchor));
      if (event.defaultPrevented || !here) return;
      if (document.querySelector('dialog[open]')) return;
      const c = latest.current;
      const typing = keysBelongTo(target);
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      let done = false;
      if (mod && !event.altKey) {
        if (key === 'f') done = c.find();
        else if (typing) return;
        else if (key === 'z' && !event.shiftKey) done = c.undo();
        else if ((key === 'z' && event.shiftKey) || (key === 'y' && event.ctrlKey && !event.shiftKey)) done = c.redo();
        else if (key === 'k') done = event.shiftKey ? c.inVivo() : c.palette();
      } else if (!typing && !mod) {
        const inTree = target.closest('[role=tree], [role=menu], [role=grid]') !== null;
        if (event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
          done = c.nudge(event.altKey ? 'end' : 'start', event.key === 'ArrowLeft' ? -1 : 1);
        } else if (event.altKey || inTree) return;
        else if (/^[1-9]$/.test(event.key) && !event.repeat) done = c.numberKey(Number(event.key));
        else if (event.key === 'Delete' || event.key === 'Backspace') done = c.removeCoding();
        else if (key === 'r' && !event.shiftKey) done = c.recode();
        else if (key === 'm' && !event.shiftKey) done = c.memo();
        else if (event.key === 'Escape') done = c.escape();
        else if (event.key === 'Enter') done = c.confirm();
      }
      if (done) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [root]);
}
