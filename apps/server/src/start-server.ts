import { indexMaturityModel, loadBundledPacks } from '@citymaturity/model';
import { openDatabase } from '@citymaturity/db';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { buildApp } from './app.js';
import { readServerConfig } from './config.js';
import type { AppContext } from './context.js';
import { demoLogin, loadDemo } from './demo/load-demo.js';
import { createLive } from './live/live.js';
import { ensureFirstAdmin } from './use-cases/ensure-first-admin.js';

/** Options of {@link startServer}. */
export interface StartServerOptions {
  /** Load the demo organisation 示例市 / Example City (and print its sign-in). */
  demo?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Where start-up messages go (default: standard output). */
  print?: (line: string) => void;
}

/** A running server. */
export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

/** The built web app (apps/web/dist), when it has been built. */
function findWebRoot(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const root = join(dirname(require.resolve('@citymaturity/web/package.json')), 'dist');
    return existsSync(join(root, 'index.html')) ? root : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts CityMaturity: reads the configuration, opens the database (PostgreSQL at DATABASE_URL, or
 * the embedded server in CITYMATURITY_DATA_DIR), makes sure there is a platform administrator (or
 * prints a one-time setup link), loads the demo if asked, and serves the API and the web app.
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const config = readServerConfig(options.env ?? process.env);
  const packs = await loadBundledPacks();
  const database = await openDatabase({
    ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : {}),
    dataDir: resolve(config.CITYMATURITY_DATA_DIR),
    poolSize: config.CITYMATURITY_DB_POOL_SIZE,
    log: print,
  });
  const live = createLive(database.connectionString, { log: print });
  try {
    const ctx: AppContext = {
      database,
      packs,
      models: new Map([[packs.mmssc.meta.id, indexMaturityModel(packs.mmssc)]]),
      operatingModel: packs.scom,
      config,
      live,
      webRoot: findWebRoot(),
      ...(options.demo ? { demoLogin: { ...demoLogin } } : {}),
    };
    // Listen for live changes from the start (reconnects by itself if the database goes away).
    ctx.live.hub.start();
    const { setupToken, createdAdmin } = await ensureFirstAdmin(ctx);
    const demo = options.demo ? await loadDemo(ctx) : undefined;
    const app = await buildApp(ctx);
    await app.listen({ port: config.PORT, host: config.HOST });
    const shownHost = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
    const url = config.CITYMATURITY_PUBLIC_URL ?? `http://${shownHost}:${String(config.PORT)}`;
    print('');
    print(`CityMaturity is running: ${url}/`);
    print(
      `  Database: ${database.kind === 'embedded' ? `embedded PostgreSQL in ${resolve(config.CITYMATURITY_DATA_DIR)}` : 'PostgreSQL (DATABASE_URL)'}`,
    );
    print(
      `  API: ${url}/api/v1  ·  reference: ${url}/api/docs  ·  OpenAPI: ${url}/api/openapi.json`,
    );
    if (!ctx.webRoot) print('  The web app is not built yet: run `npm run build`.');
    if (createdAdmin) print(`  Platform administrator created: ${createdAdmin}`);
    if (setupToken)
      print(
        `  First start: create the platform administrator at ${url}/setup?token=${setupToken} (valid 24 hours, once)`,
      );
    if (demo) {
      print(
        `  Demo city 示例市 / Example City ${demo.created ? 'loaded' : 'present'}. Sign in with ${demoLogin.email} / ${demoLogin.password}`,
      );
      print('  (demo data and a known password: do not use --demo on a server others can reach)');
    }
    print('');
    let closing: Promise<void> | undefined;
    const close = () => {
      closing ??= (async () => {
        await app.close();
        await ctx.live.close();
        await database.close();
      })();
      return closing;
    };
    return { url, close };
  } catch (error) {
    await live.close();
    await database.close();
    throw error;
  }
}
