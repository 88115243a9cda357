import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import scalarReference from '@scalar/fastify-api-reference';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { registerAuthentication } from './auth/authenticate.js';
import type { AppContext } from './context.js';
import { registerErrorHandler } from './http/error-handler.js';
import { loggerWithRedactedLinks, type LoggerSetting } from './http/log-redaction.js';
import { multipartOptions } from './http/evidence-upload.js';
import { registerAssessmentRoutes } from './routes/assessments.js';
import { registerAuditRoutes } from './routes/audit.js';
import { registerBenchmarkingRoutes } from './routes/benchmarking.js';
import { registerCycleRoutes } from './routes/cycles.js';
import { registerEvidenceRoutes } from './routes/evidence.js';
import { registerExchangeRoutes } from './routes/exchange.js';
import { registerOrganisationRoutes } from './routes/organisations.js';
import { registerProgrammeComponentRoutes } from './routes/programme-components.js';
import { registerProgrammeRegisterRoutes } from './routes/programme-register.js';
import { registerProgrammeReviewRoutes } from './routes/programme-reviews.js';
import { registerProgrammeRiskRoutes } from './routes/programme-risks.js';
import { registerProgrammeRoadmapRoutes } from './routes/programme-roadmap.js';
import { registerProgrammeBenefitsRoutes } from './routes/programme-benefits.js';
import { registerReportRoutes } from './routes/report.js';
import { registerResponseRoutes } from './routes/responses.js';
import { registerSessionRoutes } from './routes/session.js';
import { registerStakeholderRoutes } from './routes/stakeholders.js';
import { registerSystemRoutes } from './routes/system.js';
import { registerWorkshopRoutes } from './routes/workshop.js';
import { serveWeb } from './web/serve-web.js';

/** Options of {@link buildApp}. */
export interface BuildAppOptions {
  /** Fastify's logger setting (false in tests). */
  logger?: LoggerSetting;
}

/**
 * The HTTP application: security headers, cookies, sessions from the database, OpenAPI 3.1 at
 * /api/openapi.json with a reference page at /api/docs, the API under /api/v1, and the web app.
 */
export async function buildApp(
  ctx: AppContext,
  options: BuildAppOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    // Invitation links are credentials: their tokens never reach the log.
    logger: loggerWithRedactedLinks(options.logger ?? { level: ctx.config.LOG_LEVEL }),
    trustProxy: ctx.config.CITYMATURITY_TRUST_PROXY === 'true',
    bodyLimit: 2 * 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(fastifyCookie);
  // Multipart bodies (evidence files) are parsed only by the routes that read them.
  await app.register(fastifyMultipart, multipartOptions(ctx.config));
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design injects its generated CSS at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
  });
  // The API reference page inlines its configuration script: it gets its own, looser policy.
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/docs')) {
      reply.header(
        'content-security-policy',
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'",
      );
    }
    return payload;
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'CityMaturity API',
        version: '1',
        description:
          'Smart sustainable city maturity assessment (ISO/TS 37107) and smart city operating model (ISO 37106). ' +
          'Sign in with POST /api/v1/session; send the csrfToken it returns in the X-CSRF-Token header of every POST, PUT, PATCH and DELETE. ' +
          'Errors have a stable code and a message in the language of Accept-Language or ?lang=zh|en.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'cm_session' } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(scalarReference, {
    routePrefix: '/api/docs',
    configuration: { url: '/api/openapi.json' },
  });

  registerAuthentication(app, ctx);
  const api = app.withTypeProvider<ZodTypeProvider>();
  registerSystemRoutes(api, ctx);
  registerSessionRoutes(api, ctx);
  registerOrganisationRoutes(api, ctx);
  registerAssessmentRoutes(api, ctx);
  registerResponseRoutes(api, ctx);
  registerReportRoutes(api, ctx);
  registerStakeholderRoutes(api, ctx);
  registerWorkshopRoutes(api, ctx);
  registerAuditRoutes(api, ctx);
  registerEvidenceRoutes(api, ctx);
  registerExchangeRoutes(api, ctx);
  registerCycleRoutes(api, ctx);
  registerBenchmarkingRoutes(api, ctx);
  registerProgrammeRegisterRoutes(api, ctx);
  registerProgrammeReviewRoutes(api, ctx);
  registerProgrammeRiskRoutes(api, ctx);
  registerProgrammeComponentRoutes(api, ctx);
  registerProgrammeRoadmapRoutes(api, ctx);
  registerProgrammeBenefitsRoutes(api, ctx);
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  await serveWeb(app, ctx.webRoot);
  return app;
}
