import type {
  ComponentTracker,
  RecommendationInput,
  RecommendationProgress,
  RecommendationStatus,
  TrackedComponent,
  TrackerProgress,
} from '../../../api/programme-components.js';
import { langTag, type Lang } from '../../../components/lang.js';

/** The components that serve a planned improvement, by rank (1 first). */
export function rankedComponents(tracker: ComponentTracker): TrackedComponent[] {
  return tracker.components
    .filter((c) => c.priority?.rank != null)
    .sort((a, b) => (a.priority?.rank ?? 0) - (b.priority?.rank ?? 0));
}

/** The codes of the components without a rank (no characteristic, or none with a gap). */
export function unrankedCodes(tracker: ComponentTracker): string[] {
  return tracker.components.filter((c) => c.priority?.rank == null).map((c) => c.code);
}

/** A level or a gap in the language (up to one decimal: medians can be halves); null → undefined. */
export function formatLevel(value: number | null, lang: Lang): string | undefined {
  if (value === null) return undefined;
  return new Intl.NumberFormat(langTag(lang), { maximumFractionDigits: 1 }).format(value);
}

/** The share done (done ÷ applicable) as a whole percentage in the language; null when none applies. */
export function donePercent(progress: TrackerProgress, lang: Lang): string | null {
  if (progress.doneShare === null) return null;
  return new Intl.NumberFormat(langTag(lang), {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(progress.doneShare);
}

/** The order the statuses are drawn and listed in: done first, not applicable last. */
export const statusOrder: readonly RecommendationStatus[] = [
  'done',
  'in-progress',
  'not-started',
  'not-applicable',
];

/** The parts of a stacked bar of recommendations by status (width in % of all; empty ones left out). */
export function statusSegments(
  progress: TrackerProgress,
): { status: RecommendationStatus; count: number; percent: number }[] {
  if (progress.total === 0) return [];
  return statusOrder
    .map((status) => ({
      status,
      count: progress.counts[status],
      percent: (progress.counts[status] / progress.total) * 100,
    }))
    .filter((s) => s.count > 0);
}

/** The form's values of a recommendation's progress (text fields, empty for none). */
export interface RecommendationValues {
  status: RecommendationStatus;
  owner: string;
  dueOn: string;
  evidence: string;
  evidenceUrl: string;
}

export function recommendationValues(progress: RecommendationProgress): RecommendationValues {
  return {
    status: progress.status,
    owner: progress.owner,
    dueOn: progress.dueOn ?? '',
    evidence: progress.evidence,
    evidenceUrl: progress.evidenceUrl ?? '',
  };
}

/** What the API takes (every field: one left out would be reset): trimmed, empty → null. */
export function recommendationInput(values: RecommendationValues): RecommendationInput {
  const url = values.evidenceUrl.trim();
  return {
    status: values.status,
    owner: values.owner.trim(),
    dueOn: values.dueOn === '' ? null : values.dueOn,
    evidence: values.evidence.trim(),
    evidenceUrl: url === '' ? null : url,
  };
}

/**
 * The tracker with a recommendation's saved progress in place (its `lifts` kept); the figures
 * computed from it (progress, overdue) follow with the refetch.
 */
export function withRecommendation(
  tracker: ComponentTracker,
  saved: RecommendationProgress,
): ComponentTracker {
  return {
    ...tracker,
    components: tracker.components.map((c) =>
      c.code !== saved.componentCode
        ? c
        : {
            ...c,
            recommendations: c.recommendations.map((r) =>
              r.recommendationId === saved.recommendationId ? { ...saved, lifts: r.lifts } : r,
            ),
          },
    ),
  };
}

/** The id of a recommendation's entry in the tracker. */
export function recommendationAnchor(id: string): string {
  return `recommendation-${id}`;
}
