import { z } from 'zod';
import type { AppContext } from '../context.js';
import { notFound } from '../http/http-error.js';
import { errorSchema } from '../http/schemas.js';
import type { ZodApp } from './types.js';

/** Health and the model packs (open: no sign-in needed). */
export function registerSystemRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/v1/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Health of the server and its database',
        response: {
          200: z.object({ status: z.literal('ok'), database: z.enum(['embedded', 'postgresql']) }),
        },
      },
    },
    async () => {
      await ctx.database.pool.query('select 1');
      return { status: 'ok' as const, database: ctx.database.kind };
    },
  );

  app.get(
    '/api/v1/models/:packId',
    {
      schema: {
        tags: ['models'],
        summary: 'A model pack as JSON: mmssc (ISO/TS 37107) or scom (ISO 37106)',
        description:
          'The whole pack, every text in Chinese and English, with the provenance of every element.',
        params: z.object({ packId: z.enum(['mmssc', 'scom']) }),
        response: { 200: z.record(z.string(), z.unknown()), 404: errorSchema },
      },
    },
    async (request, reply) => {
      const pack = ctx.packs[request.params.packId];
      // Packs change only with a new version of the software: let browsers and proxies keep them a while.
      void reply.header('cache-control', 'public, max-age=3600');
      if (!(pack as unknown)) throw notFound();
      return pack;
    },
  );
}
