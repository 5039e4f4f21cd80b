/**
 * Which window may work on the open study. The backend holds one study per process; in Electron
 * there is one window, but in browser mode any number of tabs can reach the same server, and two
 * tabs typing into the same live note would overwrite each other's autosaves. So one window holds
 * the claim; another is told "this study is open in another window" and may take it over, which
 * tells the first window to save and step back.
 */
export class WindowClaims {
  private holder: string | null = null;

  /** The window holding the claim, if any. */
  get current(): string | null {
    return this.holder;
  }

  /**
   * Claims for `windowId` (again, after a reload, is fine). Another window's claim is only taken with
   * `takeOver`; `displaced` names the window that lost it.
   */
  claim(windowId: string, takeOver: boolean): { granted: boolean; displaced: string | null } {
    if (this.holder === null || this.holder === windowId) {
      this.holder = windowId;
      return { granted: true, displaced: null };
    }
    if (!takeOver) return { granted: false, displaced: null };
    const displaced = this.holder;
    this.holder = windowId;
    return { granted: true, displaced };
  }

  /** A window that closes gives its claim back; a release from any other window changes nothing. */
  release(windowId: string): void {
    if (this.holder === windowId) this.holder = null;
  }
}
