import type { Endpoint } from './endpoint.js';

/** Evidence files. */
export const evidenceEndpoints: Endpoint[] = [];
