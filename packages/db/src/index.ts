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
