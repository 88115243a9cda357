import { createHash } from 'node:crypto';
import type pg from 'pg';
import {
  backupFormatTag,
  headerLine,
  knownSchemaTags,
  manifestLine,
  rowLine,
  type BackupManifest,
} from './backup-format.js';
import { backupTables, referencedUsersSql } from './backup-tables.js';

/** Options of {@link backupOrganisation}. */
export interface BackupOptions {
  /** Include the users' password hashes (argon2id), so that they sign in as before after a restore. */
  includeCredentials?: boolean;
  /** Told after each table (and every 10,000 rows of a large one). */
  progress?: (event: { table: string; rows: number; done: boolean }) => void;
}

/** A UUID as an SQL literal (refused unless it is one). */
function uuidLiteral(id: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id))
    throw new Error('not a UUID');
  return `'${id}'::uuid`;
}

/** The organisations with this id, or this name in Chinese or English (case ignored). */
export async function findBackupOrganisation(
  pool: pg.Pool,
  idOrName: string,
): Promise<{ id: string; nameZh: string; nameEn: string }[]> {
  const isId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrName);
  const result = await pool.query<{ id: string; name_zh: string; name_en: string }>(
    isId
      ? 'select id, name_zh, name_en from organisations where id = $1'
      : 'select id, name_zh, name_en from organisations where lower(name_zh) = lower($1) or lower(name_en) = lower($1) order by id',
    [idOrName.trim()],
  );
  return result.rows.map((r) => ({ id: r.id, nameZh: r.name_zh, nameEn: r.name_en }));
}

/**
 * The backup of one organisation as lines of text (see backup-format.ts), read in one
 * repeatable-read transaction so that every table is seen at the same moment. Rows are fetched
 * through a cursor, a few at a time, so that a large organisation (or large evidence files) never
 * sits in memory at once. Yields nothing when the organisation does not exist.
 */
export async function* backupOrganisation(
  pool: pg.Pool,
  organisationId: string,
  options: BackupOptions = {},
): AsyncGenerator<string> {
  const client = await pool.connect();
  let released = false;
  try {
    await client.query('begin isolation level repeatable read read only');
    // Canonical text: timestamps in UTC, bytea as hex.
    await client.query("set local timezone = 'UTC'");
    await client.query("set local bytea_output = 'hex'");
    const found = await client.query<{ id: string; name_zh: string; name_en: string }>(
      'select id, name_zh, name_en from organisations where id = $1',
      [organisationId],
    );
    const organisation = found.rows[0];
    if (!organisation) {
      await client.query('rollback');
      return;
    }
    const all = createHash('sha256');
    const emit = (line: string, table?: ReturnType<typeof createHash>) => {
      all.update(`${line}\n`);
      table?.update(`${line}\n`);
      return `${line}\n`;
    };
    yield emit(
      headerLine({
        format: backupFormatTag,
        organisation: {
          id: organisation.id,
          nameZh: organisation.name_zh,
          nameEn: organisation.name_en,
        },
        credentials: options.includeCredentials === true,
        schema: knownSchemaTags().at(-1) ?? '',
      }),
    );
    const manifest: BackupManifest = { tables: {}, sha256: '' };
    for (const table of backupTables) {
      const omit = [
        ...(table.omit ?? []),
        ...(table.name === 'users'
          ? ['is_platform_admin', ...(options.includeCredentials ? [] : ['password_hash'])]
          : []),
      ];
      const hash = createHash('sha256');
      let rows = 0;
      const cursor = `backup_${table.name}`;
      const rowExpression = omit.reduce((expr, column) => `${expr} - '${column}'`, 'to_jsonb(t)');
      // A cursor takes no parameters: the id (a UUID read from the table above) is written in.
      const query = `with ${referencedUsersSql()}
           select (${rowExpression})::text as row from ${table.name} t
            where ${table.where} order by ${table.orderBy}`;
      await client.query(
        `declare ${cursor} no scroll cursor for ${query.replaceAll('$1', uuidLiteral(organisation.id))}`,
      );
      for (;;) {
        const batch = await client.query<{ row: string }>(
          `fetch ${String(table.batch ?? 500)} from ${cursor}`,
        );
        for (const { row } of batch.rows) {
          yield emit(rowLine(table.name, row), hash);
          rows++;
          if (rows % 10_000 === 0) options.progress?.({ table: table.name, rows, done: false });
        }
        if (batch.rows.length === 0) break;
      }
      await client.query(`close ${cursor}`);
      manifest.tables[table.name] = { rows, sha256: hash.digest('hex') };
      options.progress?.({ table: table.name, rows, done: true });
    }
    await client.query('commit');
    client.release();
    released = true;
    manifest.sha256 = all.digest('hex');
    yield `${manifestLine(manifest)}\n`;
  } finally {
    if (!released) {
      await client.query('rollback').catch(() => undefined);
      client.release();
    }
  }
}
