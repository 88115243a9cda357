import type { BadRequest } from './bad-request.js';

/** Bad input on invitations, stakeholder groups and the invitation-link endpoints. */
export const stakeholderBadRequests: BadRequest[] = [];
