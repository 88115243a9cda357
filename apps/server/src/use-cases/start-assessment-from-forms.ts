import {
  diagnosticFormsImportSource,
  formsToAssessmentDocument,
  type AssessmentMethod,
} from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { HttpError, notFound } from '../http/http-error.js';
import { getAssessment } from './get-assessment.js';
import { importAssessment } from './import-assessment.js';
import { assertNoFormErrors, ownFormGroups } from './import-diagnostic-forms.js';
import { readFilledForms, type FormFile } from './read-filled-forms.js';

/** What the new assessment is called and how it gathered its evidence. */
export interface FormsAssessmentInput {
  title?: string | undefined;
  /** Default: single-stakeholder for one form, multi-stakeholder for several. */
  method?: AssessmentMethod | undefined;
  /** Default: the latest date written on a form, else today. */
  date?: string | undefined;
}

/**
 * Starts a new draft assessment from filled diagnostic forms, each one a respondent, all or
 * nothing (422 with every problem of every file): the forms become an assessment in the exchange
 * format and are imported as one (chained `assessment.import` and `ratings.import`).
 */
export async function startAssessmentFromForms(
  ctx: AppContext,
  access: OrganisationAccess,
  input: FormsAssessmentInput,
  files: readonly FormFile[],
) {
  if (input.method === 'single-stakeholder' && files.length > 1)
    throw new HttpError(409, 'forms-single-stakeholder');
  const db = ctx.database.db;
  const organisation = await repositories.getOrganisation(db, access.scope);
  if (!organisation) throw notFound();
  const { forms, problems } = await readFilledForms(files, {
    models: ctx.models,
    ownGroups: await ownFormGroups(db, access.scope),
  });
  assertNoFormErrors(problems);
  const document = formsToAssessmentDocument(forms, {
    ...input,
    city: organisation.nameZh,
    today: new Date().toISOString().slice(0, 10),
  });
  if (!document) throw new Error('forms without a city');
  const id = await importAssessment(ctx, db, access.scope, document, {
    userId: access.auth.user.id,
    submitted: false,
    source: diagnosticFormsImportSource,
  });
  return { assessment: await getAssessment(ctx, access, id), warnings: problems };
}
