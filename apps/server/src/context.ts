import type { OperatingModelPack, ModelIndex, BundledPacks } from '@citymaturity/model';
import type { Database } from '@citymaturity/db';
import type { ServerConfig } from './config.js';
import type { Live } from './live/live.js';

/** What every route and use case can reach: the database, the model packs, the configuration. */
export interface AppContext {
  database: Database;
  packs: BundledPacks;
  /** Maturity models by pack id (for validation and scoring). */
  models: ReadonlyMap<string, ModelIndex>;
  operatingModel: OperatingModelPack;
  config: ServerConfig;
  /** Live changes: this process's LISTEN connection and its event streams (see live/). */
  live: Live;
  /** Absolute path of the built web app, or undefined when it is not built. */
  webRoot: string | undefined;
  /** In demo mode (--demo): the demo sign-in, shown on the sign-in page. */
  demoLogin?: { email: string; password: string } | undefined;
}
