import { fileURLToPath } from 'node:url';
import { checkPackLinks } from './integrity/pack-links.js';
import { loadPackFromPath } from './load-pack.js';
import { isMaturityModelPack, isOperatingModelPack } from './parse-pack.js';
import { PackValidationError } from './problems.js';
import type { MaturityModelPack } from './schema/maturity-model-pack.js';
import type { OperatingModelPack } from './schema/operating-model-pack.js';

/** Ids of the packs shipped with CityMaturity. */
export const bundledPackIds = ['mmssc', 'scom'] as const;
/** Id of a bundled pack. */
export type BundledPackId = (typeof bundledPackIds)[number];

/** Absolute path of a bundled pack's directory. */
export function bundledPackPath(id: BundledPackId): string {
  return fileURLToPath(new URL(`../packs/${id}/`, import.meta.url));
}

/** The bundled packs, loaded, validated and checked against each other. */
export interface BundledPacks {
  mmssc: MaturityModelPack;
  scom: OperatingModelPack;
}

let cached: Promise<BundledPacks> | undefined;

/**
 * Loads the bundled MMSSC and ISO 37106 packs (once per process) and checks the links between
 * them. Throws {@link PackValidationError} if either is invalid.
 */
export function loadBundledPacks(): Promise<BundledPacks> {
  cached ??= (async () => {
    const [mmssc, scom] = await Promise.all([
      loadPackFromPath(bundledPackPath('mmssc')),
      loadPackFromPath(bundledPackPath('scom')),
    ]);
    if (!isMaturityModelPack(mmssc) || !isOperatingModelPack(scom)) {
      throw new PackValidationError('bundled packs', [
        {
          path: 'meta.kind',
          message: 'mmssc must be a maturity-model pack and scom an operating-model pack',
        },
      ]);
    }
    const problems = checkPackLinks(mmssc, scom);
    if (problems.length > 0) throw new PackValidationError('mmssc ↔ scom', problems);
    return { mmssc, scom };
  })();
  return cached;
}
