import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { dirname, basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import {
  BackupRestoreError,
  backupOrganisation,
  findBackupOrganisation,
  openDatabase,
  repositories,
  restoreOrganisation,
  type Database,
  type RestoreResult,
} from '@citymaturity/db';
import { issueAccountSetupToken, pendingPasswordHash } from '../auth/account-setup-tokens.js';
import { readServerConfig } from '../config.js';

/** Progress of a backup or restore: a table done (or 10,000 more rows of a large one). */
export type BackupProgress = (event: { table: string; rows: number; done: boolean }) => void;

/** The organisation named for a backup is not there, or more than one has that name. */
export class OrganisationLookupError extends Error {
  constructor(
    readonly code: 'not-found' | 'ambiguous',
    readonly candidates: { id: string; nameZh: string; nameEn: string }[],
  ) {
    super(code);
    this.name = 'OrganisationLookupError';
  }
}

/** Opens the database the server uses (`DATABASE_URL`, or the embedded data directory). */
async function openOperatorDatabase(env: NodeJS.ProcessEnv): Promise<Database> {
  const config = readServerConfig(env);
  return openDatabase({
    ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : {}),
    dataDir: resolve(config.CITYMATURITY_DATA_DIR),
    poolSize: 2,
  });
}

/** The backup of an organisation as a gzip stream (for a file or an HTTP download). */
export function backupStream(
  database: Database,
  organisationId: string,
  options: { includeCredentials?: boolean; progress?: BackupProgress } = {},
): Readable {
  return Readable.from(backupOrganisation(database.pool, organisationId, options)).pipe(
    createGzip(),
  );
}

/**
 * `citymaturity backup`: writes the backup of one organisation (by id, or by its Chinese or English
 * name) to a file, gzip-compressed JSON lines (see packages/db/src/backup/backup-format.ts). The
 * file appears only when complete (written beside it, then renamed). Recorded in the audit log of
 * the organisation after the backup was read, so that the backup does not hold its own record.
 */
export async function backupOrganisationToFile(
  env: NodeJS.ProcessEnv,
  options: {
    organisation: string;
    file: string;
    includeCredentials: boolean;
    progress?: BackupProgress;
  },
) {
  const database = await openOperatorDatabase(env);
  try {
    const found = await findBackupOrganisation(database.pool, options.organisation);
    const [organisation] = found;
    if (!organisation) throw new OrganisationLookupError('not-found', []);
    if (found.length > 1) throw new OrganisationLookupError('ambiguous', found);
    const file = resolve(options.file);
    const partial = join(dirname(file), `.${basename(file)}.partial`);
    const hash = createHash('sha256');
    const digest = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(
        backupStream(database, organisation.id, options),
        digest,
        createWriteStream(partial, { mode: 0o600 }),
      );
      await rename(partial, file);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    await repositories.appendAudit(database.db, {
      actorUserId: null,
      organisationId: organisation.id,
      action: 'organisation.backup',
      targetType: 'organisation',
      targetId: organisation.id,
      outcome: 'success',
      details: { credentials: options.includeCredentials, via: 'cli' },
    });
    return { organisation, bytes: (await stat(file)).size, sha256: hash.digest('hex') };
  } finally {
    await database.close();
  }
}

/** The lines of a gzip-compressed backup file. */
async function* backupFileLines(file: string): AsyncGenerator<string> {
  const gunzip = createReadStream(file).pipe(createGunzip());
  const lines = createInterface({ input: gunzip, crlfDelay: Infinity });
  try {
    for await (const line of lines) yield line;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR')
      throw new BackupRestoreError(
        'not-a-backup',
        'the file is not a CityMaturity backup (not gzip)',
      );
    throw error;
  }
}

/**
 * `citymaturity restore`: restores an organisation from a backup file into the database, all or
 * nothing (see restoreOrganisation). Users created without a password (a backup without
 * credentials) get a one-time link to set one (valid 7 days), returned to be shown to the
 * operator. Recorded in the audit log without the organisation's id (as a platform event), so
 * that a backup of the restored organisation is the same as the one restored.
 */
export async function restoreOrganisationFromFile(
  env: NodeJS.ProcessEnv,
  options: { file: string; progress?: BackupProgress },
): Promise<RestoreResult & { setupLinks: { email: string; link: string; expiresAt: Date }[] }> {
  const config = readServerConfig(env);
  const database = await openOperatorDatabase(env);
  try {
    const result = await restoreOrganisation(
      database.pool,
      backupFileLines(resolve(options.file)),
      {
        passwordlessHash: pendingPasswordHash,
        ...(options.progress ? { progress: options.progress } : {}),
      },
    );
    const setupLinks = [];
    for (const user of result.usersWithoutPassword) {
      const issued = await issueAccountSetupToken(database.db, user.id);
      const base = config.CITYMATURITY_PUBLIC_URL?.replace(/\/$/, '') ?? '';
      setupLinks.push({
        email: user.email,
        link: `${base}${issued.link}`,
        expiresAt: issued.expiresAt,
      });
    }
    await repositories.appendAudit(database.db, {
      actorUserId: null,
      organisationId: null,
      action: 'organisation.restore',
      targetType: 'organisation',
      targetId: result.organisation.id,
      outcome: 'success',
      details: { tables: result.tables, skipped: result.skipped, via: 'cli' },
    });
    return { ...result, setupLinks };
  } finally {
    await database.close();
  }
}
