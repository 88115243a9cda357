import { riskBand, riskScore } from '@citymaturity/core';
import type { repositories } from '@citymaturity/db';
import { presentUpdatedBy } from './components-support.js';

// The risk register's rows as the API shows them.

/** A risk as the API shows it, with its score (likelihood × impact) and band. */
export function presentRisk(row: repositories.RiskRecord) {
  const score = riskScore(row.likelihood, row.impact);
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    likelihood: row.likelihood,
    impact: row.impact,
    score,
    band: riskBand(score),
    factorIds: row.factorIds,
    owner: row.owner,
    mitigation: row.mitigation,
    status: row.status,
    reviewOn: row.reviewOn,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: presentUpdatedBy(row),
  };
}

/** A risk as the API shows it. */
export type RiskView = ReturnType<typeof presentRisk>;
