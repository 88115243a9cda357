import {
  backupOrganisationToFile,
  OrganisationLookupError,
  restoreOrganisationFromFile,
  type BackupProgress,
} from '@citymaturity/server';
import { CliError, exitCodes } from '../cli-error.js';
import type { Lang } from '../i18n.js';
import type { Output } from '../output.js';
import { x } from './exchange-strings.js';

/** Progress lines on standard error: a line per table, and one per 10,000 rows of a large one. */
function progressTo(out: Output, lang: Lang): BackupProgress {
  return ({ table, rows, done }) => {
    out.stderr(x(done ? 'progressTable' : 'progressRows', lang, { table, rows }));
  };
}

/** The failures a user can act on, as messages in their language (exit 1). */
function asCliError(error: unknown, lang: Lang): unknown {
  if (!(error instanceof Error)) return error;
  if (error.name === 'DataDirectoryInUseError')
    return new CliError(x('databaseInUse', lang), exitCodes.badInput);
  if (error instanceof OrganisationLookupError)
    return new CliError(
      error.code === 'not-found'
        ? x('organisationNotFound', lang)
        : x('organisationAmbiguous', lang, {
            list: error.candidates.map((c) => `${c.id} (${c.nameZh} / ${c.nameEn})`).join('; '),
          }),
      exitCodes.badInput,
    );
  if (error.name === 'BackupRestoreError') {
    const { code, details } = error as Error & {
      code: Parameters<typeof x>[0];
      details: Record<string, string | number>;
    };
    return new CliError(x(code, lang, details), exitCodes.badInput);
  }
  return error;
}

/**
 * `citymaturity backup --organisation <id|name> -o <file> [--include-credentials]`: the backup of
 * one organisation, read straight from the database (DATABASE_URL, or the embedded data directory
 * while no server runs on it).
 */
export async function backupCommand(
  options: { lang: Lang; organisation: string; output: string; includeCredentials?: boolean },
  out: Output,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  try {
    const done = await backupOrganisationToFile(env, {
      organisation: options.organisation,
      file: options.output,
      includeCredentials: options.includeCredentials === true,
      progress: progressTo(out, options.lang),
    });
    out.stdout(
      x('backupWritten', options.lang, {
        name: `${done.organisation.nameZh} / ${done.organisation.nameEn}`,
        file: options.output,
        bytes: done.bytes,
        sha256: done.sha256,
      }),
    );
    return exitCodes.ok;
  } catch (error) {
    throw asCliError(error, options.lang);
  }
}

/** `citymaturity restore <file>`: restores an organisation from its backup, all or nothing. */
export async function restoreCommand(
  file: string,
  options: { lang: Lang },
  out: Output,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const { lang } = options;
  try {
    const result = await restoreOrganisationFromFile(env, {
      file,
      progress: progressTo(out, lang),
    });
    const rows = Object.values(result.tables).reduce((a, b) => a + b, 0);
    const o = result.organisation;
    out.stdout(x('restored', lang, { name: `${o.nameZh} / ${o.nameEn}`, id: o.id, rows }));
    for (const s of result.skipped) out.stdout(x('skippedRows', lang, s));
    for (const u of result.existingUsers) out.stdout(x('existingUser', lang, u));
    for (const l of result.setupLinks)
      out.stdout(
        x('setupLink', lang, { email: l.email, link: l.link, expires: l.expiresAt.toISOString() }),
      );
    return exitCodes.ok;
  } catch (error) {
    throw asCliError(error, lang);
  }
}
