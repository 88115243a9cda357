// The shape of the authorization matrix's endpoints, and helpers to describe them.
import {
  roleAllows,
  type AssessmentGrantAction,
  type OrganisationAction,
  type OrganisationRole,
} from '@citymaturity/core';
import type { TestServer } from '../test-server.js';

/** One endpoint of the API, how to call it on fresh data of an organisation, and who may. */
export interface Endpoint {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /**
   * Builds the path and body (and any request headers, e.g. If-Match) for a call on the
   * organisation, creating whatever the call acts on.
   */
  prepare: (server: TestServer, organisationId: string) => Promise<PreparedCall> | PreparedCall;
  /** Whether a member with this role may make the call. */
  allows: (role: OrganisationRole) => boolean;
  success: number;
  /**
   * For a call on one assessment that an external auditor holding a grant on that assessment may
   * make: the grant action it needs (the auditor then gets `success`, or 403 when their grant does
   * not allow it). Without it, the call is for members only and the auditor gets 404 like any
   * non-member.
   */
  grantAction?: AssessmentGrantAction;
}

/** A call ready to make. */
export interface PreparedCall {
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
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
