import { sql as m0010 } from './0010_initial';
import { sql as m0020 } from './0020_coding_workspace';
import { sql as m0030 } from './0030_reports';
import { sql as m0040 } from './0040_live_sessions';
import { sql as m0050 } from './0050_transcript_offsets';
import { sql as m0060 } from './0060_session_moderators';
import { sql as m0070 } from './0070_search_index';
import { sql as m0080 } from './0080_saved_queries';

/**
 * Every migration, in order. Versions go up in steps of 10 so a fix can slot in between, and a
 * released migration is never edited: add a new one. They are TypeScript modules holding SQL text
 * so every bundle (esbuild for Electron, tsx for the CLI, vitest) carries them without file access.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  { version: 10, name: '0010_initial', sql: m0010 },
  { version: 20, name: '0020_coding_workspace', sql: m0020 },
  { version: 30, name: '0030_reports', sql: m0030 },
  { version: 40, name: '0040_live_sessions', sql: m0040 },
  { version: 50, name: '0050_transcript_offsets', sql: m0050 },
  { version: 60, name: '0060_session_moderators', sql: m0060 },
  { version: 70, name: '0070_search_index', sql: m0070 },
  { version: 80, name: '0080_saved_queries', sql: m0080 },
];

/** The schema version this build of Verbatim writes. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
