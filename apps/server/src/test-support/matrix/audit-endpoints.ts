import type { Endpoint } from './endpoint.js';

/** External audit, snapshots and verification (organisation side). */
export const auditEndpoints: Endpoint[] = [];
