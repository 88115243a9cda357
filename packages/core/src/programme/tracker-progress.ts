import type { OperatingModelPack } from '@citymaturity/model';

// The component tracker: every recommendation of an ISO 37106 component is an item of a checklist
// with a status, an owner and a due date.

/** Where a recommendation stands. */
export const recommendationStatuses = [
  'not-started',
  'in-progress',
  'done',
  'not-applicable',
] as const;
export type RecommendationStatus = (typeof recommendationStatuses)[number];

/** What the tracker needs of a recorded recommendation. */
export interface RecommendationProgressState {
  recommendationId: string;
  status: RecommendationStatus;
  /** `YYYY-MM-DD`, or null when no due date is set. */
  dueOn: string | null;
}

/** The progress of a set of recommendations (a component, or all of them). */
export interface TrackerProgress {
  /** How many recommendations there are. */
  total: number;
  /** Recommendations by status (a recommendation never recorded is not started); they sum to `total`. */
  counts: Record<RecommendationStatus, number>;
  /** The recommendations that apply to the city: all but the not-applicable ones. */
  applicable: number;
  /** done ÷ applicable, 3 decimals; null when none applies. */
  doneShare: number | null;
  /** Recommendations past their due date and not done (not-applicable ones are never overdue), in pack order. */
  overdue: string[];
}

/** A component's recommendations and their progress. */
export interface ComponentProgress extends TrackerProgress {
  code: string;
}

/**
 * True when a recommendation is overdue on `today`: it has a due date before today and is
 * neither done nor not applicable. Dates are `YYYY-MM-DD` (they compare as text).
 */
export function isRecommendationOverdue(
  state: Pick<RecommendationProgressState, 'status' | 'dueOn'>,
  today: string,
): boolean {
  return (
    state.dueOn !== null &&
    state.dueOn < today &&
    state.status !== 'done' &&
    state.status !== 'not-applicable'
  );
}

/**
 * The progress of the given recommendations from the recorded states (rows of recommendations not
 * in the list are ignored; a recommendation without a row is not started).
 * @param today `YYYY-MM-DD`: the date against which due dates are overdue
 */
export function trackerProgress(
  recommendationIds: readonly string[],
  recorded: ReadonlyMap<string, Pick<RecommendationProgressState, 'status' | 'dueOn'>>,
  today: string,
): TrackerProgress {
  const counts: Record<RecommendationStatus, number> = {
    'not-started': 0,
    'in-progress': 0,
    done: 0,
    'not-applicable': 0,
  };
  const overdue: string[] = [];
  for (const id of recommendationIds) {
    const state = recorded.get(id) ?? { status: 'not-started', dueOn: null };
    counts[state.status] += 1;
    if (isRecommendationOverdue(state, today)) overdue.push(id);
  }
  const applicable = recommendationIds.length - counts['not-applicable'];
  return {
    total: recommendationIds.length,
    counts,
    applicable,
    doneShare: applicable === 0 ? null : Math.round((counts.done / applicable) * 1000) / 1000,
    overdue,
  };
}

/**
 * The tracker of every component of the operating model (pack order), and of all of them together.
 * @param recorded the recorded recommendations (the others are not started)
 * @param today `YYYY-MM-DD`
 */
export function componentTracker(
  operatingModel: OperatingModelPack,
  recorded: readonly RecommendationProgressState[],
  today: string,
): { components: ComponentProgress[]; overall: TrackerProgress } {
  const byId = new Map(recorded.map((r) => [r.recommendationId, r]));
  const components = operatingModel.components.map((component) => ({
    code: component.code,
    ...trackerProgress(
      component.recommendations.map((r) => r.id),
      byId,
      today,
    ),
  }));
  const overall = trackerProgress(
    operatingModel.components.flatMap((c) => c.recommendations.map((r) => r.id)),
    byId,
    today,
  );
  return { components, overall };
}

/** The component a recommendation of the pack belongs to, or undefined when the pack has no such recommendation. */
export function componentOfRecommendation(
  operatingModel: OperatingModelPack,
  recommendationId: string,
): string | undefined {
  return operatingModel.components.find((c) =>
    c.recommendations.some((r) => r.id === recommendationId),
  )?.code;
}
