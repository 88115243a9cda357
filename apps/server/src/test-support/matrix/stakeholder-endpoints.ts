import type { Endpoint } from './endpoint.js';

/** Invitations, stakeholder groups, progress and reveal (multi-stakeholder rating). */
export const stakeholderEndpoints: Endpoint[] = [];
