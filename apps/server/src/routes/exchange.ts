import { resultsCsv } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { authorizeAssessment, authorizeOrganisation } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import {
  exchangeImportBodySchema,
  exchangeImportedSchema,
  formLanguageQuery,
  formsAssessmentFieldsSchema,
  formsBodyDescription,
  importedFormsSchema,
  importErrorSchema,
  modelFormParams,
  startedFromFormsSchema,
} from '../http/exchange-schemas.js';
import { readUploadedForms } from '../http/form-uploads.js';
import { HttpError, notFound } from '../http/http-error.js';
import { requestLanguage } from '../http/language.js';
import { assessmentParams, commonErrors, errorSchema, orgParams } from '../http/schemas.js';
import { exportResultsOpenData } from '../use-cases/export-results-open-data.js';
import { importDiagnosticForms } from '../use-cases/import-diagnostic-forms.js';
import { importExchangeDocument } from '../use-cases/import-exchange-document.js';
import {
  assessmentDiagnosticForm,
  modelDiagnosticForm,
} from '../use-cases/make-diagnostic-form.js';
import { backupStream } from '../use-cases/organisation-backup-file.js';
import { startAssessmentFromForms } from '../use-cases/start-assessment-from-forms.js';
import type { ZodApp } from './types.js';

const assessmentPath = '/api/v1/organisations/:organisationId/assessments/:assessmentId';
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const zodLocales = { zh: z.locales.zhCN(), en: z.locales.en() };

function sendXlsx(reply: FastifyReply, content: Buffer, name: string) {
  return reply
    .header('content-type', xlsxType)
    .header('content-disposition', `attachment; filename="${name}"`)
    .header('cache-control', 'private, no-store')
    .send(content);
}

/**
 * Exchange: the Annex A diagnostic form as XLSX (blank, or for one assessment) and the import of
 * filled forms, the import of the exchange format, and the results as open data (CSV, JSON).
 */
