import {
  compareRoadmapWithAssessment,
  officialLevels,
  roadmapTimeline,
  type RoadmapComparison,
} from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { EvidenceMethodId } from '@citymaturity/model';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/http-error.js';
import { scoreCycles } from '../cycles-support.js';
import { presentInitiative } from './roadmap-support.js';

/** The assessment a roadmap is compared with, and how it was chosen. */
export interface ComparedAssessment {
  id: string;
  title: string;
  date: string;
  status: 'draft' | 'submitted';
  method: EvidenceMethodId;
  chosen: 'latest-submitted' | 'requested';
}

/**
 * The assessment to compare the roadmap with: the one requested (any status; 404 when it is not
 * the organisation's), or by default the latest submitted one whose model is installed (by date,
 * then creation); undefined when there is none.
 */
async function assessmentToCompare(ctx: AppContext, caller: ScopedCaller, requested?: string) {
  const records = await repositories.listCycleAssessments(ctx.database.db, caller.scope, {
    includeDrafts: requested !== undefined,
  });
  if (requested !== undefined) {
    const record = records.find((r) => r.id === requested);
    if (!record) throw notFound();
    return { record, chosen: 'requested' as const };
  }
  const record = records.filter((r) => ctx.models.has(r.modelId)).at(-1);
  return record && { record, chosen: 'latest-submitted' as const };
}

/**
 * The roadmap and the assessment's levels per characteristic: the official levels of the
 * assessment (scored like its results page) compared with the roadmap's initiatives.
 */
export async function compareWithAssessment(
  ctx: AppContext,
  caller: ScopedCaller,
  initiatives: readonly repositories.RoadmapInitiativeRecord[],
  requested?: string,
): Promise<{ assessment: ComparedAssessment | null; comparison: RoadmapComparison | null }> {
  const chosen = await assessmentToCompare(ctx, caller, requested);
  if (!chosen) return { assessment: null, comparison: null };
  const [scored] = await scoreCycles(ctx, caller, [chosen.record]);
  if (!scored) return { assessment: null, comparison: null };
  const assessed = scored.model.characteristics.map((c) => {
    const levels = officialLevels(scored.characteristics[c.id]);
    return { characteristicId: c.id, current: levels.current, target: levels.target };
  });
  const { record } = chosen;
  return {
    assessment: {
      id: record.id,
      title: record.title,
      date: record.assessedOn,
      status: record.status,
      method: record.method as EvidenceMethodId,
      chosen: chosen.chosen,
    },
    comparison: compareRoadmapWithAssessment(assessed, initiatives, record.assessedOn),
  };
}

/**
 * The organisation's roadmap: the pack's phases, the initiatives with their lifts, the timeline
 * (lanes by phase, span, budgets per currency) and the comparison with an assessment (the latest
 * submitted by default, or the one requested).
 */
export async function getRoadmap(
  ctx: AppContext,
  caller: ScopedCaller,
  options: { assessmentId?: string | undefined },
) {
  const initiatives = await repositories.listRoadmapInitiatives(ctx.database.db, caller.scope);
  const phases = ctx.operatingModel.roadmap_phases ?? [];
  const { assessment, comparison } = await compareWithAssessment(
    ctx,
    caller,
    initiatives,
    options.assessmentId,
  );
  return {
    phases: phases.map((p) => ({ id: p.id, number: p.number, name: p.name })),
    initiatives: initiatives.map(presentInitiative),
    timeline: roadmapTimeline(
      phases.map((p) => p.id),
      initiatives,
    ),
    assessment,
    comparison,
  };
}
