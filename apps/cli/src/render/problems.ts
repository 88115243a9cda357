import type { ValidationProblem } from '@citymaturity/core';
import { t, type Lang } from '../i18n.js';

/** One line per problem: `file:line: error: path: message`. */
export function renderProblems(
  file: string,
  problems: readonly ValidationProblem[],
  lang: Lang,
): string {
  return problems
    .map((p) => {
      const where = p.line === undefined ? file : `${file}:${String(p.line)}`;
      return `${where}: ${t(p.severity, lang)}: ${p.path}: ${p.message[lang]}`;
    })
    .join('\n');
}
