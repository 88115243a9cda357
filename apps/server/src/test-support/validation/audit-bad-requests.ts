import type { BadRequest } from './bad-request.js';

/** Bad input on the audit and verification endpoints. */
export const auditBadRequests: BadRequest[] = [];
