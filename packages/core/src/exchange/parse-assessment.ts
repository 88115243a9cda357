import { type ModelIndex } from '@citymaturity/model';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { assessmentSchema, type AssessmentDocument } from './assessment-schema.js';
import { checkAgainstModels } from './check-against-models.js';
import {
  formatProblemPath,
  problem,
  problemMessage,
  type ValidationProblem,
} from './validation-problem.js';

/** The outcome of reading an assessment: the document and its warnings, or every problem found. */
export type AssessmentParseResult =
  | { ok: true; assessment: AssessmentDocument; problems: ValidationProblem[] }
  | { ok: false; problems: ValidationProblem[] };

/** Options of {@link parseAssessmentText} and {@link validateAssessment}. */
export interface ValidateAssessmentOptions {
  /** The maturity models ratings may refer to, by pack id. */
  models: ReadonlyMap<string, ModelIndex>;
}

/**
 * Reads an assessment in the `citymaturity/assessment@1` format from YAML or JSON text and
 * validates it against its schema and its model. Never throws on bad input: every problem is
 * returned with its path, its line in the text and a message in Chinese and English.
 */
export function parseAssessmentText(
  text: string,
  options: ValidateAssessmentOptions,
): AssessmentParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    // One broken bracket can cascade into dozens of errors: keep each (line, message) once.
    const seen = new Set<string>();
    const problems: ValidationProblem[] = [];
    for (const error of doc.errors) {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      const params = { line, column: col, detail: error.message.split('\n')[0] ?? '' };
      const key = `${String(line)}:${params.detail}`;
      if (seen.has(key) || problems.length >= maxSyntaxProblems) continue;
      seen.add(key);
      problems.push({ ...problem('error', [], 'yaml-syntax', params), line });
    }
    return { ok: false, problems };
  }
  const result = validateAssessment(doc.toJS({ maxAliasCount: 1000 }) as unknown, options);
  for (const problem of result.problems) {
    problem.line ??= lineOfPath(doc, lineCounter, problem.path);
  }
  return result;
}

/**
 * Validates an already parsed assessment (for example a JSON request body). Same checks and
 * messages as {@link parseAssessmentText}.
 */
export function validateAssessment(
  data: unknown,
  options: ValidateAssessmentOptions,
): AssessmentParseResult {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problems: [problem('error', [], 'not-a-mapping', {})] };
  }
  const parsed = assessmentSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.flatMap((issue) => translateIssue(issue, data)),
    };
  }
  const problems = checkAgainstModels(parsed.data, options.models);
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  return { ok: true, assessment: parsed.data, problems };
}

/** At most this many syntax errors are listed: the first ones are what needs fixing. */
const maxSyntaxProblems = 20;

const ratingValuePath = /^respondents\[\d+\]\.ratings\[".*"\]\.(current|target)$/;

/** Turns a zod issue into problems with CityMaturity's own wording where it has one. */
function translateIssue(issue: z.core.$ZodIssue, data: object): ValidationProblem[] {
  const found = describeValue(valueAt(data, issue.path));
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) =>
      problem('error', [...path, key], 'unknown-field', { field: key }),
    );
  }
  if (valueAt(data, path) === undefined) return [problem('error', path, 'required', {})];
  if (issue.message.startsWith('cm:')) {
    const code = issue.message.slice(3);
    const extra: Record<string, string | number> =
      code === 'method' ? { allowed: allowedMethods() } : code === 'level' ? { max: 5 } : {};
    return [problem('error', path, code, { found, ...extra })];
  }
  if (ratingValuePath.test(formatProblemPath(path)))
    return [problem('error', path, 'level', { found, max: 5 })];
  if (valueAt(data, path) === undefined) return [problem('error', path, 'required', {})];
  const params = {
    zh: localeMessage(z.locales.zhCN(), issue),
    en: localeMessage(z.locales.en(), issue),
  };
  return [problem('error', path, 'schema', params)];
}

function localeMessage(
  locale: { localeError: z.core.$ZodErrorMap },
  issue: z.core.$ZodIssue,
): string {
  const out = locale.localeError(issue as unknown as Parameters<z.core.$ZodErrorMap>[0]);
  if (typeof out === 'string') return out;
  return out?.message ?? issue.message;
}

function allowedMethods(): string {
  const method = assessmentSchema.shape.method;
  return method.options.join(', ');
}

/** The value at a path of keys, or undefined when the path does not exist. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** A short readable form of a found value for messages: `7`, `"abc"`, `nothing`. */
function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value);
  return Array.isArray(value) ? 'a list' : 'an object';
}

/** The line of the deepest node of a problem's path that exists in the YAML document. */
function lineOfPath(doc: Document, lineCounter: LineCounter, path: string): number | undefined {
  const keys = parseProblemPath(path);
  for (let depth = keys.length; depth >= 0; depth--) {
    const node = doc.getIn(keys.slice(0, depth), true) as
      { range?: [number, number, number] } | undefined;
    if (node?.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

/** Inverse of formatProblemPath. */
function parseProblemPath(path: string): (string | number)[] {
  if (path === '(file)') return [];
  const keys: (string | number)[] = [];
  const pattern = /([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (const match of path.matchAll(pattern)) {
    if (match[1] !== undefined) keys.push(match[1]);
    else if (match[2] !== undefined) keys.push(Number(match[2]));
    else if (match[3] !== undefined) keys.push(JSON.parse(match[3]) as string);
  }
  return keys;
}
