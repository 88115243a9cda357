import {
  diagnosticFormsImportSource,
  formImportRefusal,
  type FilledForm,
  type FormGroup,
  type FormImportRefusal,
  type FormProblem,
  type RespondentSource,
} from '@citymaturity/core';
import { repositories, schema, type Executor, type OrganisationScope } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { HttpError, notFound } from '../http/http-error.js';
import { readFilledForms, type FormFile } from './read-filled-forms.js';
import { respondentSources } from './respondent-sources.js';

/** A respondent added (or, single-stakeholder, filled in) from a form. */
export interface ImportedRespondent {
  id: string;
  name: string;
  group: string | null;
  file: string;
  /** Characteristics with both measures answered. */
  answered: number;
  /** How the respondent came in: `paper-form`, or the team response's own source. */
  source: RespondentSource;
}

const refusals: Record<FormImportRefusal, () => HttpError> = {
  'not-draft': () => new HttpError(409, 'assessment-not-draft'),
  revealed: () => new HttpError(409, 'forms-revealed'),
  'single-stakeholder-one-form': () => new HttpError(409, 'forms-single-stakeholder'),
};

/** The organisation's own stakeholder groups as the form reader takes them. */
export async function ownFormGroups(db: Executor, scope: OrganisationScope): Promise<FormGroup[]> {
  const rows = await repositories.listOwnStakeholderGroups(db, scope);
  return rows.map((g) => ({ key: g.key, name: { zh: g.nameZh, en: g.nameEn } }));
}

/** Refuses (422, every problem of every file) when any problem is an error. */
export function assertNoFormErrors(problems: readonly FormProblem[]): void {
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) throw new HttpError(422, 'forms-invalid', { errors, problems });
}

/**
 * Imports filled diagnostic forms into a draft assessment, all or nothing: each form becomes a
 * respondent with its answers (notes as evidence text), or, in a single-stakeholder assessment,
 * one form fills in the team response. Every form is read and checked first (422 with every
 * problem); then one transaction locks the assessment, checks it still takes forms, writes the
 * respondents and ratings and chains one `ratings.import` entry recording every answer, as an
 * import of the exchange format does, so verification replays it.
 */
export async function importDiagnosticForms(
  ctx: AppContext,
  access: OrganisationAccess,
  assessmentId: string,
  files: readonly FormFile[],
  ip: string,
): Promise<{ respondents: ImportedRespondent[]; warnings: FormProblem[] }> {
  const db = ctx.database.db;
  const assessment = await repositories.getAssessment(db, access.scope, assessmentId);
  if (!assessment) throw notFound();
  const early = formImportRefusal(assessment, files.length);
  if (early) throw refusals[early]();
  const { forms, problems } = await readFilledForms(files, {
    models: ctx.models,
    ownGroups: await ownFormGroups(db, access.scope),
    assessment: {
      id: assessment.id,
      modelId: assessment.modelId,
      modelVersion: assessment.modelVersion,
    },
  });
  assertNoFormErrors(problems);

  const respondents = await db.transaction(async (tx) => {
    const locked = await repositories.lockAssessment(tx, access.scope, assessmentId);
    if (!locked) throw notFound();
    const refusal = formImportRefusal(locked, forms.length);
    if (refusal) throw refusals[refusal]();
    const imported: Omit<ImportedRespondent, 'source'>[] = [];
    const recorded: Record<string, unknown> = {};
    for (const form of forms) {
      const team =
        locked.method === 'single-stakeholder'
          ? await teamRespondent(tx, access.scope, assessmentId)
          : undefined;
      const respondentId = team?.id ?? (await addRespondent(tx, access.scope, assessmentId, form));
      const answers = Object.entries(form.ratings).map(([characteristicId, r]) => ({
        characteristicId,
        current: r.current,
        target: r.target,
        ...(r.notes ? { evidence: [{ kind: 'text' as const, body: r.notes }] } : {}),
      }));
      await repositories.saveAnswers(tx, access.scope, respondentId, answers, access.auth.user.id);
      recorded[respondentId] = {
        file: form.file,
        name: form.respondent.name,
        group: form.respondent.group,
        date: form.respondent.date,
        ratings: Object.fromEntries(
          answers.map((a) => [a.characteristicId, { current: a.current, target: a.target }]),
        ),
        evidence: answers.flatMap((a) =>
          (a.evidence ?? []).map((e) => ({ characteristicId: a.characteristicId, ...e })),
        ),
      };
      imported.push({
        id: respondentId,
        // The team response keeps its name and group; the form's are in the chain entry.
        name: team?.name ?? form.respondent.name,
        group: team ? team.stakeholderGroup : form.respondent.group,
        file: form.file,
        answered: answers.filter((a) => a.current !== null && a.target !== null).length,
      });
    }
    await repositories.appendAssessmentEvent(tx, access.scope, assessmentId, {
      actorUserId: access.auth.user.id,
      action: 'ratings.import',
      targetType: 'assessment',
      ip,
      details: { source: diagnosticFormsImportSource, respondents: recorded },
    });
    return imported;
  });
  const sources = await respondentSources(
    db,
    access.scope,
    assessmentId,
    await repositories.listRespondents(db, access.scope, assessmentId),
  );
  return {
    respondents: respondents.map((r) => ({ ...r, source: sources.get(r.id) ?? 'paper-form' })),
    warnings: problems,
  };
}

/** Adds a respondent named as the form says, without an account. */
async function addRespondent(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
  form: FilledForm,
): Promise<string> {
  const [row] = await db
    .insert(schema.respondents)
    .values({
      organisationId: scope.organisationId,
      assessmentId,
      name: form.respondent.name,
      stakeholderGroup: form.respondent.group,
    })
    .returning({ id: schema.respondents.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

/** The one (team) response of a single-stakeholder assessment. */
async function teamRespondent(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
): Promise<{ id: string; name: string; stakeholderGroup: string | null }> {
  const [first] = await repositories.listRespondents(db, scope, assessmentId);
  if (!first) throw notFound();
  return first;
}
