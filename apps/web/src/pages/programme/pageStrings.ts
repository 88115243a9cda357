import { pageStrings } from '../../i18n/usePageStrings.js';

/**
 * The ISO 37106 workspace pages' strings, in the `programme` namespace (its eager part holds only
 * the links other pages show); they start loading when the pages' code loads.
 */
export const programmeStrings = pageStrings('programme', 'workspace.title', {
  zh: () => import('./strings/zh.json'),
  en: () => import('./strings/en.json'),
});
