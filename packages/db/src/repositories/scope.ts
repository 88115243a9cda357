import type { Db } from '../open-database.js';

/**
 * The organisation every query of a tenant's data is limited to. Repositories never read or write
 * a row of another organisation: each query filters on this id. The server creates a scope only
 * after checking the caller's membership.
 */
export interface OrganisationScope {
  readonly organisationId: string;
}

/** A database or a transaction on it: repository functions work on either. */
export type Executor = Db | Parameters<Parameters<Db['transaction']>[0]>[0];
