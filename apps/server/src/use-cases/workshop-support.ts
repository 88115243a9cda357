import { consensusRefusal, usesConsensus } from '@citymaturity/core';
import { repositories, type Executor, type OrganisationScope } from '@citymaturity/db';
import { HttpError, notFound } from '../http/http-error.js';

// What the workshop use cases share: the assessment they run on, the refusals, the item's shape.

const refusalErrors = {
  'not-facilitated': [409, 'workshop-not-facilitated'],
  'not-draft': [409, 'assessment-not-draft'],
  'not-revealed': [409, 'workshop-not-revealed'],
} as const;

/**
 * Locks an assessment of the scope's organisation for a change to its workshop (inside a
 * transaction: the focus and the consensus of one assessment change one after the other) and
 * applies the core's consensus rule: a facilitated workshop, revealed, still a draft.
 */
export async function lockRunningWorkshop(
  tx: Executor,
  scope: OrganisationScope,
  assessmentId: string,
): Promise<repositories.AssessmentRow> {
  const assessment = await repositories.lockAssessment(tx, scope, assessmentId);
  if (!assessment) throw notFound();
  const refusal = consensusRefusal(assessment);
  if (refusal) {
    const [status, code] = refusalErrors[refusal];
    throw new HttpError(status, code);
  }
  return assessment;
}

/** An assessment of the scope's organisation that has a workshop (404 when absent, 409 when not facilitated). */
export async function workshopAssessment(
  db: Executor,
  scope: OrganisationScope,
  assessmentId: string,
): Promise<repositories.AssessmentRow> {
  const assessment = await repositories.getAssessment(db, scope, assessmentId);
  if (!assessment) throw notFound();
  if (!usesConsensus(assessment.method)) throw new HttpError(409, 'workshop-not-facilitated');
  return assessment;
}

/** A consensus item as the API shows it. */
export function presentConsensusItem(item: repositories.ConsensusItemRecord) {
  return {
    characteristicId: item.characteristicId,
    agreed: item.current !== null && item.target !== null,
    current: item.current,
    target: item.target,
    rationale: item.rationale,
    dissent: item.dissent,
    version: item.version,
    updatedAt: item.updatedAt.toISOString(),
    updatedBy:
      item.updatedBy === null
        ? null
        : { id: item.updatedBy, displayName: item.updatedByName ?? '' },
  };
}

export type ConsensusItemView = ReturnType<typeof presentConsensusItem>;

/** The strong ETag of a row's version (consensus items, the programme workspace's rows). */
export const versionTag = (version: number) => `"${String(version)}"`;

/** The version an `If-Match` header names (validated at the boundary as `"<digits>"`, weak or not). */
export function versionOfTag(tag: string): number {
  return Number(tag.replace(/^W\//, '').replaceAll('"', ''));
}

/** The refusal of an edit made from a version that is no longer the stored one: 412, with the stored item. */
export function consensusConflict(stored: repositories.ConsensusItemRecord | undefined): HttpError {
  return new HttpError(412, 'consensus-conflict', {
    current: stored ? presentConsensusItem(stored) : null,
  });
}
