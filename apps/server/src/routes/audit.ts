import type { AppContext } from '../context.js';
import type { ZodApp } from './types.js';

/** External audit: auditors invited to one assessment, their findings and statement, snapshots, verification of the hash chain and the public verification. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- a placeholder until the routes come
export function registerAuditRoutes(app: ZodApp, ctx: AppContext): void {
  // The routes come with this area's work.
}