export function registerExchangeRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/v1/models/:packId/diagnostic-form.xlsx',
    {
      schema: {
        tags: ['models'],
        summary: 'The blank Annex A diagnostic form of a maturity model as XLSX, in zh or en',
        description:
          'Open, like the model packs: one row per characteristic with the criteria of every level and the answer columns 现在水平 / 规划2年后的水平 (drop-downs 1–5 or don’t know).',
        params: modelFormParams,
        querystring: formLanguageQuery,
      },
    },
    async (request, reply) => {
      const model = ctx.models.get(request.params.packId);
      if (!model) throw notFound();
      const lang = request.query.lang ?? requestLanguage(request);
      const content = await modelDiagnosticForm(model, lang);
      const name = `citymaturity-diagnostic-form-${model.pack.meta.id}-${model.pack.meta.version}-${lang}.xlsx`;
      void reply.header('cache-control', 'public, max-age=3600');
      return reply
        .header('content-type', xlsxType)
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(content);
    },
  );

  app.get(
    `${assessmentPath}/diagnostic-form.xlsx`,
    {
      schema: {
        tags: ['exchange'],
        summary:
          "The assessment's diagnostic form as XLSX (its title and the organisation's groups filled in), to fill in offline and import",
        params: assessmentParams,
        querystring: formLanguageQuery,
      },
    },
    async (request, reply) => {
      const { organisationId, assessmentId } = request.params;
      const access = await authorizeOrganisation(ctx, request, organisationId, 'assessments.list');
      const lang =
        request.query.lang ?? requestLanguage(request, access.auth.user.preferredLanguage);
      const form = await assessmentDiagnosticForm(ctx, access, assessmentId, lang);
      return sendXlsx(
        reply,
        form.content,
        `citymaturity-diagnostic-form-${form.date}-${assessmentId.slice(0, 8)}-${lang}.xlsx`,
      );
    },
  );

  app.post(
    `${assessmentPath}/diagnostic-forms`,
    {
      schema: {
        tags: ['exchange'],
        summary:
          'Import filled diagnostic forms into a draft: each form a respondent, all or nothing',
        description: `${formsBodyDescription} A single-stakeholder assessment takes one form, which fills in its team response. 422 lists every problem of every file by file, sheet, row and column.`,
        params: assessmentParams,
        response: {
          201: importedFormsSchema,
          409: errorSchema,
          413: errorSchema,
          422: importErrorSchema,
          ...commonErrors,
        },
      },
    },
    async (request, reply) => {
      const { organisationId, assessmentId } = request.params;
      const access = await authorizeOrganisation(ctx, request, organisationId, 'responses.import');
      const { files, fields } = await readUploadedForms(request);
      if (Object.keys(fields).length > 0) throw unexpectedFields(request, Object.keys(fields));
      const result = await importDiagnosticForms(ctx, access, assessmentId, files, request.ip);
      return reply.status(201).send(result);
    },
  );

  app.post(
    '/api/v1/organisations/:organisationId/diagnostic-forms',
    {
      schema: {
        tags: ['exchange'],
        summary: 'Start a new draft assessment from filled diagnostic forms, each one a respondent',
        description: `${formsBodyDescription} Optional text fields: title, method (single-stakeholder, multi-stakeholder, facilitated-workshop; default by the number of forms), date (YYYY-MM-DD; default the latest date on a form).`,
        params: orgParams,
        response: {
          201: startedFromFormsSchema,
          409: errorSchema,
          413: errorSchema,
          422: importErrorSchema,
          ...commonErrors,
        },
      },
    },
    async (request, reply) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'assessments.create',
      );
      const { files, fields } = await readUploadedForms(request);
      const parsed = formsAssessmentFieldsSchema.safeParse(fields, {
        error: zodLocales[requestLanguage(request)].localeError,
      });
      if (!parsed.success) {
        const issues = parsed.error.issues.flatMap((i) =>
          (i.code === 'unrecognized_keys' ? i.keys.map((k) => [...i.path, k]) : [i.path]).map(
            (path) => ({ path: ['body', ...path.map(String)].join('.'), message: i.message }),
          ),
        );
        throw new HttpError(400, 'validation', { issues });
      }
      return reply
        .status(201)
        .send(await startAssessmentFromForms(ctx, access, parsed.data, files));
    },
  );

  app.post(
    '/api/v1/organisations/:organisationId/assessments/import',
    {
      schema: {
        tags: ['exchange'],
        summary:
          'Import a citymaturity/assessment@1 document (JSON or YAML) as a new draft assessment',
        body: exchangeImportBodySchema,
        params: orgParams,
        response: { 201: exchangeImportedSchema, 422: importErrorSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'assessments.create',
      );
      return reply
        .status(201)
        .send(await importExchangeDocument(ctx, access, request.body.document));
    },
  );

  for (const format of ['csv', 'json'] as const) {
    app.get(
      `${assessmentPath}/results.${format}`,
      {
        schema: {
          tags: ['results'],
          summary:
            format === 'csv'
              ? 'The results as open data: CSV (UTF-8 with BOM), one row per characteristic'
              : 'The results as open data: JSON in the format citymaturity/results@1 (schema: schemas/results-1.schema.json)',
          params: assessmentParams,
        },
      },
      async (request, reply) => {
        const { organisationId, assessmentId } = request.params;
        const access = await authorizeAssessment(
          ctx,
          request,
          organisationId,
          assessmentId,
          'results.view',
        );
        const document = await exportResultsOpenData(ctx, access, assessmentId, request.ip);
        const name = `citymaturity-results-${document.assessment.date}-${assessmentId.slice(0, 8)}.${format}`;
        void reply
          .header('content-disposition', `attachment; filename="${name}"`)
          .header('cache-control', 'private, no-store');
        if (format === 'csv')
          return reply.header('content-type', 'text/csv; charset=utf-8').send(resultsCsv(document));
        return reply
          .header('content-type', 'application/json; charset=utf-8')
          .send(JSON.stringify(document, null, 2));
      },
    );
  }

  app.get(
    '/api/v1/organisations/:organisationId/backup',
    {
      schema: {
        tags: ['exchange'],
        summary:
          'Download the backup of the whole organisation (gzip-compressed JSON lines, citymaturity/backup@1), streamed',
        description:
          'Organisation administrators only. Everything of the organisation (members by email, without password hashes; assessments, answers, evidence files, the hash-chained audit log …); restore it with `citymaturity restore <file>`.',
        params: orgParams,
      },
    },
    async (request, reply) => {
      const { organisationId } = request.params;
      const access = await authorizeOrganisation(
        ctx,
        request,
        organisationId,
        'organisation.backup',
      );
      await repositories.appendAudit(ctx.database.db, {
        actorUserId: access.auth.user.id,
        organisationId,
        action: 'organisation.backup',
        targetType: 'organisation',
        targetId: organisationId,
        outcome: 'success',
        details: { credentials: false, via: 'api' },
        ip: request.ip,
      });
      const name = `citymaturity-backup-${organisationId.slice(0, 8)}-${new Date().toISOString().slice(0, 10)}.jsonl.gz`;
      return reply
        .header('content-type', 'application/gzip')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'private, no-store')
        .send(backupStream(ctx.database, organisationId));
    },
  );
}

/** A 400 naming each text field an import of forms into an assessment does not take. */
function unexpectedFields(request: Parameters<typeof requestLanguage>[0], names: string[]) {
  const message = { zh: '不认识的字段', en: 'unexpected field' }[requestLanguage(request)];
  return new HttpError(400, 'validation', {
    issues: names.map((name) => ({ path: `body.${name}`, message })),
  });
}
