import { gridStrategy, isUnderEngaged } from '@citymaturity/core';
import type { repositories } from '@citymaturity/db';
import { presentUpdatedBy } from './components-support.js';

// The stakeholder register's rows as the API shows them.

/** A registered stakeholder as the API shows it, with its grid cell's strategy. */
export function presentStakeholder(row: repositories.StakeholderRecord) {
  return {
    id: row.id,
    name: row.name,
    typeId: row.typeId,
    affiliation: row.affiliation,
    influence: row.influence,
    interest: row.interest,
    engagementLevel: row.engagementLevel,
    engagementPlan: row.engagementPlan,
    contact: row.contact,
    strategy: gridStrategy(row.influence, row.interest),
    underEngaged: isUnderEngaged(row.influence, row.interest, row.engagementLevel),
    principleAgreements: row.principleAgreements,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: presentUpdatedBy(row),
  };
}

/** A stakeholder as the API shows it. */
export type StakeholderView = ReturnType<typeof presentStakeholder>;
