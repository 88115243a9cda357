export * as schema from './schema/index.js';
export {
  startEmbeddedPostgres,
  type EmbeddedPostgresOptions,
  type RunningEmbeddedPostgres,
} from './embedded/embedded-postgres.js';
export { DataDirectoryInUseError } from './embedded/data-directory-lock.js';
export { openDatabase, type Database, type Db, type OpenDatabaseOptions } from './open-database.js';
export * as repositories from './repositories/index.js';
export type { OrganisationScope, Executor } from './repositories/scope.js';
export {
  backupFormatTag,
  BackupRestoreError,
  type BackupHeader,
  type BackupManifest,
} from './backup/backup-format.js';
export { backupTables, tablesNotBackedUp, type BackupTable } from './backup/backup-tables.js';
export {
  backupOrganisation,
  findBackupOrganisation,
  type BackupOptions,
} from './backup/write-backup.js';
export {
  restoreOrganisation,
  type RestoreOptions,
  type RestoreResult,
} from './backup/restore-backup.js';
