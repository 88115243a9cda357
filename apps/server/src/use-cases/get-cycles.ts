import {
  cycleRef,
  cycleTrend,
  elapsedBetween,
  orderCycles,
  ratedCount,
  type Rollup,
} from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { EvidenceMethodId } from '@citymaturity/model';
import type { AppContext } from '../context.js';
import { scoreCycles } from './cycles-support.js';
import type { AssessmentReader } from './load-assessment-data.js';

const levelsOf = (r: Rollup) => ({
  current: r.current,
  target: r.target,
  gap: r.gap,
  rated: ratedCount(r),
});
const mapValues = <T, U>(record: Record<string, T>, f: (value: T) => U): Record<string, U> =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));

/**
 * The organisation's cycles and the trend of its maturity: its submitted assessments (drafts too
 * when asked for, flagged provisional) oldest first, each with its method, status, roll-ups and the
 * time since the previous one; and per characteristic and roll-up the series of official levels
 * with the change since the previous cycle (core `cycleTrend`); every roll-up says how many
 * characteristics its means are taken over, of how many. Every assessment is scored with
 * the rules of its results page (see `scoreCycles`). Assessments whose model is not installed
 * here are listed apart.
 */
export async function getCycles(
  ctx: AppContext,
  reader: AssessmentReader,
  options: { includeDrafts: boolean },
) {
  const records = await repositories.listCycleAssessments(ctx.database.db, reader.scope, options);
  const scorable = records.filter((r) => ctx.models.has(r.modelId));
  // The records come oldest first, same-day ones in the order they were created: ordering them
  // as cycles keeps that order, the one the trend's series follow.
  const cycles = orderCycles(await scoreCycles(ctx, reader, scorable), options);
  const { characteristics, subdimensions, dimensions, rollupGroups, overall } = cycleTrend(
    cycles,
    options,
  );
  return {
    includeDrafts: options.includeDrafts,
    cycles: cycles.map((cycle, i) => {
      const previous = i > 0 ? cycles[i - 1] : undefined;
      return {
        ...cycleRef(cycle),
        title: cycle.record.title,
        method: cycle.record.method as EvidenceMethodId,
        submittedAt: cycle.record.submittedAt?.toISOString() ?? null,
        audited: cycle.record.audited,
        respondents: cycle.respondents,
        overall: levelsOf(cycle.rollups.overall),
        dimensions: mapValues(cycle.rollups.dimensions, levelsOf),
        rollupGroups: mapValues(cycle.rollups.rollupGroups, levelsOf),
        elapsed: previous ? elapsedBetween(previous.date, cycle.date) : null,
      };
    }),
    trend: { characteristics, subdimensions, dimensions, rollupGroups, overall },
    unscorable: records
      .filter((r) => !ctx.models.has(r.modelId))
      .map((r) => ({ assessmentId: r.id, modelId: r.modelId })),
  };
}
