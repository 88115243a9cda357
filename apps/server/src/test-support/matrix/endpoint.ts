// The shape of the authorization matrix's endpoints, and helpers to describe them.
import { roleAllows, type OrganisationAction, type OrganisationRole } from '@citymaturity/core';
import type { TestServer } from '../test-server.js';

/** One endpoint of the API, how to call it on fresh data of an organisation, and who may. */
export interface Endpoint {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Builds the path and body for a call on the organisation, creating whatever the call acts on. */
  prepare: (
    server: TestServer,
    organisationId: string,
  ) => Promise<{ path: string; body?: unknown }> | { path: string; body?: unknown };
  /** Whether a member with this role may make the call. */
  allows: (role: OrganisationRole) => boolean;
  success: number;
}

export const org = (id: string) => `/api/v1/organisations/${id}`;
export const byAction = (action: OrganisationAction) => (role: OrganisationRole) =>
  roleAllows(role, action);
export const simple = (
  name: string,
  method: Endpoint['method'],
  action: OrganisationAction,
  success: number,
  build: Endpoint['prepare'],
): Endpoint => ({
  name,
  method,
  prepare: build,
  allows: byAction(action),
  success,
});
