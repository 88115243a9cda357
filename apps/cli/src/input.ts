import {
  indexMaturityModel,
  loadBundledPacks,
  type BundledPacks,
  type ModelIndex,
} from '@citymaturity/model';
import { readFile, stat } from 'node:fs/promises';
import { CliError, exitCodes } from './cli-error.js';
import { t, type Lang } from './i18n.js';

const maxFileBytes = 200 * 1024 * 1024;

/** Reads a text file given on the command line, with a localised message when it cannot. */
export async function readInputFile(path: string, lang: Lang): Promise<string> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliError(`${path}: ${t('notAFile', lang)}`, exitCodes.badInput);
    size = info.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      `${path}: ${t(code === 'ENOENT' ? 'fileMissing' : 'fileUnreadable', lang)}`,
      exitCodes.badInput,
    );
  }
  if (size > maxFileBytes)
    throw new CliError(
      `${path}: ${t('fileTooLarge', lang, { max: maxFileBytes / 1024 / 1024 })}`,
      exitCodes.badInput,
    );
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new CliError(`${path}: ${t('fileUnreadable', lang)}`, exitCodes.badInput);
  }
}

/** The bundled packs and the maturity models by id, for validation and scoring. */
export async function loadModels(): Promise<{
  packs: BundledPacks;
  models: Map<string, ModelIndex>;
}> {
  const packs = await loadBundledPacks();
  return { packs, models: new Map([[packs.mmssc.meta.id, indexMaturityModel(packs.mmssc)]]) };
}
