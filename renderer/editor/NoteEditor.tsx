import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { PlainTextPlugin } from '@lexical/react/LexicalPlainTextPlugin';
import { mergeRegister } from '@lexical/utils';
import {
  $getRoot,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  KEY_ARROW_DOWN_COMMAND,
  KEY_ARROW_UP_COMMAND,
  KEY_DOWN_COMMAND,
  KEY_ENTER_COMMAND,
  KEY_ESCAPE_COMMAND,
  type LexicalNode,
  type PointType,
} from 'lexical';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { placeCaret, plainTextState, type Caret } from './plainText';

/** What the live screen can ask of the open note editor. */
export interface NoteEditorHandle {
  /** The selected words as offsets into the note text; null when nothing is selected. */
  selection: () => { start: number; end: number } | null;
  text: () => string;
  focus: () => void;
}

export type { Caret } from './plainText';

interface NoteEditorProps {
  ref?: Ref<NoteEditorHandle>;
  initialText: string;
  caret: Caret;
  /** Takes the focus when it opens (default); false leaves it where it is. */
  autoFocus?: boolean;
  label: string;
  placeholder: string;
  /** Every change of the text (not of the selection). */
  onText: (text: string) => void;
  /** Enter without Shift: the note is finished. */
  onEnter: () => void;
  /** ↑ on the first line or ↓ on the last one. */
  onLeave: (direction: 'up' | 'down') => void;
  /** `@` typed into an empty note: the people picker. */
  onAt: () => void;
  onEscape: () => void;
  onBlur?: () => void;
}

/** Offset of a selection point in the note's plain text (one paragraph of text and line breaks). */
function $offsetOf(point: PointType): number {
  const node = point.getNode();
  const sizeBefore = (n: LexicalNode) => n.getPreviousSiblings().reduce((sum, s) => sum + s.getTextContentSize(), 0);
  if (point.type === 'text') return sizeBefore(node) + point.offset;
  if (node === $getRoot()) return point.offset === 0 ? 0 : $getRoot().getTextContentSize();
  const children = 'getChildren' in node ? (node as unknown as { getChildren: () => LexicalNode[] }).getChildren() : [];
  return children.slice(0, point.offset).reduce((sum, c) => sum + c.getTextContentSize(), 0);
}

/** True when the caret is on the first (or last) visual line of the editable area. */
function onEdgeLine(root: HTMLElement | null, direction: 'up' | 'down'): boolean {
  const selection = window.getSelection();
  if (!root || !selection || selection.rangeCount === 0 || !selection.isCollapsed) return false;
  const rects = selection.getRangeAt(0).getClientRects();
  const caret = rects[0];
  const box = root.getBoundingClientRect();
  const line = parseFloat(getComputedStyle(root).lineHeight) || 24;
  if (!caret || caret.height === 0) return true; // an empty line: nothing to move through
  return direction === 'up' ? caret.top - box.top < line * 0.9 + 8 : box.bottom - caret.bottom < line * 0.9 + 8;
}

function NoteKeysPlugin({ ref, ...props }: Omit<NoteEditorProps, 'initialText' | 'label' | 'placeholder'>) {
  const [editor] = useLexicalComposerContext();
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  useImperativeHandle(
    ref,
    () => ({
      selection: () =>
        editor.getEditorState().read(() => {
          const s = $getSelection();
          if (!$isRangeSelection(s) || s.isCollapsed()) return null;
          const a = $offsetOf(s.anchor);
          const b = $offsetOf(s.focus);
          return a === b ? null : { start: Math.min(a, b), end: Math.max(a, b) };
        }),
      text: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
      focus: () => editor.focus(),
    }),
    [editor],
  );

  useEffect(() => {
    if (latest.current.autoFocus !== false) editor.focus(() => placeCaret(editor, latest.current.caret));
    let last = editor.getEditorState().read(() => $getRoot().getTextContent());
    const text = () => editor.getEditorState().read(() => $getRoot().getTextContent());
    return mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, editorState }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        const now = editorState.read(() => $getRoot().getTextContent());
        if (now === last) return;
        last = now;
        latest.current.onText(now);
      }),
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          if (!event || event.shiftKey) return false;
          event.preventDefault();
          latest.current.onEnter();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (event.key !== '@' || text() !== '') return false;
          event.preventDefault();
          latest.current.onAt();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        KEY_ARROW_UP_COMMAND,
        (event) => {
          if (event.altKey || event.shiftKey || !onEdgeLine(editor.getRootElement(), 'up')) return false;
          event.preventDefault();
          latest.current.onLeave('up');
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        KEY_ARROW_DOWN_COMMAND,
        (event) => {
          if (event.altKey || event.shiftKey || !onEdgeLine(editor.getRootElement(), 'down')) return false;
          event.preventDefault();
          latest.current.onLeave('down');
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        KEY_ESCAPE_COMMAND,
        (event) => {
          event.preventDefault();
          latest.current.onEscape();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    );
  }, [editor]);
  return null;
}

/**
 * A Lexical plain-text editor on one note only (ARCHITECTURE §5: one editor over 1,500 notes is too
 * slow to type in). Its state stays here: typing re-renders neither the list nor the screen; the
 * text goes out through `onText` to the autosave queue. Its own history handles Ctrl+Z.
 */
export default function NoteEditor({
  ref,
  initialText,
  caret,
  autoFocus,
  label,
  placeholder,
  onText,
  onEnter,
  onLeave,
  onAt,
  onEscape,
  onBlur,
}: NoteEditorProps) {
  return (
    <LexicalComposer
      initialConfig={{
        namespace: 'verbatim-note',
        editorState: plainTextState(initialText),
        onError: (error) => console.error('[verbatim] note editor', error),
        theme: { paragraph: 'note-editor-paragraph' },
      }}
    >
      <div className="note-editor" onBlur={onBlur}>
        <PlainTextPlugin
          contentEditable={
            <ContentEditable
              className="note-editor-input"
              aria-label={label}
              aria-multiline="true"
              spellCheck
              aria-placeholder={placeholder}
              placeholder={<div className="note-editor-placeholder">{placeholder}</div>}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <NoteKeysPlugin
          ref={ref}
          caret={caret}
          autoFocus={autoFocus}
          onText={onText}
          onEnter={onEnter}
          onLeave={onLeave}
          onAt={onAt}
          onEscape={onEscape}
        />
      </div>
    </LexicalComposer>
  );
}
