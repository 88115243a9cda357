import { z } from 'zod';
import { authorizeAssessment } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { requestLanguage } from '../http/language.js';
import { assessmentParams } from '../http/schemas.js';
import { makeReportPdf } from '../use-cases/make-report-pdf.js';
import type { ZodApp } from './types.js';

/** The PDF report. */
export function registerReportRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/v1/organisations/:organisationId/assessments/:assessmentId/report.pdf',
    {
      schema: {
        tags: ['results'],
        summary:
          'The report as a PDF (charts, roll-ups, strengths and weaknesses, priorities with guidance) in zh or en',
        params: assessmentParams,
        querystring: z.object({ lang: z.enum(['zh', 'en']).optional() }),
      },
    },
    async (request, reply) => {
      const access = await authorizeAssessment(
        ctx,
        request,
        request.params.organisationId,
        request.params.assessmentId,
        'report.download',
      );
      const lang =
        request.query.lang ?? requestLanguage(request, access.auth.user.preferredLanguage);
      const { pdf, date } = await makeReportPdf(
        ctx,
        access,
        request.params.assessmentId,
        lang,
        request.ip,
      );
      void reply
        .header('content-type', 'application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="citymaturity-report-${date}-${lang}.pdf"`,
        )
        .header('cache-control', 'private, no-store');
      return reply.send(pdf);
    },
  );
}
