import type { BadRequest } from './bad-request.js';

/** Bad input on the evidence file endpoints. */
export const evidenceBadRequests: BadRequest[] = [];
