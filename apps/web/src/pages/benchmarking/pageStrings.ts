import { pageStrings } from '../../i18n/usePageStrings.js';

/**
 * The benchmarking pages' strings (about 6 KB gzip per language), in the `benchmarking` namespace
 * (its eager part holds only the links other pages show); they start loading with the pages' code.
 */
export const benchmarkingStrings = pageStrings('benchmarking', 'page.title', {
  zh: () => import('./strings/zh.json'),
  en: () => import('./strings/en.json'),
});
