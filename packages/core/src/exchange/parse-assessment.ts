import type { ModelIndex } from '@citymaturity/model';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { assessmentSchema, type AssessmentDocument } from './assessment-schema.js';
import { checkAgainstModels } from './check-against-models.js';
import { formatProblemPath, problem, type ValidationProblem } from './validation-problem.js';

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
  let data: unknown;
  try {
    data = parseText(text);
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const line = (error.mark?.line ?? 0) + 1;
    const params = { line, column: (error.mark?.column ?? 0) + 1, detail: error.reason };
    return { ok: false, problems: [{ ...problem('error', [], 'yaml-syntax', params), line }] };
  }
  const result = validateAssessment(data, options);
  if (result.problems.length > 0 && text.length <= lineLookupLimit) addLines(text, result.problems);
  return result;
}

/**
 * JSON (which is fast to parse) or YAML. YAML uses the core schema: no timestamps, so a date stays
 * the text the person wrote; duplicate keys are errors. A JSON syntax error is re-read as YAML
 * (JSON is YAML) to get its line and column.
 */
function parseText(text: string): unknown {
  if (text.trimStart().startsWith('{')) {
    try {
      return JSON.parse(text);
    } catch {
      // fall through: the YAML parser locates the error
    }
  }
  return load(text, { schema: CORE_SCHEMA });
}

/** Line numbers of problem paths are looked up only in files up to this size (the lookup re-parses the text). */
const lineLookupLimit = 1024 * 1024;

/** Adds to each problem the line of its path in the text. */
function addLines(text: string, problems: ValidationProblem[]): void {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  for (const p of problems) p.line ??= lineOfPath(doc, lineCounter, p.path);
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

const ratingValuePath = /^(respondents\[\d+\]\.ratings|consensus)\[".*"\]\.(current|target)$/;

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
