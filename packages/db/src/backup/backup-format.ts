import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The format tag of version 1 of an organisation's backup. */
export const backupFormatTag = 'citymaturity/backup@1';

/**
 * The first line of a backup: format, the organisation, whether password hashes are included,
 * and the last database migration of the installation that made it.
 */
export interface BackupHeader {
  format: typeof backupFormatTag;
  organisation: { id: string; nameZh: string; nameEn: string };
  credentials: boolean;
  schema: string;
}

/** The last line: rows and SHA-256 of each table's lines, and the SHA-256 of every line before it. */
export interface BackupManifest {
  tables: Record<string, { rows: number; sha256: string }>;
  sha256: string;
}

/**
 * A backup is gzip-compressed JSON lines (one JSON value per line, `\n` after each):
 *
 *   {"format":"citymaturity/backup@1","organisation":{…},"credentials":false,"schema":"0004_…"}
 *   {"table":"organisations","row":{…}}
 *   …one line per row, table by table in restore order, rows in primary-key order…
 *   {"manifest":{"tables":{"organisations":{"rows":1,"sha256":"…"},…},"sha256":"…"}}
 *
 * Rows are PostgreSQL's own JSON of the row (`to_jsonb`: keys in jsonb order, timestamps in UTC
 * with microseconds, bytea as `\x` hex), so the same data always gives the same bytes: a backup
 * restored into an empty database and backed up again is byte for byte the same file.
 */
export function headerLine(header: BackupHeader): string {
  return JSON.stringify(header);
}

export function rowLine(table: string, rowJson: string): string {
  return `{"table":${JSON.stringify(table)},"row":${rowJson}}`;
}

export function manifestLine(manifest: BackupManifest): string {
  return JSON.stringify({ manifest });
}

const journalUrl = new URL('../../migrations/meta/_journal.json', import.meta.url);

/** The tags of the database migrations this version of CityMaturity knows, in order. */
export function knownSchemaTags(): string[] {
  const journal = JSON.parse(readFileSync(fileURLToPath(journalUrl), 'utf8')) as {
    entries: { tag: string }[];
  };
  return journal.entries.map((e) => e.tag);
}

/** Why a backup cannot be restored (the message names what to do), with a stable code. */
export class BackupRestoreError extends Error {
  constructor(
    readonly code:
      | 'not-a-backup'
      | 'newer-schema'
      | 'damaged'
      | 'organisation-exists'
      | 'audit-log-exists'
      | 'chain-broken',
    message: string,
    readonly details: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'BackupRestoreError';
  }
}
