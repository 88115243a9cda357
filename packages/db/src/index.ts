export * as schema from './schema/index.js';
export {
  startEmbeddedPostgres,
  DataDirectoryInUseError,
  type EmbeddedPostgresOptions,
  type RunningEmbeddedPostgres,
} from './embedded/embedded-postgres.js';
export { openDatabase, type Database, type Db, type OpenDatabaseOptions } from './open-database.js';
export * as repositories from './repositories/index.js';
export type { OrganisationScope, Executor } from './repositories/scope.js';
