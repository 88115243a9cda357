import { componentGaps, componentTracker, gapsToComponents } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { ModelIndex } from '@citymaturity/model';
import type { ScopedCaller } from '../../auth/authorize.js';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/http-error.js';
import { scoreCycles } from '../cycles-support.js';
import { utcToday } from './components-support.js';
import { presentRecommendationProgress } from './recommendations-support.js';

/** How the assessment whose gaps are shown was chosen. */
type Selection = 'requested' | 'latest-submitted' | 'latest-draft';

/**
 * The assessment whose gaps the tracker shows: the one requested (404 when the organisation has
 * no such assessment), else the latest submitted one, else the latest draft (by date, then
 * creation), among those whose model is installed; none when there is none.
 */
async function chooseAssessment(
  ctx: AppContext,
  caller: ScopedCaller,
  assessmentId: string | undefined,
): Promise<{ record: repositories.CycleAssessmentRecord; selection: Selection } | null> {
  const records = await repositories.listCycleAssessments(ctx.database.db, caller.scope, {
    includeDrafts: true,
  });
  if (assessmentId !== undefined) {
    const record = records.find((r) => r.id === assessmentId);
    if (!record) throw notFound();
    return { record, selection: 'requested' };
  }
  const installed = records.filter((r) => ctx.models.has(r.modelId));
  const submitted = installed.filter((r) => r.status === 'submitted').at(-1);
  if (submitted) return { record: submitted, selection: 'latest-submitted' };
  const draft = installed.at(-1);
  return draft ? { record: draft, selection: 'latest-draft' } : null;
}

/** The maturity model whose guidance pack is the operating model (the links without an assessment). */
function guidedModel(ctx: AppContext): ModelIndex {
  const models = [...ctx.models.values()];
  const model =
    models.find((m) => m.pack.meta.guidance_pack === ctx.operatingModel.meta.id) ?? models[0];
  if (!model) throw new Error('no maturity model is installed');
  return model;
}

/**
 * The component tracker: every component of the operating model (pack order) with its
 * recommendations as a checklist (status, owner, due date, evidence; never recorded = not
 * started), the counts and overdue items per component and overall, and, from an assessment
 * (scored like its results page: the consensus where a workshop agreed one, the medians
 * elsewhere), the gaps Annex B points at each component, the component's priority and, for every
 * recommendation, the characteristics it lifts (those of its component).
 * @param today `YYYY-MM-DD` against which due dates are overdue (default: today in UTC)
 */
export async function getComponentTracker(
  ctx: AppContext,
  caller: ScopedCaller,
  options: { assessmentId?: string | undefined; today?: string | undefined },
) {
  const today = options.today ?? utcToday();
  const pack = ctx.operatingModel;
  const [chosen, progressRows] = await Promise.all([
    chooseAssessment(ctx, caller, options.assessmentId),
    repositories.listRecommendationProgress(ctx.database.db, caller.scope),
  ]);
  const scored = chosen ? (await scoreCycles(ctx, caller, [chosen.record]))[0] : undefined;
  const model = scored?.model ?? guidedModel(ctx);
  const gaps = componentGaps(model, pack, scored?.characteristics);
  const tracker = componentTracker(pack, progressRows, today);
  const rowById = new Map(progressRows.map((r) => [r.recommendationId, r]));
  return {
    today,
    assessment:
      chosen === null
        ? null
        : {
            id: chosen.record.id,
            title: chosen.record.title,
            date: chosen.record.assessedOn,
            status: chosen.record.status,
            modelId: chosen.record.modelId,
            selection: chosen.selection,
          },
    model: { id: model.pack.meta.id, version: model.pack.meta.version },
    components: pack.components.map((component, i) => {
      const linked = gaps[i]?.characteristics ?? [];
      const lifts = linked.map((c) => c.characteristicId);
      const progress = tracker.components[i];
      if (!progress) throw new Error(`no progress for ${component.code}`);
      return {
        code: component.code,
        part: component.part,
        area: component.area ?? null,
        characteristics: linked,
        priority: gaps[i]?.priority ?? null,
        progress: {
          total: progress.total,
          counts: progress.counts,
          applicable: progress.applicable,
          doneShare: progress.doneShare,
          overdue: progress.overdue,
        },
        recommendations: component.recommendations.map((r) => ({
          ...presentRecommendationProgress(r.id, component.code, rowById.get(r.id), today),
          lifts,
        })),
      };
    }),
    overall: tracker.overall,
    gaps: scored ? gapsToComponents(model, pack, scored.characteristics) : [],
  };
}
