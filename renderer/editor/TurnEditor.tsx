import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { PlainTextPlugin } from '@lexical/react/LexicalPlainTextPlugin';
import { mergeRegister } from '@lexical/utils';
import { $getRoot, BLUR_COMMAND, COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND, KEY_ESCAPE_COMMAND } from 'lexical';
import { useEffect, useRef } from 'react';
import { registerFlusher } from '../app/flushers';
import { placeCaret, plainTextState } from './plainText';
import { useRichT } from '../i18n/useRichT';

interface TurnEditorProps {
  initialText: string;
  /** Caret position inside the text, or null for the end. */
  caret: number | null;
  label: string;
  onSave: (text: string) => Promise<void>;
  onCancel: () => void;
}

/** Keys and focus: Ctrl/Cmd+Enter or leaving the field saves, Escape cancels, each only once. */
function TurnKeysPlugin({ caret, onSave, onCancel }: Pick<TurnEditorProps, 'caret' | 'onSave' | 'onCancel'>) {
  const [editor] = useLexicalComposerContext();
  const finished = useRef(false);
  const latest = useRef({ onSave, onCancel });
  useEffect(() => {
    latest.current = { onSave, onCancel };
  });

  useEffect(() => {
    editor.focus(() => placeCaret(editor, caret ?? 'end'));
    const text = () => editor.getEditorState().read(() => $getRoot().getTextContent());
    const finish = (save: boolean) => {
      if (finished.current) return true;
      finished.current = true;
      if (save) void latest.current.onSave(text());
      else latest.current.onCancel();
      return true;
    };
    // Closing the window or the study while a turn is being corrected saves the correction first.
    const opened = text();
    const unregisterFlusher = registerFlusher(
      async () => {
        if (finished.current) return;
        finished.current = true;
        await latest.current.onSave(text());
      },
      () => !finished.current && text() !== opened,
    );
    return mergeRegister(
      unregisterFlusher,
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          if (!event || !(event.ctrlKey || event.metaKey)) return false;
          event.preventDefault();
          return finish(true);
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        KEY_ESCAPE_COMMAND,
        (event) => {
          event.preventDefault();
          event.stopPropagation();
          return finish(false);
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(BLUR_COMMAND, () => finish(true), COMMAND_PRIORITY_HIGH),
    );
    // The caret is placed once, when the editor opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor]);
  return null;
}

/**
 * A Lexical plain-text editor mounted on one turn only (ARCHITECTURE §5: one editor over a whole
 * transcript is too slow). Its own history handles Ctrl+Z while it is open.
 */
export default function TurnEditor({ initialText, caret, label, onSave, onCancel }: TurnEditorProps) {
  const rich = useRichT();
  return (
    <LexicalComposer
      initialConfig={{
        namespace: 'verbatim-turn',
        editorState: plainTextState(initialText),
        onError: (error) => console.error('[verbatim] turn editor', error),
        theme: { paragraph: 'turn-editor-paragraph' },
      }}
    >
      <div className="turn-editor">
        <PlainTextPlugin
          contentEditable={<ContentEditable className="turn-editor-input" aria-label={label} aria-multiline="true" spellCheck />}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <TurnKeysPlugin caret={caret} onSave={onSave} onCancel={onCancel} />
        <p className="turn-editor-hint">{rich('coding.turnEditorHint')}</p>
      </div>
    </LexicalComposer>
  );
}
