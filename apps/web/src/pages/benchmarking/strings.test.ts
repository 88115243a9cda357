import { checkPageStrings } from '../../i18n/page-strings-checks.js';

checkPageStrings("the benchmarking pages' strings", new URL('./', import.meta.url), 'benchmarking');
