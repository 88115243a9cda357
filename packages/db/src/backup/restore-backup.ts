import { createHash } from 'node:crypto';
import type pg from 'pg';
import {
  backupFormatTag,
  BackupRestoreError,
  knownSchemaTags,
  type BackupHeader,
  type BackupManifest,
} from './backup-format.js';
import { backupTables, type BackupTable } from './backup-tables.js';

/** Options of {@link restoreOrganisation}. */
export interface RestoreOptions {
  /**
   * The password hash given to users restored from a backup without credentials: one that no
   * password matches, so that they set a password through a link first.
   */
  passwordlessHash: string;
  /** Told after each table (and every 10,000 rows of a large one). */
  progress?: (event: { table: string; rows: number; done: boolean }) => void;
}

/** What a restore did. */
export interface RestoreResult {
  organisation: BackupHeader['organisation'];
  /** Rows restored, by table. */
  tables: Record<string, number>;
  /** Users created without a password (a backup without credentials): they need a setup link. */
  usersWithoutPassword: { id: string; email: string }[];
  /** Users who already had an account here (same id, or same email): kept as they are. */
  existingUsers: { id: string; email: string }[];
  /** Rows left out: the city's side of consortia that this installation does not have. */
  skipped: { table: string; rows: number }[];
}

type Row = Record<string, unknown>;
const batchSize = 500;

/**
 * Restores an organisation from its backup lines (see backup-format.ts) in one transaction: all
 * or nothing. Refuses a backup of a newer version, a damaged one (the manifest's row counts and
 * SHA-256 of every table and of the whole must match), an organisation that exists already, and
 * an installation whose audit log already holds rows of the organisation. Rows are inserted as
 * they were, ids and timestamps included. The audit log's rows are inserted too: its append-only
 * trigger refuses UPDATE, DELETE and TRUNCATE, not INSERT, so a restore needs no way around it;
 * before committing, every restored hash chain is recomputed in the database and must match
 * (links and heads), so a backup changed by hand is refused. Users are carried by id and email:
 * one who already has an account here (same id or email) keeps it, and the rows pointing to them
 * are pointed at it; the others are created (with their password hash when the backup has them).
 */
export async function restoreOrganisation(
  pool: pg.Pool,
  lines: AsyncIterable<string>,
  options: RestoreOptions,
): Promise<RestoreResult> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query("set local timezone = 'UTC'");
    const result = await restoreLines(client, lines, options);
    await assertChainsIntact(client, result.organisation.id);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function restoreLines(
  client: pg.PoolClient,
  lines: AsyncIterable<string>,
  options: RestoreOptions,
): Promise<RestoreResult> {
  const all = createHash('sha256');
  const damaged = (why: string) =>
    new BackupRestoreError('damaged', `the backup is damaged or incomplete: ${why}`, { why });
  let header: BackupHeader | undefined;
  let manifest: BackupManifest | undefined;
  const seen = new Map<string, { rows: number; hash: ReturnType<typeof createHash> }>();
  const order = backupTables.map((t) => t.name);
  let current: { table: BackupTable; rows: Row[] } | undefined;
  const state: RestoreState = {
    userMap: new Map(),
    missingConsortia: new Set(),
    result: undefined as unknown as RestoreResult,
  };

  const flush = async () => {
    if (current && current.rows.length > 0)
      await insertRows(client, current.table, current.rows, state, options);
    if (current) current.rows = [];
  };

  for await (const line of lines) {
    if (line === '') continue;
    if (manifest) throw damaged('lines after the manifest');
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw header ? damaged('a line is not JSON') : notABackup();
    }
    if (!header) {
      header = checkHeader(value);
      await assertRestorable(client, header);
      state.result = {
        organisation: header.organisation,
        tables: {},
        usersWithoutPassword: [],
        existingUsers: [],
        skipped: [],
      };
      all.update(`${line}\n`);
      continue;
    }
    if ('manifest' in value) {
      manifest = value.manifest as BackupManifest;
      continue;
    }
    all.update(`${line}\n`);
    const name = value.table;
    const table = backupTables.find((t) => t.name === name);
    if (!table || typeof value.row !== 'object' || value.row === null)
      throw damaged(`unknown table ${String(name)}`);
    if (current?.table !== table) {
      await flush();
      if (current) done(current.table.name);
      if (
        seen.has(table.name) ||
        order.indexOf(table.name) < order.indexOf(current?.table.name ?? '')
      )
        throw damaged(`table ${table.name} out of order`);
      current = { table, rows: [] };
      seen.set(table.name, { rows: 0, hash: createHash('sha256') });
    }
    const entry = seen.get(table.name);
    if (!entry) throw damaged('internal');
    entry.rows++;
    entry.hash.update(`${line}\n`);
    current.rows.push(value.row as Row);
    if (current.rows.length >= (table.batch ?? batchSize)) await flush();
    if (entry.rows % 10_000 === 0)
      options.progress?.({ table: table.name, rows: entry.rows, done: false });
  }
  await flush();
  if (current) done(current.table.name);
  if (!header) throw notABackup();
  if (!manifest) throw damaged('no manifest at the end');
  if (manifest.sha256 !== all.digest('hex')) throw damaged('its SHA-256 does not match');
  for (const name of order) {
    const expected = manifest.tables[name];
    const got = seen.get(name);
    const rows = got?.rows ?? 0;
    const hash = got ? got.hash.digest('hex') : createHash('sha256').digest('hex');
    if (!expected || expected.rows !== rows || expected.sha256 !== hash)
      throw damaged(`table ${name} does not match the manifest`);
  }
  return state.result;

  function done(table: string) {
    const rows = seen.get(table)?.rows ?? 0;
    state.result.tables[table] = rows;
    options.progress?.({ table, rows, done: true });
  }
}

