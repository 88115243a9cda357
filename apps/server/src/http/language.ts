import type { FastifyRequest } from 'fastify';

/** Languages of the user interface and messages. */
export type Lang = 'zh' | 'en';

/**
 * The language of a request's messages: `?lang=zh|en`, else the first of Accept-Language that is
 * Chinese or English, else the signed-in user's preference, else Chinese.
 */
export function requestLanguage(request: FastifyRequest, preferred?: string): Lang {
  const query = (request.query as { lang?: unknown } | undefined)?.lang;
  if (query === 'zh' || query === 'en') return query;
  const header = request.headers['accept-language'];
  if (typeof header === 'string') {
    for (const part of header.split(',')) {
      const tag = part.trim().toLowerCase();
      if (tag.startsWith('zh')) return 'zh';
      if (tag.startsWith('en')) return 'en';
    }
  }
  if (preferred?.startsWith('en')) return 'en';
  return 'zh';
}
