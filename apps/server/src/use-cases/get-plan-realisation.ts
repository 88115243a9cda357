import { planComparisonRefusal, planRealisation, previousCycleOf } from '@citymaturity/core';
import type { EvidenceMethodId } from '@citymaturity/model';
import type { AppContext } from '../context.js';
import { HttpError, notFound } from '../http/http-error.js';
import { cycleCandidates, scoreCycles, type CycleCandidate } from './cycles-support.js';
import type { AssessmentReader } from './load-assessment-data.js';

/** Which assessment the plan is compared with. */
export interface PreviousChoice {
  /** An assessment of the organisation named by the caller; default: the cycle just before. */
  previous?: string | undefined;
  /** When choosing by default: count drafts as cycles too. */
  includeDrafts: boolean;
}

const refusalCodes = {
  'same-assessment': 'cycle-previous-not-earlier',
  'previous-not-earlier': 'cycle-previous-not-earlier',
} as const;

/**
 * The previous cycle of an assessment: the one named (404 when the organisation has no such
 * assessment, 409 when it is the same one or a later one), or the cycle just before it by date
 * (409 `cycle-no-previous` for the first cycle).
 */
export function choosePreviousCycle(
  candidates: readonly CycleCandidate[],
  current: CycleCandidate,
  choice: PreviousChoice,
): CycleCandidate {
  if (choice.previous !== undefined) {
    const named = candidates.find((c) => c.assessmentId === choice.previous);
    if (!named) throw notFound();
    const refusal = planComparisonRefusal(named, current);
    if (refusal) throw new HttpError(409, refusalCodes[refusal]);
    return named;
  }
  const previous = previousCycleOf(candidates, current.assessmentId, {
    includeDrafts: choice.includeDrafts,
  });
  if (!previous) throw new HttpError(409, 'cycle-no-previous');
  return previous;
}

/**
 * The realisation of the plan made at the previous cycle by this assessment (core
 * `planRealisation`): per characteristic reached, partly, not reached, fell back, no plan or
 * unknown, counts overall and per dimension, the improvements planned and not reached, and the
 * time between the cycles against the plan's two years. This assessment may be a draft (its
 * levels are then provisional).
 */
export async function getPlanRealisation(
  ctx: AppContext,
  reader: AssessmentReader,
  assessmentId: string,
  choice: PreviousChoice,
) {
  const candidates = await cycleCandidates(ctx, reader);
  const self = candidates.find((c) => c.assessmentId === assessmentId);
  if (!self) throw notFound();
  const before = choosePreviousCycle(candidates, self, choice);
  const [previous, current] = await scoreCycles(ctx, reader, [before.record, self.record]);
  if (!previous || !current) throw notFound();
  const realisation = planRealisation(previous, current);
  const named = (ref: typeof realisation.previous, cycle: typeof previous) => ({
    ...ref,
    title: cycle.record.title,
    method: cycle.record.method as EvidenceMethodId,
  });
  return {
    ...realisation,
    previous: named(realisation.previous, previous),
    current: named(realisation.current, current),
    previousChosen: choice.previous === undefined ? ('default' as const) : ('chosen' as const),
  };
}
