import { dirname, extname, resolve } from 'node:path';
import { AppError } from '../../shared/errors';

/**
 * The one rule for which study files a channel may be asked to open or forget by path. The page
 * can reach every channel, so a path from it is never trusted on its own: it is accepted only
 * when the backend itself produced it, that is when it is
 *  - a `.verbatim` file directly in the studies folder (where the backend files the studies it makes),
 *  - on the recent list (the backend records each study it opened), or
 *  - granted by the host: the OS open-file event or a command-line argument in the desktop app,
 *    a study named on the `npm run serve` command line in browser mode.
 * Dialogs need no grant: their answer goes straight to the service, never through the page. New
 * studies take no path from the page at all (a save dialog, else the studies folder), and the CLI
 * calls the services itself with its own arguments.
 */
export class StudyPathRule {
  private readonly granted = new Set<string>();

  constructor(
    private readonly studiesDir: string,
    private readonly recentPaths: () => string[],
  ) {}

  /** Lets the page name `path` from now on (the host produced it, not the page). */
  grant(path: string): void {
    this.granted.add(resolve(path));
  }

  /** The paths granted so far (browser mode offers them to open, with the studies folder). */
  grantedPaths(): string[] {
    return [...this.granted];
  }

  /** True when the rule accepts `path` (see the class comment). */
  allows(path: string): boolean {
    const full = resolve(path);
    if (this.granted.has(full)) return true;
    if (dirname(full) === resolve(this.studiesDir) && extname(full).toLowerCase() === '.verbatim') return true;
    return this.recentPaths().some((p) => resolve(p) === full);
  }

  /** The path, resolved, or FORBIDDEN with a sentence that says what to do instead. */
  check(path: string): string {
    if (!this.allows(path)) throw new AppError('FORBIDDEN', 'errors.studyNotKnown');
    return resolve(path);
  }
}
