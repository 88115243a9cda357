import type { LocalizedText } from '@citymaturity/model';
import { problemMessage } from './messages.js';

export { problemMessage };

/** One problem found in an assessment file, in both languages. */
export interface ValidationProblem {
  /** Errors make the file unusable; warnings are worth a look but do not stop scoring. */
  severity: 'error' | 'warning';
  /** Where, as a readable path: `respondents[2].ratings["2.3.1"].current`; "(file)" for the whole file. */
  path: string;
  /** 1-based line in the file, when the file is YAML/JSON text and the path exists in it. */
  line?: number;
  /** Stable code of the kind of problem (e.g. `level`, `unknown-characteristic`). */
  code: string;
  /** The values the message refers to. */
  params: Readonly<Record<string, string | number>>;
  message: LocalizedText;
}

/**
 * Formats a path of keys the way a person reads it: identifiers with dots, array indices in
 * brackets, other keys (such as characteristic ids) quoted in brackets:
 * `respondents[2].ratings["2.3.1"].current`.
 */
export function formatProblemPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${String(key)}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key))
      out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === '' ? '(file)' : out;
}

/** Builds a problem with its messages. */
export function problem(
  severity: ValidationProblem['severity'],
  path: readonly PropertyKey[],
  code: string,
  params: Readonly<Record<string, string | number>>,
): ValidationProblem {
  return {
    severity,
    path: formatProblemPath(path),
    code,
    params,
    message: problemMessage(code, params),
  };
}