interface RestoreState {
  /** Backup user id → the user id in this installation. */
  userMap: Map<string, string>;
  /** Consortia (of other organisations) this installation does not have. */
  missingConsortia: Set<string>;
  result: RestoreResult;
}

function notABackup() {
  return new BackupRestoreError('not-a-backup', 'the file is not a CityMaturity backup');
}

function checkHeader(value: Record<string, unknown>): BackupHeader {
  const organisation = value.organisation as BackupHeader['organisation'] | undefined;
  if (value.format !== backupFormatTag || typeof organisation?.id !== 'string') throw notABackup();
  const schema = typeof value.schema === 'string' ? value.schema : '';
  if (!knownSchemaTags().includes(schema))
    throw new BackupRestoreError(
      'newer-schema',
      `the backup was made by a newer version of CityMaturity (database ${schema}); update this installation first`,
      { schema },
    );
  return value as unknown as BackupHeader;
}

async function assertRestorable(client: pg.PoolClient, header: BackupHeader): Promise<void> {
  const id = header.organisation.id;
  const exists = await client.query('select 1 from organisations where id = $1', [id]);
  if (exists.rows.length > 0)
    throw new BackupRestoreError(
      'organisation-exists',
      `the organisation ${header.organisation.nameEn} (${id}) exists in this database already; restore into a database without it`,
      { organisation: id },
    );
  const logged = await client.query('select 1 from audit_log where organisation_id = $1 limit 1', [
    id,
  ]);
  if (logged.rows.length > 0)
    throw new BackupRestoreError(
      'audit-log-exists',
      `the audit log of this database already holds entries of the organisation ${id} (it is append-only); restore into another database`,
      { organisation: id },
    );
}

async function insertRows(
  client: pg.PoolClient,
  table: BackupTable,
  rows: Row[],
  state: RestoreState,
  options: RestoreOptions,
): Promise<void> {
  let wanted = rows;
  if (table.name === 'users') wanted = await newUsers(client, rows, state, options);
  else if (table.name === 'consortium_members' || table.name === 'consortium_shares')
    wanted = await withKnownConsortia(client, table.name, rows, state);
  for (const row of wanted)
    for (const column of table.userColumns ?? []) {
      const id = row[column];
      if (typeof id === 'string') row[column] = state.userMap.get(id) ?? id;
    }
  if (wanted.length === 0) return;
  const columns = await tableColumns(client, table.name);
  const keys = [...new Set(wanted.flatMap((r) => Object.keys(r)))];
  const unknown = keys.filter((k) => !columns.has(k));
  if (unknown.length > 0)
    throw new BackupRestoreError(
      'damaged',
      `the backup is damaged: unknown columns ${unknown.join(', ')} in ${table.name}`,
    );
  const list = keys.map((k) => `"${k}"`).join(', ');
  await client.query(
    `insert into ${table.name} (${list}) select ${list} from jsonb_populate_recordset(null::${table.name}, $1::jsonb)`,
    [JSON.stringify(wanted)],
  );
}

