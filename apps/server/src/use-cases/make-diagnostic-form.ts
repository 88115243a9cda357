import { diagnosticFormLayout } from '@citymaturity/core';
import type { ModelIndex, TextLanguage } from '@citymaturity/model';
import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { notFound } from '../http/http-error.js';
import { writeFormWorkbook } from '../spreadsheet/write-form-workbook.js';
import { ownFormGroups } from './import-diagnostic-forms.js';
import { modelOf } from './model-of.js';

/** The blank Annex A diagnostic form of a maturity model, as an XLSX file, in zh or en. */
export async function modelDiagnosticForm(model: ModelIndex, lang: TextLanguage): Promise<Buffer> {
  return writeFormWorkbook(diagnosticFormLayout(model, { lang }));
}

/**
 * The diagnostic form of one assessment, to fill in offline and import: the assessment's model,
 * its title and the organisation's name above the table, and the organisation's own stakeholder
 * groups in the group drop-down; the form carries the assessment's id, so that it goes back into
 * that assessment only.
 */
export async function assessmentDiagnosticForm(
  ctx: AppContext,
  access: ScopedCaller,
  assessmentId: string,
  lang: TextLanguage,
): Promise<{ content: Buffer; date: string }> {
  const db = ctx.database.db;
  const [assessment, organisation, ownGroups] = await Promise.all([
    repositories.getAssessment(db, access.scope, assessmentId),
    repositories.getOrganisation(db, access.scope),
    ownFormGroups(db, access.scope),
  ]);
  if (!assessment || !organisation) throw notFound();
  const layout = diagnosticFormLayout(modelOf(ctx, assessment.modelId), {
    lang,
    ownGroups,
    assessment: {
      id: assessment.id,
      title: assessment.title,
      organisationId: organisation.id,
      organisationName: lang === 'zh' ? organisation.nameZh : organisation.nameEn,
    },
  });
  return { content: await writeFormWorkbook(layout), date: assessment.assessedOn };
}
