import { defaultMaxUploadMegabytes } from '@citymaturity/core';
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** The server's settings, from environment variables (validated: a wrong value stops the start with a clear message). */
export const serverConfigSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(8080),
  /** Interface to listen on: 127.0.0.1 by default; 0.0.0.0 to serve other machines (behind a TLS proxy). */
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: optionalText,
  CITYMATURITY_DATA_DIR: z.string().default('data'),
  CITYMATURITY_ADMIN_EMAIL: optionalText.pipe(z.email().optional()),
  CITYMATURITY_ADMIN_PASSWORD: optionalText.pipe(z.string().min(10).optional()),
  /** The address users reach the platform at (for links; https makes cookies Secure). */
  CITYMATURITY_PUBLIC_URL: optionalText.pipe(z.url().optional()),
  /** Trust X-Forwarded-* headers from a reverse proxy. */
  CITYMATURITY_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  // warn by default (a quiet console for people trying it out); info logs every request.
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  /** Connections in the database pool of this process. */
  // Measured on 2 cores: 8–10 connections per process beat 20–30 (fewer backends competing for the CPU).
  CITYMATURITY_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** The largest evidence file accepted, in megabytes (MiB): the file is held in memory while it is stored. */
  CITYMATURITY_MAX_UPLOAD_MB: z.coerce
    .number()
    .positive()
    .max(512)
    .default(defaultMaxUploadMegabytes),
});

export type ServerConfig = z.infer<typeof serverConfigSchema>;

/** Reads the configuration; throws an error listing every wrong variable. */
export function readServerConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const result = serverConfigSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (
    (result.data.CITYMATURITY_ADMIN_EMAIL === undefined) !==
    (result.data.CITYMATURITY_ADMIN_PASSWORD === undefined)
  ) {
    throw new Error(
      'Invalid configuration: set both CITYMATURITY_ADMIN_EMAIL and CITYMATURITY_ADMIN_PASSWORD, or neither',
    );
  }
  return result.data;
}
