import { checkPageStrings } from '../../i18n/page-strings-checks.js';

checkPageStrings(
  "the ISO 37106 workspace pages' strings",
  new URL('./', import.meta.url),
  'programme',
);
