import {
  assessKpi,
  compareRoadmapWithAssessment,
  officialLevels,
  roadmapTimeline,
  roleAllows,
  type AssessmentScore,
} from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { AssessmentCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import type { ProgrammeRoadmapReport } from '../../report/programme-roadmap-section.js';
import { kpiPlan } from './kpi-support.js';

/**
 * What the report's section on the roadmap and benefits shows: the initiatives by phase, the
 * programme's budget per currency, the roadmap against the report's assessment (its official
 * levels and date) and the KPIs' status. Undefined when the caller may not see the programme
 * workspace (an external auditor, a respondent) or the organisation has no initiative and no KPI,
 * so that the report leaves the section out.
 */
export async function programmeRoadmapForReport(
  ctx: AppContext,
  caller: AssessmentCaller,
  assessment: { date: string; score: AssessmentScore },
): Promise<ProgrammeRoadmapReport | undefined> {
  if (!caller.role || !roleAllows(caller.role, 'programme.view')) return undefined;
  const db = ctx.database.db;
  const [initiatives, kpis, actuals] = await Promise.all([
    repositories.listRoadmapInitiatives(db, caller.scope),
    repositories.listKpis(db, caller.scope),
    repositories.listKpiActuals(db, caller.scope),
  ]);
  if (initiatives.length === 0 && kpis.length === 0) return undefined;
  const phases = ctx.operatingModel.roadmap_phases ?? [];
  const timeline = roadmapTimeline(
    phases.map((p) => p.id),
    initiatives,
  );
  const byId = new Map(initiatives.map((i) => [i.id, i]));
  const comparison = compareRoadmapWithAssessment(
    Object.entries(assessment.score.characteristics).map(([characteristicId, result]) => {
      const levels = officialLevels(result);
      return { characteristicId, current: levels.current, target: levels.target };
    }),
    initiatives,
    assessment.date,
  );
  return {
    phases: timeline.phases
      .filter((lane) => lane.rows.length > 0)
      .map((lane) => ({
        id: lane.phaseId,
        name: phases.find((p) => p.id === lane.phaseId)?.name ?? {
          zh: lane.phaseId,
          en: lane.phaseId,
        },
        initiatives: lane.rows.flatMap((row) => {
          const i = byId.get(row.initiativeId);
          return i ? [i] : [];
        }),
      })),
    budgets: timeline.budgets,
    comparison:
      initiatives.length === 0
        ? null
        : {
            horizon: comparison.horizon,
            counts: comparison.counts,
            beyondHorizon: comparison.initiativesBeyondHorizon.length,
          },
    kpis: kpis.map((kpi) => {
      const assessed = assessKpi(
        kpiPlan(kpi),
        actuals
          .filter((a) => a.kpiId === kpi.id)
          .map((a) => ({ on: a.observedOn, value: a.value })),
      );
      return {
        name: kpi.name,
        unit: kpi.unit,
        direction: kpi.direction,
        status: assessed.status,
        latest: assessed.latest,
        expected: assessed.expected,
        target: assessed.target,
      };
    }),
  };
}
