import { existsSync, linkSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { DataChange } from '../../shared/domain/dataChange';
import type { FolderStudy } from '../../shared/domain/study';
import type { Translator } from '../../shared/i18n/translator';
import type { FailureValues } from '../../shared/result';
import { AppError } from '../../shared/errors';
import type { Host } from '../app/host';
import { finishBuild, openStudyDb, removeStudyFiles, syncFileToDisk } from '../db/connection';
import { AppSettings } from './appSettings';
import { populateSampleStudy, SAMPLE_FILE_NAME } from '../sample/sampleStudy';
import { now, Study } from '../services/study';
import { storageWarnings } from '../services/storageWarnings';
import { StudyPathRule } from './studyPaths';

export interface StudyManagerOptions {
  appDataDir: string;
  nativeBinding?: string;
  version: string;
  onChange?: (path: string | null) => void;
  /** Hears what each committed write in the open study changed (see Study.onData). */
  onData?: (change: DataChange) => void;
  /** Add opened studies to the recent list (the UI does; the CLI does not). */
  trackRecent?: boolean;
}

/** Holds the one open study of this process (a single writer) and the recent list. */
export class StudyManager {
  readonly settings: AppSettings;
  readonly studiesDir: string;
  readonly backupDir: string;
  /** Which study paths a channel may name (see studyPaths.ts). */
  readonly paths: StudyPathRule;
  private study: Study | null = null;

  constructor(private readonly options: StudyManagerOptions) {
    this.settings = new AppSettings(options.appDataDir);
    this.studiesDir = join(options.appDataDir, 'Studies');
    this.backupDir = join(options.appDataDir, 'Backups');
    this.paths = new StudyPathRule(this.studiesDir, () => this.settings.recent().map((r) => r.path));
  }

  get current(): Study | null {
    return this.study;
  }

  /** The open study, or NO_STUDY_OPEN for handlers that need one. */
  require(): Study {
    if (!this.study) throw new AppError('NO_STUDY_OPEN', 'errors.noStudyOpen');
    return this.study;
  }

  /**
   * Creates a study file (optionally filled with the sample study, or by `fill` inside the same
   * transaction, e.g. an import) and makes it the open one. The file is built under a hidden name
   * next to `path` and moved there only when complete, so a failure, a crash or a kill while it is
   * filled leaves no half-made study at `path` (which would open as "no study record" and block a
   * retry). If anything fails the previously open study stays open.
   */
  create(path: string, title: string, sample = false, fill?: (study: Study) => void): Study {
    const full = resolve(path);
    if (existsSync(full)) throw new AppError('ALREADY_EXISTS', 'errors.fileExists', { path: full });
    removeAbandonedBuilds(full);
    const building = join(dirname(full), `.${basename(full)}.${crypto.randomUUID().slice(0, 8)}.creating`);
    const opened = namedAs(building, full, () =>
      openStudyDb(building, { create: true, building: true, nativeBinding: this.options.nativeBinding, backupDir: this.backupDir }),
    );
    try {
      const study = new Study(building, opened.db, { ...opened, warnings: [], backupDir: this.backupDir }, currentUserName());
      try {
        study.write(
          'study:create',
          () => {
            study.repos.study.createInfo(title, now(), this.options.version);
            if (sample) populateSampleStudy(study);
            fill?.(study);
          },
          { title, sample },
        );
        finishBuild(opened.db, building);
      } finally {
        study.close(); // folds the WAL back, so the finished study is one file to move
      }
      syncFileToDisk(building);
      moveIntoPlace(building, full);
    } catch (error) {
      if (opened.db.open) opened.db.close();
      throw error;
    } finally {
      removeStudyFiles(building);
    }
    return this.open(full, true);
  }

  /**
   * Opens a study and makes it the open one. The study already open, named by any path that leads to
   * the same file (a symlink, another letter case on macOS or Windows), is returned as it is: one
   * study, one connection, never a second one that its own exclusive lock would refuse.
   * `builtHere` is for {@link create} only: the file it has just built (OpenStudyOptions.builtHere).
   */
  open(path: string, builtHere = false): Study {
    const full = resolve(path);
    if (this.study && (this.study.path === full || sameFile(this.study.path, full))) return this.study;
    const opened = openStudyDb(full, { create: false, builtHere, nativeBinding: this.options.nativeBinding, backupDir: this.backupDir });
    let study: Study | undefined;
    try {
      study = new Study(full, opened.db, { ...opened, warnings: storageWarnings(full), backupDir: this.backupDir }, currentUserName());
      return this.adopt(study);
    } catch (error) {
      // adopt() throws only before it swaps studies, so the previous study is still the open one.
      if (study) study.close();
      else opened.db.close();
      throw error;
    }
  }

  /** Opens the sample study from the studies folder, making it on first use. */
  openSample(title: string): Study {
    mkdirSync(this.studiesDir, { recursive: true });
    const path = join(this.studiesDir, SAMPLE_FILE_NAME);
    try {
      return this.open(path);
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') return this.create(path, title, true);
      throw error;
    }
  }

  close(): void {
    if (!this.study) return;
    this.study.close();
    this.study = null;
    this.options.onChange?.(null);
  }

  /**
   * The study files the page may open by path besides the recent list: the `.verbatim` files
   * directly in the studies folder and those the host granted (studyPaths.ts), newest first.
   */
  available(): FolderStudy[] {
    const inFolder = existsSync(this.studiesDir)
      ? readdirSync(this.studiesDir, { withFileTypes: true })
          .filter((e) => e.isFile() && extname(e.name).toLowerCase() === '.verbatim')
          .map((e) => join(this.studiesDir, e.name))
      : [];
    const paths = [...new Set([...inFolder, ...this.paths.grantedPaths()])];
    return paths
      .flatMap((path) => {
        const stat = statSync(path, { throwIfNoEntry: false });
        return stat?.isFile() ? [{ path, fileName: basename(path), modifiedAt: stat.mtime.toISOString() }] : [];
      })
      .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || a.fileName.localeCompare(b.fileName));
  }

  /**
   * Where a new study called `title` goes: where the user says in the host's save dialog (CANCELLED
   * when they close it), else a free name in the studies folder (browser mode and the CLI have no
   * dialog); always ending in `.verbatim`. Creating a study and importing a project as one both ask here.
   */
  async newStudyPath(host: Pick<Host, 'nativeDialogs' | 'pickStudyToCreate'>, title: string, tr: Translator): Promise<string> {
    if (!host.nativeDialogs) return this.defaultPathFor(title, tr);
    const chosen = await host.pickStudyToCreate(`${fileNameFor(title, tr)}.verbatim`);
    if (chosen === null) throw new AppError('CANCELLED', 'errors.noFileChosen');
    return /\.verbatim$/i.test(chosen) ? chosen : `${chosen}.verbatim`;
  }

  /** A free file name in the studies folder for a title (browser mode and the CLI have no save dialog). */
  defaultPathFor(title: string, tr: Translator): string {
    mkdirSync(this.studiesDir, { recursive: true });
    const base = fileNameFor(title, tr);
    for (let n = 1; ; n++) {
      const candidate = join(this.studiesDir, n === 1 ? `${base}.verbatim` : `${base} (${n}).verbatim`);
      if (!existsSync(candidate)) return candidate;
    }
  }

  /** Swaps in a newly opened study only after it opened cleanly, so a failed open keeps the old one. */
  private adopt(study: Study): Study {
    const title = study.summary().title; // throws for a file without a study record: before any swap
    const previous = this.study;
    study.onData = (change) => this.options.onData?.(change);
    this.study = study;
    if (previous && previous !== study) previous.close();
    if (this.options.trackRecent !== false) {
      try {
        this.settings.rememberOpened(study.path, title, now());
      } catch (error) {
        // A read-only settings folder costs the recent list, not the study.
        console.error(`[verbatim] could not update the recent list: ${String(error)}`);
      }
    }
    this.options.onChange?.(study.path);
    return study;
  }
}

