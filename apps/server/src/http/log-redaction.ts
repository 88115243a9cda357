import type { FastifyRequest, FastifyServerOptions } from 'fastify';

/** The logger settings buildApp accepts: on/off, or a level (and, for tests, where lines go). */
export type LoggerSetting =
  boolean | { level: string; stream?: { write: (line: string) => void } | undefined };

/**
 * Replaces the token of every invitation link in a text (`/respond/<token>`, the web page, and
 * `/api/v1/respond/<token>/…`, its API) with `[redacted]`: a link is a credential and must not end
 * up in a log file.
 */
export function redactInvitationTokens(text: string): string {
  return text.replace(/(\/respond\/)[^/?#\s"']+/g, '$1[redacted]');
}

/**
 * The logger's options with invitation-link tokens kept out of every line: the request
 * serializer (Fastify's own, but for the redacted URL), error messages and stacks, and every
 * message string (Fastify writes the URL into "Route … not found" messages).
 */
export function loggerWithRedactedLinks(setting: LoggerSetting): FastifyServerOptions['logger'] {
  if (setting === false) return false;
  const options = setting === true ? {} : setting;
  return {
    ...options,
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: redactInvitationTokens(request.url),
        host: request.host,
        remoteAddress: request.ip,
        remotePort: request.socket.remotePort,
      }),
      err: (error: Error) => ({
        type: error.name,
        message: redactInvitationTokens(error.message),
        stack: redactInvitationTokens(error.stack ?? ''),
      }),
    },
    hooks: {
      logMethod(args, method) {
        const redacted = args.map((arg: unknown) =>
          typeof arg === 'string' ? redactInvitationTokens(arg) : arg,
        ) as Parameters<typeof method>;
        method.apply(this, redacted);
      },
    },
  };
}
