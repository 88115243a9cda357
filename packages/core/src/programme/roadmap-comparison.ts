import { addYears } from './calendar-days.js';

/**
 * How the roadmap's plan for a characteristic compares with the assessment's two-year target
 * (its official levels: the consensus of a workshop, or the medians):
 * - `matches`: the highest level the roadmap's initiatives aim for equals the target;
 * - `roadmap-below-target`: the roadmap aims lower than the assessment promised;
 * - `roadmap-above-target`: the roadmap aims higher than the assessment's target;
 * - `not-on-roadmap`: the assessment plans a rise (target above current) and no initiative lifts it;
 * - `roadmap-only`: initiatives lift it but the assessment plans no rise (no target, or a target
 *   not above the current level while the roadmap aims above the current level);
 * - `not-planned`: neither the assessment nor the roadmap plans a rise.
 */
export const roadmapComparisonStatuses = [
  'matches',
  'roadmap-below-target',
  'roadmap-above-target',
  'not-on-roadmap',
  'roadmap-only',
  'not-planned',
] as const;
/** See {@link roadmapComparisonStatuses}. */
export type RoadmapComparisonStatus = (typeof roadmapComparisonStatuses)[number];

/** The assessment's horizon: its targets are "the level planned in two years". */
export const roadmapHorizonYears = 2;

/** A roadmap initiative as the comparison reads it. */
export interface ComparedInitiative {
  id: string;
  title: string;
  /** YYYY-MM-DD. */
  endsOn: string;
  lifts: readonly { characteristicId: string; targetLevel: number }[];
}

/** A characteristic's official levels in the assessment (null: no level). */
export interface AssessedLevels {
  characteristicId: string;
  current: number | null;
  target: number | null;
}

/** An initiative that lifts a characteristic, as the comparison lists it. */
export interface LiftingInitiative {
  initiativeId: string;
  title: string;
  targetLevel: number;
  endsOn: string;
  /** It ends after the assessment's two-year horizon. */
  beyondHorizon: boolean;
}

/** The comparison of one characteristic. */
export interface CharacteristicRoadmapComparison {
  characteristicId: string;
  current: number | null;
  target: number | null;
  /** The highest level any initiative aims for; null when none lifts it. */
  roadmapLevel: number | null;
  /** The highest level aimed for by initiatives ending within the horizon (null: none). */
  levelByHorizon: number | null;
  status: RoadmapComparisonStatus;
  /** The roadmap aims for a level the characteristic has already reached (roadmap level ≤ current). */
  alreadyReached: boolean;
  /** Highest target level first, then the earliest end. */
  initiatives: LiftingInitiative[];
}

/** The roadmap against an assessment. */
export interface RoadmapComparison {
  /** The assessment's date + 2 years (null without an assessment date). */
  horizon: string | null;
  /** One per characteristic, in the order given. */
  characteristics: CharacteristicRoadmapComparison[];
  counts: Record<RoadmapComparisonStatus, number>;
  /** Initiatives (lifting anything or not) that end after the horizon, the latest first. */
  initiativesBeyondHorizon: { initiativeId: string; title: string; endsOn: string }[];
  /** Lifts of characteristics the assessment's model does not have (e.g. after a model change). */
  unknownCharacteristics: string[];
}

/**
 * The status of one characteristic (see {@link roadmapComparisonStatuses}) from its current and
 * target levels and the highest level the roadmap aims for. Levels are compared as numbers: a
 * median target of 2.5 is matched by no whole roadmap level (a roadmap level of 3 is above it).
 */
export function roadmapComparisonStatus(
  current: number | null,
  target: number | null,
  roadmapLevel: number | null,
): RoadmapComparisonStatus {
  const assessmentPlansRise = current !== null && target !== null && target > current;
  if (roadmapLevel === null) return assessmentPlansRise ? 'not-on-roadmap' : 'not-planned';
  if (target === null) return 'roadmap-only';
  if (current !== null && !assessmentPlansRise && roadmapLevel > current) return 'roadmap-only';
  if (roadmapLevel === target) return 'matches';
  return roadmapLevel < target ? 'roadmap-below-target' : 'roadmap-above-target';
}

const maxOf = (levels: readonly number[]) => (levels.length === 0 ? null : Math.max(...levels));

/**
 * Compares the roadmap's initiatives with an assessment: per characteristic, the highest target
 * level of the initiatives that lift it against the assessment's current and two-year levels,
 * and the initiatives that end after the assessment's horizon (its date + 2 years). Without an
 * assessment (`assessedOn` null, levels all null) every lifted characteristic is `roadmap-only`.
 */
export function compareRoadmapWithAssessment(
  assessed: readonly AssessedLevels[],
  initiatives: readonly ComparedInitiative[],
  assessedOn: string | null,
): RoadmapComparison {
  const horizon = assessedOn === null ? null : addYears(assessedOn, roadmapHorizonYears);
  const beyond = (endsOn: string) => horizon !== null && endsOn > horizon;
  const lifting = new Map<string, LiftingInitiative[]>();
  for (const initiative of initiatives)
    for (const lift of initiative.lifts) {
      const list = lifting.get(lift.characteristicId) ?? [];
      list.push({
        initiativeId: initiative.id,
        title: initiative.title,
        targetLevel: lift.targetLevel,
        endsOn: initiative.endsOn,
        beyondHorizon: beyond(initiative.endsOn),
      });
      lifting.set(lift.characteristicId, list);
    }
  const counts = Object.fromEntries(roadmapComparisonStatuses.map((s) => [s, 0])) as Record<
    RoadmapComparisonStatus,
    number
  >;
  const characteristics = assessed.map(({ characteristicId, current, target }) => {
    const list = (lifting.get(characteristicId) ?? []).sort(
      (a, b) =>
        b.targetLevel - a.targetLevel ||
        a.endsOn.localeCompare(b.endsOn) ||
        a.initiativeId.localeCompare(b.initiativeId),
    );
    const roadmapLevel = maxOf(list.map((l) => l.targetLevel));
    const status = roadmapComparisonStatus(current, target, roadmapLevel);
    counts[status] += 1;
    return {
      characteristicId,
      current,
      target,
      roadmapLevel,
      levelByHorizon: maxOf(list.filter((l) => !l.beyondHorizon).map((l) => l.targetLevel)),
      status,
      alreadyReached: roadmapLevel !== null && current !== null && roadmapLevel <= current,
      initiatives: list,
    };
  });
  const known = new Set(assessed.map((a) => a.characteristicId));
  return {
    horizon,
    characteristics,
    counts,
    initiativesBeyondHorizon: initiatives
      .filter((i) => beyond(i.endsOn))
      .map((i) => ({ initiativeId: i.id, title: i.title, endsOn: i.endsOn }))
      .sort(
        (a, b) => b.endsOn.localeCompare(a.endsOn) || a.initiativeId.localeCompare(b.initiativeId),
      ),
    unknownCharacteristics: [...lifting.keys()].filter((id) => !known.has(id)).sort(),
  };
}
