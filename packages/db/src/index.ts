export * as schema from './schema/index.js';
export {
  startEmbeddedPostgres,
  DataDirectoryInUseError,
  type EmbeddedPostgresOptions,
  type RunningEmbeddedPostgres,
} from './embedded/embedded-postgres.js';
