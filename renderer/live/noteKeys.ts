/**
 * Which autosave key writes which note, and the latest text typed under each key (pure). A note
 * keeps the key it was begun under when it is reopened, so it has one queue and the latest text
 * wins. Typed text counts only while the saver still holds it unsaved: once saved, the backend's
 * text is the truth (it may have changed since: a study undo or redo, a reload).
 */
export class NoteKeys {
  private readonly ids = new Map<string, string>();
  private readonly keys = new Map<string, string>();
  private readonly typed = new Map<string, string>();

  /** The note id written under `key`, once the note exists. */
  idOf(key: string): string | undefined {
    return this.ids.get(key);
  }

  bind(key: string, id: string): void {
    this.ids.set(key, id);
    this.keys.set(id, key);
  }

  /** The key a note is written under: the one it already has, else a new one. */
  keyFor(id: string): string {
    const key = this.keys.get(id) ?? `note-${id}`;
    this.bind(key, id);
    return key;
  }

  /** Records the editor's text (on every keystroke, before the note has an id too). */
  type(key: string, text: string): void {
    this.typed.set(key, text);
  }

  /** What was typed under `key`, saved or not. */
  peek(key: string): string | undefined {
    return this.typed.get(key);
  }

  /** The text typed under `key` while `unsaved` (the saver still holds it); else forgets it. */
  unsaved(key: string, unsaved: boolean): string | undefined {
    if (!unsaved) this.typed.delete(key);
    return this.typed.get(key);
  }
}
