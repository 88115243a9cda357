import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpError } from './http-error.js';
import { requestLanguage, type Lang } from './language.js';
import { errorMessages, type ErrorCode } from './messages.js';

/** The body of every error response. */
export interface ErrorBody {
  error: {
    code: string;
    message: string;
    /** Field problems of a validation error: where (e.g. `body.current`) and what is wrong. */
    issues?: { path: string; message: string }[];
    [key: string]: unknown;
  };
}

const locales = { zh: z.locales.zhCN(), en: z.locales.en() };

function localizeIssue(
  lang: Lang,
  issue: { keyword: string; params: Record<string, unknown>; message?: string },
  path: (string | number)[],
): string {
  const raw = { ...issue.params, code: issue.keyword, path, message: issue.message ?? '' };
  const out = locales[lang].localeError(raw as unknown as Parameters<z.core.$ZodErrorMap>[0]);
  if (typeof out === 'string') return out;
  return out?.message ?? issue.message ?? '';
}

export function errorBody(
  code: ErrorCode,
  lang: Lang,
  extra: Record<string, unknown> = {},
): ErrorBody {
  // A message may name details of the error: `{name}` is replaced by the detail `name`.
  const message = errorMessages[code][lang].replace(/\{(\w+)\}/g, (placeholder, key: string) => {
    const value = extra[key];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : placeholder;
  });
  return { error: { code, message, ...extra } };
}

/**
 * Every error becomes a JSON body with a stable code and a message in the request's language;
 * validation errors name each field. Nothing internal (stack, SQL) ever reaches the client.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const lang = requestLanguage(request);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = (error as { validationContext?: string }).validationContext ?? 'body';
      const issues = error.validation.map((v) => {
        const path = v.instancePath.split('/').filter((p) => p !== '');
        return {
          path: [context, ...path].join('.'),
          message: localizeIssue(
            lang,
            { keyword: v.keyword, params: v.params, message: v.message },
            path,
          ),
        };
      });
      const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
      return reply.status(400).send({
        error: {
          code: 'validation',
          message: `${errorMessages.validation[lang]}: ${summary}`,
          issues,
        },
      });
    }
    if (error instanceof HttpError) {
      return reply.status(error.statusCode).send(errorBody(error.code, lang, error.details ?? {}));
    }
    // Malformed JSON, an unsupported content type, a body too large …: Fastify's own client errors.
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send({
        error: {
          code: 'validation',
          message: `${errorMessages.validation[lang]}: ${error.message}`,
        },
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(errorBody('internal', lang));
  });
}
