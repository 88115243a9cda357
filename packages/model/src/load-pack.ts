import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parsePack, type ModelPack, type PackFile } from './parse-pack.js';
import { PackValidationError } from './problems.js';

const packFilePattern = /\.(ya?ml|json)$/i;

/**
 * Reads a model pack from disk: a single YAML/JSON file, or a directory whose `*.yaml`,
 * `*.yml` and `*.json` files (in name order) together form the pack. Validates it fully.
 */
export async function loadPackFromPath(path: string): Promise<ModelPack> {
  let files: PackFile[];
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((n) => packFilePattern.test(n)).sort();
      files = await Promise.all(
        names.map(async (name) => ({ name, text: await readFile(join(path, name), 'utf8') })),
      );
    } else {
      files = [{ name: basename(path), text: await readFile(path, 'utf8') }];
    }
  } catch (error) {
    throw new PackValidationError(path, [
      { path: '(root)', message: `cannot read: ${(error as Error).message}` },
    ]);
  }
  if (files.length === 0) {
    throw new PackValidationError(path, [{ path: '(root)', message: 'no pack files found' }]);
  }
  return parsePack(files, path);
}
