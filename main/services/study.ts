import type { StepLabel } from '../../shared/domain/coding';
import type { DataChange } from '../../shared/domain/dataChange';
import type { StudySummary } from '../../shared/domain/study';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/connection';
import { backupStudy } from '../db/migrate';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { createRepos, type Repos } from '../db/repos';
import { createRowsRepo } from '../db/repos/rowsRepo';
import { flushSearchIndex } from '../db/searchIndex';
import { ChangeSet } from './dataKinds';
import { History, type Track } from './history';

/** One open study: its connection, repositories and the person making changes. */
export class Study {
  readonly repos: Repos;
  readonly userId: string;
  readonly history: History;
  /**
   * Hears one {@link DataChange} per committed outermost write (StudyManager passes it on to every
   * window and tab as `data:changed`). Every write goes through {@link write} or {@link change}, so
   * no handler has to remember to announce anything.
   */
  onData: ((change: DataChange) => void) | null = null;
  /** What the outermost write running now has changed so far (null between writes). */
  private changing: ChangeSet | null = null;

  constructor(
    readonly path: string,
    readonly db: Db,
    private readonly opened: { migratedFrom: number | null; backupPath: string | null; warnings: string[]; backupDir: string },
    userName: string,
  ) {
    this.repos = createRepos(db);
    this.history = new History(db, createRowsRepo(db), (table, id, before, after) => this.changing?.addRow(table, id, before, after));
    this.userId = this.write('user:ensure', () => this.repos.study.ensureUser(userName, now()), null, false);
  }

  /**
   * Runs `change` as one synchronous transaction and records it in the operation log.
   * Everything a user does goes through here, so a failed change leaves the study untouched.
   */
  write<T>(op: string, change: () => T, payload: unknown, log = true): T {
    return this.publishing(() => this.transact(op, change, payload, log, true), log);
  }

  /**
   * Like {@link write}, for actions the user can undo: `change` declares each row it touches with
   * `track`, and the step lands on the undo stack under `label` (what the Edit menu shows).
   */
  change<T>(label: StepLabel, op: string, payload: unknown, change: (track: Track) => T, coalesceKey?: string): T {
    return this.publishing(() => {
      let committed = false;
      try {
        // The tracked rows say what changed, more precisely than the op could.
        const result = this.transact(op, () => this.history.record(label, change, coalesceKey), payload, true, false);
        committed = true;
        return result;
      } finally {
        this.history.commit(committed);
      }
    }, true);
  }

  private transact<T>(op: string, change: () => T, payload: unknown, log: boolean, kindsFromOp: boolean): T {
    return this.db.transaction(() => {
      const result = change();
      // The search index follows the rows this write changed, in the same transaction.
      flushSearchIndex(this.db);
      if (log) this.repos.study.logOp(now(), this.userId, op, payload);
      if (kindsFromOp) this.changing?.addOp(op);
      return result;
    })();
  }

  /**
   * Runs an outermost write and, once it committed, publishes the one event saying what it changed.
   * A write nested in another joins the outer one's event; a write that failed publishes nothing.
   */
  private publishing<T>(run: () => T, announce: boolean): T {
    if (this.changing) return run();
    const changes = new ChangeSet();
    this.changing = changes;
    let result: T;
    try {
      result = run();
    } finally {
      this.changing = null;
    }
    const change = announce ? changes.toChange() : null;
    if (change && this.onData) {
      try {
        this.onData({ ...change, history: this.history.state() });
      } catch (error) {
        // The write has committed: a listener that fails must not turn it into a reported failure.
        console.error(`[verbatim] a change listener failed: ${String(error)}`);
      }
    }
    return result;
  }

  /** A consistent copy taken before a destructive action; returns its path. */
  backup(reason: string): string {
    return backupStudy(this.db, this.opened.backupDir, this.path, reason);
  }

  summary(): StudySummary {
    const info = this.repos.study.info();
    if (!info) throw new AppError('STUDY_CORRUPT', 'errors.noStudyRecord', { path: this.path });
    return {
      path: this.path,
      title: info.title,
      schemaVersion: LATEST_SCHEMA_VERSION,
      counts: this.repos.study.counts(),
      warnings: this.opened.warnings,
      migratedFrom: this.opened.migratedFrom,
      backupPath: this.opened.backupPath,
    };
  }

  close(): void {
    if (!this.db.open) return;
    // Folding the WAL back keeps the study a single file that can be copied or mailed.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.close();
  }
}

/** The current time as stored everywhere: ISO-8601 UTC. */
export function now(): string {
  return new Date().toISOString();
}
