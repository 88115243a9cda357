import type { AppContext } from '../context.js';
import type { ZodApp } from './types.js';

/** The facilitated workshop: what the workshop is on, the consensus items with their versions, and the live stream every participant follows. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- a placeholder until the routes come
export function registerWorkshopRoutes(app: ZodApp, ctx: AppContext): void {
  // The routes come with this area's work.
}
