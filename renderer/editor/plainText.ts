import { $createLineBreakNode, $createParagraphNode, $createTextNode, $getRoot, $isTextNode, type LexicalEditor } from 'lexical';

/**
 * The shape every Verbatim plain-text editor uses (a transcript turn, a live note): one paragraph,
 * its line breaks as LineBreakNodes, so offsets in the editor are offsets in the stored text.
 */
export function plainTextState(text: string) {
  return () => {
    const paragraph = $createParagraphNode();
    text.split('\n').forEach((line, i) => {
      if (i > 0) paragraph.append($createLineBreakNode());
      if (line) paragraph.append($createTextNode(line));
    });
    $getRoot().append(paragraph);
  };
}

/** Where the caret goes when an editor opens: the start, the end, or a character offset of the text. */
export type Caret = 'start' | 'end' | number;

/** Puts the caret at a character offset of the plain text (an offset past the end means the end). */
export function placeCaret(editor: LexicalEditor, caret: Caret): void {
  editor.update(() => {
    const root = $getRoot();
    if (caret === 'end') return void root.selectEnd();
    if (caret === 'start') return void root.selectStart();
    let left = caret;
    for (const node of root.getAllTextNodes()) {
      const len = node.getTextContentSize();
      if (left <= len && $isTextNode(node)) return void node.select(left, left);
      left -= len;
    }
    root.selectEnd();
  });
}
