import { consensusRefusal, usesConsensus } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { AppContext } from '../context.js';
import { HttpError, notFound } from '../http/http-error.js';
import { loadAssessmentData, type AssessmentReader } from './load-assessment-data.js';
import { scoreLoadedAssessment } from './score-loaded-assessment.js';
import { presentConsensusItem } from './workshop-support.js';

/**
 * Who looks at the workshop, which decides what they see:
 * - everyone following sees the focus, the statistics of every characteristic (groups below the
 *   minimum size left out, as everywhere), divergence, agreement, the consensus items, and the
 *   evidence of the focus characteristic with the stakeholder group it came from;
 * - only the facilitator sees who gave each piece of evidence (the respondent's name, who added
 *   it) and the group of a group too small to be shown (followers see no group there: it could
 *   single someone out);
 * - a file's download path is given only to those allowed to read evidence files.
 */
export interface WorkshopViewer {
  /** Runs the workshop (`workshop.facilitate`). */
  facilitator: boolean;
  /** May download evidence files (`evidence.view`, or the rights of the download route). */
  mayReadEvidenceFiles: boolean;
  /**
   * An invited stakeholder following through their link: the statistics are theirs to see only
   * after the reveal (core stakeholderSeesResults), so before it the workshop is refused.
   */
  stakeholder?: boolean;
}

const evidenceFilePath = (organisationId: string, assessmentId: string, evidenceId: string) =>
  `/api/v1/organisations/${organisationId}/assessments/${assessmentId}/evidence/${evidenceId}/file`;

/**
 * The state of a facilitated workshop, as every participant's screen shows it: the focus, the
 * statistics of the individual ratings of every characteristic (distribution, group medians,
 * divergence, agreement), the consensus items with their versions, the consensus progress, and
 * the evidence of the focus characteristic. `version` is read first, so that a live event with a
 * higher version always means "read again".
 */
export async function getWorkshopState(
  ctx: AppContext,
  reader: AssessmentReader,
  assessmentId: string,
  viewer: WorkshopViewer,
) {
  const version = await repositories.getWorkshopVersion(
    ctx.database.db,
    reader.scope,
    assessmentId,
  );
  if (version === undefined) throw notFound();
  const state = await sharedWorkshopState(ctx, reader, assessmentId, version);
  if (viewer.stakeholder && state.assessment.revealedAt === null)
    throw new HttpError(409, 'workshop-not-revealed');
  const { evidence, ...common } = state;
  return {
    ...common,
    facilitator: viewer.facilitator,
    evidence: evidence.map((e) => presentEvidence(e, reader, assessmentId, state, viewer)),
  };
}

type SharedState = Awaited<ReturnType<typeof readWorkshopState>>;

// When a change is announced, every follower reads the state at once: the requests for the same
// version in this process share one reading (only while it runs: nothing is kept afterwards).
const readings = new WeakMap<AppContext, Map<string, Promise<SharedState>>>();

function sharedWorkshopState(
  ctx: AppContext,
  reader: AssessmentReader,
  assessmentId: string,
  version: number,
): Promise<SharedState> {
  let running = readings.get(ctx);
  if (!running) {
    running = new Map();
    readings.set(ctx, running);
  }
  const key = `${reader.scope.organisationId}/${assessmentId}/${String(version)}`;
  let reading = running.get(key);
  if (!reading) {
    reading = readWorkshopState(ctx, reader, assessmentId, version).finally(() => {
      running.delete(key);
    });
    running.set(key, reading);
  }
  return reading;
}

/** The state every viewer shares (the evidence still unfiltered). */
async function readWorkshopState(
  ctx: AppContext,
  reader: AssessmentReader,
  assessmentId: string,
  version: number,
) {
  const db = ctx.database.db;
  const data = await loadAssessmentData(ctx, reader, assessmentId);
  const { assessment, model } = data;
  if (!usesConsensus(assessment.method)) throw new HttpError(409, 'workshop-not-facilitated');
  const score = scoreLoadedAssessment(ctx, data);
  const focus = assessment.workshopCharacteristicId;
  const evidence = focus
    ? await repositories.listWorkshopEvidence(db, reader.scope, assessmentId, focus)
    : [];
  const suppressedGroups = Object.entries(score.stakeholderGroups)
    .filter(([, g]) => g.suppressed)
    .map(([group]) => group);
  const consensusById = new Map(data.consensus.map((c) => [c.characteristicId, c]));

  const characteristics = Object.fromEntries(
    model.characteristics.map((c) => {
      const result = score.characteristics[c.id];
      if (!result) throw new Error(`no result for ${c.id}`);
      const groups: Record<string, { current: GroupMeasure; target: GroupMeasure }> = {};
      for (const [group, groupResult] of Object.entries(score.stakeholderGroups)) {
        const measures = groupResult.characteristics?.[c.id];
        if (!measures) continue;
        groups[group] = {
          current: groupMeasure(measures.current),
          target: groupMeasure(measures.target),
        };
      }
      const item = consensusById.get(c.id);
      return [
        c.id,
        {
          current: result.current,
          target: result.target,
          groups,
          divergence: score.divergence
            .filter((flag) => flag.characteristic === c.id)
            .map(({ measure, groups, medians, spread, pairs }) => ({
              measure,
              groups,
              medians,
              spread,
              pairs,
            })),
          consensus: item ? presentConsensusItem(item) : null,
        },
      ];
    }),
  );

  return {
    assessment: {
      id: assessment.id,
      title: assessment.title,
      status: assessment.status,
      revealedAt: assessment.revealedAt?.toISOString() ?? null,
      minGroupSize: assessment.minGroupSize,
    },
    version,
    focus,
    progress: score.consensus ?? { agreed: 0, total: model.characteristics.length },
    open: consensusRefusal(assessment) === null,
    respondents: { total: score.respondents.total, byGroup: score.respondents.byGroup },
    suppressedGroups,
    alpha: score.alpha,
    characteristics,
    evidence,
  };
}

/** An evidence item as this viewer may see it (see {@link WorkshopViewer}). */
function presentEvidence(
  e: repositories.WorkshopEvidenceRecord,
  reader: AssessmentReader,
  assessmentId: string,
  state: SharedState,
  viewer: WorkshopViewer,
) {
  const group = e.respondent?.group ?? null;
  return {
    id: e.id,
    kind: e.kind,
    body: e.body,
    createdAt: e.createdAt.toISOString(),
    source: e.respondent ? ('respondent' as const) : ('consensus' as const),
    group:
      group !== null && (viewer.facilitator || !state.suppressedGroups.includes(group))
        ? group
        : null,
    file: e.file
      ? {
          mediaType: e.file.mediaType,
          sizeBytes: e.file.sizeBytes,
          ...(viewer.mayReadEvidenceFiles
            ? { downloadPath: evidenceFilePath(reader.scope.organisationId, assessmentId, e.id) }
            : {}),
        }
      : null,
    ...(viewer.facilitator
      ? {
          respondent: e.respondent ? { id: e.respondent.id, name: e.respondent.name } : null,
          addedBy: e.createdByName,
        }
      : {}),
  };
}

interface GroupMeasure {
  n: number;
  median: number | null;
  agreement: number | null;
}

function groupMeasure(statistics: GroupMeasure): GroupMeasure {
  return { n: statistics.n, median: statistics.median, agreement: statistics.agreement };
}
