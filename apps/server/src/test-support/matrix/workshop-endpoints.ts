import type { Endpoint } from './endpoint.js';

/** The facilitated workshop and its consensus. */
export const workshopEndpoints: Endpoint[] = [];
