import { riskBandFloors, summariseRisks } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { presentRisk } from './risks-support.js';

/**
 * The organisation's risk register: every risk with its score and band, and the overview (counts
 * by status and band, the 5 × 5 heat grid of active risks, per key success factor its active
 * risks and highest band, the active risks linked to no factor).
 */
export async function listRisks(ctx: AppContext, caller: ScopedCaller) {
  const rows = await repositories.listRisks(ctx.database.db, caller.scope);
  return {
    risks: rows.map(presentRisk),
    summary: summariseRisks(ctx.operatingModel, rows),
    bandFloors: riskBandFloors,
  };
}
