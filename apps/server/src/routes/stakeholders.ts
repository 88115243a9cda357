import type { AppContext } from '../context.js';
import type { ZodApp } from './types.js';

/** Multi-stakeholder rating: stakeholder groups, invitations (one link per person), progress, reveal, and the invitation-link endpoints a stakeholder uses without an account. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- a placeholder until the routes come
export function registerStakeholderRoutes(app: ZodApp, ctx: AppContext): void {
  // The routes come with this area's work.
}