/**
 * Removes what a create of the same study that was killed half-way left under its hidden name
 * (`.<name>.<8 hex>.creating` and its -wal). Nothing else matches that shape.
 */
function removeAbandonedBuilds(full: string): void {
  const prefix = `.${basename(full)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(full));
  } catch {
    return; // no folder (yet): nothing was left there, and opening will say what is wrong
  }
  for (const name of names) {
    if (name.startsWith(prefix) && /^[0-9a-f]{8}\.creating$/.test(name.slice(prefix.length))) removeStudyFiles(join(dirname(full), name));
  }
}

/** Runs `open` on a file built under a hidden name; its errors name the file the user chose instead. */
function namedAs<T>(building: string, full: string, open: () => T): T {
  try {
    return open();
  } catch (error) {
    if (error instanceof AppError)
      throw new AppError(error.code, error.messageId ?? error.message.split(building).join(full), renamed(error.values, building, full));
    throw error;
  }
}

/** A failure's values with the hidden build name replaced by the chosen one (the paths are values). */
function renamed(values: FailureValues | undefined, building: string, full: string): FailureValues | undefined {
  if (!values) return undefined;
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, typeof value === 'string' ? value.split(building).join(full) : value]),
  );
}

/**
 * Gives the finished file its real name without ever replacing a file that appeared there
 * meanwhile: a hard link fails when the name is taken. File systems without hard links (FAT,
 * some network shares) get a check and a rename instead. The hidden name is removed afterwards.
 */
function moveIntoPlace(building: string, full: string): void {
  const taken = () => new AppError('ALREADY_EXISTS', 'errors.fileExists', { path: full });
  try {
    linkSync(building, full);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw taken();
    if (existsSync(full)) throw taken();
    try {
      renameSync(building, full);
    } catch (renameError) {
      throw new AppError('IO_ERROR', 'errors.studyNotWritableBecause', {
        path: full,
        detail: (renameError as NodeJS.ErrnoException).code ?? String(renameError),
      });
    }
  }
}

/**
 * A file name made from a study title: no path separators or characters Windows refuses. A title
 * with nothing left ("???") is filed as "Untitled study" in the UI's language (`tr`).
 */
export function fileNameFor(title: string, tr: Translator): string {
  const cleaned = title
    // eslint-disable-next-line no-control-regex -- control characters are exactly what file systems refuse
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  return (cleaned || tr.t('common.untitledStudy')).slice(0, 80);
}

/** True when both paths name one file (same device and inode; Windows gives file ids there). */
function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a, { bigint: true });
    const y = statSync(b, { bigint: true });
    return x.ino !== 0n && x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false; // a path that does not exist is not the open study; open() reports it
  }
}

function currentUserName(): string {
  if (process.env.VERBATIM_USER) return process.env.VERBATIM_USER;
  try {
    return userInfo().username || 'researcher';
  } catch {
    return 'researcher'; // some sandboxes have no passwd entry for the uid
  }
}
