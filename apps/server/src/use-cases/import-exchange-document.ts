import {
  formatProblemPath,
  parseAssessmentText,
  problemMessage,
  standardStakeholderGroupIds,
  validateAssessment,
  type AssessmentParseResult,
  type ValidationProblem,
} from '@citymaturity/core';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { importableMethodSchema } from '../http/exchange-schemas.js';
import { HttpError } from '../http/http-error.js';
import { getAssessment } from './get-assessment.js';
import { importAssessment } from './import-assessment.js';
import { ownFormGroups } from './import-diagnostic-forms.js';

function error(
  path: PropertyKey[],
  code: string,
  params: Record<string, string>,
): ValidationProblem {
  return {
    severity: 'error',
    path: formatProblemPath(path),
    code,
    params,
    message: problemMessage(code, params),
  };
}

/** The methods the import accepts, as its problems list them (from the endpoint's zod enum). */
const allowedMethods = importableMethodSchema.options.join(', ');

/**
 * The format's own problem of a method it does not know lists every evidence method of the model;
 * the import accepts fewer: it lists those instead.
 */
function withImportableMethods(problem: ValidationProblem): ValidationProblem {
  if (problem.code !== 'method') return problem;
  const params = { ...problem.params, allowed: allowedMethods };
  return { ...problem, params, message: problemMessage('method', params) };
}

/**
 * Imports a document of the exchange format `citymaturity/assessment@1` (JSON or YAML text, or an
 * already parsed JSON object) as a new draft assessment of the organisation, with its respondents,
 * ratings, evidence notes and links, and a workshop's consensus; all or nothing. Besides the
 * format's own checks, the platform needs a method it runs (single-stakeholder, multi-stakeholder,
 * facilitated workshop) and stakeholder groups that are standard or the organisation's own.
 * The document's `city` is not used: the organisation is the city. 422 with every problem.
 */
export async function importExchangeDocument(
  ctx: AppContext,
  access: OrganisationAccess,
  input: unknown,
) {
  const parsed: AssessmentParseResult =
    typeof input === 'string'
      ? parseAssessmentText(input, { models: ctx.models })
      : validateAssessment(input, { models: ctx.models });
  const problems = parsed.problems.map(withImportableMethods);
  if (parsed.ok) {
    const document = parsed.assessment;
    if (!importableMethodSchema.safeParse(document.method).success)
      problems.push(
        error(['method'], 'method', {
          found: JSON.stringify(document.method),
          allowed: allowedMethods,
        }),
      );
    const known = new Set<string>([
      ...standardStakeholderGroupIds,
      ...(await ownFormGroups(ctx.database.db, access.scope)).map((g) => g.key),
    ]);
    document.respondents.forEach((r, i) => {
      if (r.group !== undefined && !known.has(r.group))
        problems.push(
          error(['respondents', i, 'group'], 'unknown-group', {
            group: r.group,
            allowed: [...known].join(', '),
          }),
        );
    });
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (!parsed.ok || errors > 0)
    throw new HttpError(422, 'exchange-invalid', { errors: Math.max(errors, 1), problems });
  const id = await importAssessment(ctx, ctx.database.db, access.scope, parsed.assessment, {
    userId: access.auth.user.id,
    submitted: false,
  });
  return {
    assessment: await getAssessment(ctx, access, id),
    warnings: problems,
  };
}
