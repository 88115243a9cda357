import type { AppContext } from '../context.js';
import type { ZodApp } from './types.js';

/** Evidence files: upload (type checked by content), list and download. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- a placeholder until the routes come
export function registerEvidenceRoutes(app: ZodApp, ctx: AppContext): void {
  // The routes come with this area's work.
}