const columnCache = new WeakMap<pg.PoolClient, Map<string, Set<string>>>();

async function tableColumns(client: pg.PoolClient, table: string): Promise<Set<string>> {
  const cache = columnCache.get(client) ?? new Map<string, Set<string>>();
  columnCache.set(client, cache);
  let columns = cache.get(table);
  if (!columns) {
    const result = await client.query<{ column_name: string }>(
      "select column_name from information_schema.columns where table_schema = 'public' and table_name = $1",
      [table],
    );
    columns = new Set(result.rows.map((r) => r.column_name));
    cache.set(table, columns);
  }
  return columns;
}

/**
 * The users to create: those without an account here. One with the same id, or the same email,
 * keeps their account (and every row pointing to them is pointed at it). New ones without a
 * password hash in the backup get one no password matches.
 */
async function newUsers(
  client: pg.PoolClient,
  rows: Row[],
  state: RestoreState,
  options: RestoreOptions,
): Promise<Row[]> {
  const created: Row[] = [];
  for (const row of rows) {
    const id = String(row.id);
    const email = String(row.email).toLowerCase();
    const existing = await client.query<{ id: string }>(
      'select id from users where id = $1 or email = $2 order by (id = $1) desc limit 1',
      [id, email],
    );
    const found = existing.rows[0];
    if (found) {
      state.userMap.set(id, found.id);
      state.result.existingUsers.push({ id: found.id, email });
      continue;
    }
    if (typeof row.password_hash !== 'string') {
      row.password_hash = options.passwordlessHash;
      state.result.usersWithoutPassword.push({ id, email });
    }
    created.push(row);
  }
  return created;
}

/** The rows whose consortium exists here (the city's side of another organisation's consortium). */
async function withKnownConsortia(
  client: pg.PoolClient,
  table: string,
  rows: Row[],
  state: RestoreState,
): Promise<Row[]> {
  const ids = [...new Set(rows.map((r) => String(r.consortium_id)))];
  const known = await client.query<{ id: string }>(
    'select id from consortia where id = any($1::uuid[])',
    [ids],
  );
  const present = new Set(known.rows.map((r) => r.id));
  for (const id of ids) if (!present.has(id)) state.missingConsortia.add(id);
  const kept = rows.filter((r) => present.has(String(r.consortium_id)));
  const left = rows.length - kept.length;
  if (left > 0) {
    const skipped = state.result.skipped.find((s) => s.table === table);
    if (skipped) skipped.rows += left;
    else state.result.skipped.push({ table, rows: left });
  }
  return kept;
}

/**
 * Recomputes the restored hash chains in the database: every entry's hash over its columns, every
 * link to the entry before, and every assessment's head. Refuses (and so rolls back) the first
 * difference.
 */
async function assertChainsIntact(client: pg.PoolClient, organisationId: string): Promise<void> {
  const broken = await client.query<{ assessment_id: string; seq: number }>(
    `with chain as (
       select assessment_id, seq, coalesce(prev_hash, '') as prev_hash, hash,
              citymaturity_audit_hash(assessment_id, seq, coalesce(prev_hash, ''), at, actor_user_id,
                organisation_id, action, target_type, target_id, outcome, details) as recomputed,
              coalesce(lag(hash) over (partition by assessment_id order by seq), '') as previous,
              row_number() over (partition by assessment_id order by seq) as position
         from audit_log
        where organisation_id = $1 and seq is not null)
     select assessment_id, seq from chain
      where hash <> recomputed or prev_hash <> previous or seq <> position
     union all
     select a.id, a.chain_seq from assessments a
      where a.organisation_id = $1 and a.chain_seq > 0
        and not exists (select 1 from audit_log l where l.assessment_id = a.id
                          and l.seq = a.chain_seq and l.hash = a.chain_hash)
     limit 1`,
    [organisationId],
  );
  const first = broken.rows[0];
  if (first)
    throw new BackupRestoreError(
      'chain-broken',
      `the hash chain of assessment ${first.assessment_id} breaks at entry ${String(first.seq)}: the backup was changed; nothing was restored`,
      { assessment: first.assessment_id, seq: first.seq },
    );
}
