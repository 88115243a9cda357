import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { errorBody } from '../http/error-handler.js';
import { requestLanguage } from '../http/language.js';

const notBuiltPage = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>CityMaturity</title></head>
<body><main><h1>CityMaturity</h1>
<p>网页应用尚未构建：请在代码目录中运行 <code>npm run build</code>，然后重新启动。</p>
<p lang="en">The web app is not built yet: run <code>npm run build</code> in the repository, then start again.</p>
<p><a href="/api/docs">API</a></p></main></body></html>`;

/**
 * Serves the built web app: hashed assets cached for a year, index.html for every other page
 * (client-side routing), JSON 404s under /api.
 */
export async function serveWeb(app: FastifyInstance, webRoot: string | undefined): Promise<void> {
  const index = webRoot ? join(webRoot, 'index.html') : undefined;
  if (webRoot && index && existsSync(index)) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/',
      wildcard: false,
      index: false,
      setHeaders: (reply, path) => {
        void reply.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      (request.method === 'GET' || request.method === 'HEAD') && !request.url.startsWith('/api/');
    if (!wantsPage) return reply.status(404).send(errorBody('not-found', requestLanguage(request)));
    if (index && existsSync(index))
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply.type('text/html; charset=utf-8').send(notBuiltPage);
  });
}
