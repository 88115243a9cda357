import type { ModelIndex } from '@citymaturity/model';

/** A rating value as the scoring rules read it: a level, "unknown", or not answered. */
export type RatingValue = number | 'unknown' | null | undefined;

/** The minimum a respondent must have for scoring: an id, an optional group and ratings by characteristic id. */
export interface ScorableRespondent {
  id: string;
  group?: string | undefined;
  ratings: Readonly<Record<string, { current?: RatingValue; target?: RatingValue } | undefined>>;
}

/** Counts of one measure of one characteristic: per level, plus unknown and missing answers. */
export interface MeasureTally {
  /** `counts[i]` = number of ratings at level i + 1. */
  counts: number[];
  unknown: number;
  missing: number;
}

/** The tallies of the two measures (current, target) of one characteristic. */
export interface CharacteristicTally {
  current: MeasureTally;
  target: MeasureTally;
}

/** Tallies of every characteristic (in model order), for all respondents and per stakeholder group. */
export interface RatingTallies {
  overall: CharacteristicTally[];
  groups: Map<string, { respondents: number; tallies: CharacteristicTally[] }>;
  respondentsWithoutGroup: number;
}

function emptyTallies(model: ModelIndex): CharacteristicTally[] {
  const levels = model.levels.length;
  const measure = (): MeasureTally => ({
    counts: new Array<number>(levels).fill(0),
    unknown: 0,
    missing: 0,
  });
  return model.characteristics.map(() => ({ current: measure(), target: measure() }));
}

function add(tally: MeasureTally, value: RatingValue, levels: number): void {
  if (value === 'unknown') tally.unknown++;
  else if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= levels) {
    tally.counts[value - 1] = (tally.counts[value - 1] ?? 0) + 1;
  } else tally.missing++;
}

/**
 * Counts every respondent's ratings once, for the whole assessment and for each stakeholder group.
 * Every statistic is then computed from these counts, so results do not depend on the order of
 * respondents and the cost is one pass over the ratings. Ratings of characteristics that are not
 * in the model are ignored (validation reports them).
 */
export function tallyRatings(
  respondents: readonly ScorableRespondent[],
  model: ModelIndex,
): RatingTallies {
  const levels = model.levels.length;
  const overall = emptyTallies(model);
  const groups = new Map<string, { respondents: number; tallies: CharacteristicTally[] }>();
  let respondentsWithoutGroup = 0;
  const ids = model.characteristics.map((c) => c.id);
  for (const respondent of respondents) {
    let groupTallies: CharacteristicTally[] | undefined;
    if (respondent.group === undefined) respondentsWithoutGroup++;
    else {
      let group = groups.get(respondent.group);
      if (!group) {
        group = { respondents: 0, tallies: emptyTallies(model) };
        groups.set(respondent.group, group);
      }
      group.respondents++;
      groupTallies = group.tallies;
    }
    for (let i = 0; i < ids.length; i++) {
      const rating = respondent.ratings[ids[i] as string];
      const all = overall[i] as CharacteristicTally;
      add(all.current, rating?.current, levels);
      add(all.target, rating?.target, levels);
      if (groupTallies) {
        const inGroup = groupTallies[i] as CharacteristicTally;
        add(inGroup.current, rating?.current, levels);
        add(inGroup.target, rating?.target, levels);
      }
    }
  }
  return { overall, groups, respondentsWithoutGroup };
}
