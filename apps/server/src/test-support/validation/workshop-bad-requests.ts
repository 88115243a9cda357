import type { BadRequest } from './bad-request.js';

/** Bad input on the workshop and consensus endpoints. */
export const workshopBadRequests: BadRequest[] = [];
