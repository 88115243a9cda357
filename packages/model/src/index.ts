export * from './schema/common.js';
export * from './schema/maturity-model-pack.js';
export * from './schema/operating-model-pack.js';
export {
  isMaturityModelPack,
  isOperatingModelPack,
  parsePack,
  type ModelPack,
  type PackFile,
} from './parse-pack.js';
export { loadPackFromPath } from './load-pack.js';
export {
  bundledPackIds,
  bundledPackPath,
  loadBundledPacks,
  type BundledPackId,
  type BundledPacks,
} from './bundled-packs.js';
export { checkPackLinks } from './integrity/pack-links.js';
export { PackValidationError, type PackProblem } from './problems.js';
export { indexMaturityModel, type IndexedCharacteristic, type ModelIndex } from './model-index.js';
