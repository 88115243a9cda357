import type { AppContext } from '../context.js';
import { registerConsortiumMembershipRoutes } from './benchmarking-memberships.js';
import { registerConsortiumRoutes } from './benchmarking-consortia.js';
import type { ZodApp } from './types.js';

/**
 * Benchmarking consortia (ISO/TS 37107 as "the basis of joint assessment of several cities"): the
 * organiser's consortia, and each city's membership, consent, shares and peer comparison.
 */
export function registerBenchmarkingRoutes(app: ZodApp, ctx: AppContext): void {
  registerConsortiumRoutes(app, ctx);
  registerConsortiumMembershipRoutes(app, ctx);
}
