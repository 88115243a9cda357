import { parsePack, PackValidationError, type PackFile } from '@citymaturity/model';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { CliError, exitCodes } from '../cli-error.js';
import { t, type Lang } from '../i18n.js';
import { readInputFile } from '../input.js';
import type { Output } from '../output.js';

/** Reads pack files from the given files and directories (a directory's *.yaml, *.yml, *.json in name order). */
async function readPackFiles(paths: readonly string[], lang: Lang): Promise<PackFile[]> {
  const files: PackFile[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      const names = (await readdir(path)).filter((n) => /\.(ya?ml|json)$/i.test(n)).sort();
      for (const name of names)
        files.push({ name, text: await readInputFile(join(path, name), lang) });
    } else files.push({ name: basename(path), text: await readInputFile(path, lang) });
  }
  return files;
}

/**
 * `citymaturity pack-check <paths…> [--partial]`: validates a model pack (schema, ids,
 * cross-references, provenance) and names every problem with its file and path.
 */
export async function packCheckCommand(
  paths: string[],
  options: { lang: Lang; partial?: boolean },
  out: Output,
): Promise<number> {
  const files = await readPackFiles(paths, options.lang);
  try {
    const pack = parsePack(files, paths.join(' '), { partial: options.partial === true });
    // In a partial check the meta block may be one of the sections left out.
    const meta = (pack as { meta?: { id: string; version: string } }).meta;
    const label = meta ? `${meta.id} ${meta.version}` : '–';
    out.stdout(`${t('packOk', options.lang)}: ${label} (${files.map((f) => f.name).join(', ')})`);
    return exitCodes.ok;
  } catch (error) {
    if (!(error instanceof PackValidationError)) throw error;
    const lines = error.problems.map(
      (p) => `${p.file ? `${p.file}: ` : ''}${p.path}: ${p.message}`,
    );
    throw new CliError(
      `${t('packInvalid', options.lang)}:\n${lines.join('\n')}`,
      exitCodes.badInput,
    );
  }
}
