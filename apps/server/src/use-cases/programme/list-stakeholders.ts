import { summariseStakeholders } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { presentStakeholder } from './register-support.js';

/**
 * The organisation's stakeholder register, by name, with its overview: counts per stakeholder
 * type of the pack, the influence × interest grid with each cell's strategy, and the
 * under-engaged stakeholders.
 */
export async function listStakeholders(ctx: AppContext, caller: ScopedCaller) {
  const rows = await repositories.listStakeholders(ctx.database.db, caller.scope);
  return {
    stakeholders: rows.map(presentStakeholder),
    summary: summariseStakeholders(ctx.operatingModel, rows),
  };
}
