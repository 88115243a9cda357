import {
  agreedConsensus,
  assessmentFormatTag,
  standardStakeholderGroupIds,
  usesConsensus,
  type AssessmentDocument,
} from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { ScopedCaller } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { loadAssessmentData } from './load-assessment-data.js';

/**
 * The assessment in the open exchange format `citymaturity/assessment@1` (every respondent,
 * rating and evidence item, and a facilitated workshop's agreed consensus), so that nothing a city
 * enters is locked in.
 */
export async function exportAssessment(
  ctx: AppContext,
  access: ScopedCaller,
  assessmentId: string,
  ip: string,
): Promise<AssessmentDocument> {
  const data = await loadAssessmentData(ctx, access, assessmentId);
  // Files are listed by name, type, size and SHA-256, never with their content.
  const files = data.evidence.some((e) => e.kind === 'file')
    ? await repositories.listAssessmentEvidenceFiles(ctx.database.db, access.scope, assessmentId)
    : new Map<string, repositories.EvidenceFileMeta>();
  type ExportedFile = { name: string; media_type: string; size: number; sha256: string };
  const evidenceOf = new Map<string, { text: string[]; links: string[]; files: ExportedFile[] }>();
  for (const e of data.evidence) {
    const key = `${e.respondentId}/${e.characteristicId}`;
    const entry = evidenceOf.get(key) ?? { text: [], links: [], files: [] };
    const file = files.get(e.id);
    if (e.kind === 'text') entry.text.push(e.body);
    else if (e.kind === 'link') entry.links.push(e.body);
    else if (file)
      entry.files.push({
        name: e.body,
        media_type: file.mediaType,
        size: file.size,
        sha256: file.sha256,
      });
    evidenceOf.set(key, entry);
  }
  const standard = new Set<string>(standardStakeholderGroupIds);
  const customGroups = [
    ...new Set(
      data.respondents
        .map((r) => r.stakeholderGroup)
        .filter((g): g is string => g !== null && !standard.has(g)),
    ),
  ];
  const consensus = consensusOf(data);
  const document: AssessmentDocument = {
    format: assessmentFormatTag,
    model: data.assessment.modelId,
    model_version: data.assessment.modelVersion,
    city: {
      name: data.organisation.nameZh,
      name_en: data.organisation.nameEn,
      country: data.organisation.country,
      ...(data.organisation.region ? { region: data.organisation.region } : {}),
    },
    title: data.assessment.title,
    method: data.assessment.method as AssessmentDocument['method'],
    date: data.assessment.assessedOn,
    ...(customGroups.length > 0 ? { groups: customGroups.map((id) => ({ id, name: id })) } : {}),
    respondents: data.respondents.map((r) => {
      const scorable = data.scorable.find((s) => s.id === r.id);
      const ratings: AssessmentDocument['respondents'][number]['ratings'] = {};
      for (const [characteristicId, rating] of Object.entries(scorable?.ratings ?? {})) {
        const ev = evidenceOf.get(`${r.id}/${characteristicId}`);
        ratings[characteristicId] = {
          current:
            typeof rating.current === 'number' || rating.current === 'unknown'
              ? rating.current
              : null,
          target:
            typeof rating.target === 'number' || rating.target === 'unknown' ? rating.target : null,
          ...(ev
            ? {
                evidence: {
                  ...(ev.text.length > 0 ? { text: ev.text.join('\n') } : {}),
                  ...(ev.links.length > 0 ? { links: ev.links } : {}),
                  ...(ev.files.length > 0 ? { files: ev.files } : {}),
                },
              }
            : {}),
        };
      }
      return {
        id: r.id,
        name: r.name,
        ...(r.stakeholderGroup ? { group: r.stakeholderGroup } : {}),
        ratings,
      };
    }),
    ...(consensus ? { consensus } : {}),
  };
  await repositories.appendAudit(ctx.database.db, {
    actorUserId: access.auth.user.id,
    organisationId: access.scope.organisationId,
    action: 'assessment.export',
    targetType: 'assessment',
    targetId: assessmentId,
    outcome: 'success',
    ip,
  });
  return document;
}

/**
 * The agreed consensus items of a facilitated workshop (a reopened item has no levels and is not
 * agreed, so it is left out), rationale and dissent only when written; undefined when none.
 */
function consensusOf(
  data: Awaited<ReturnType<typeof loadAssessmentData>>,
): AssessmentDocument['consensus'] {
  if (!usesConsensus(data.assessment.method)) return undefined;
  const consensus: NonNullable<AssessmentDocument['consensus']> = {};
  for (const item of data.consensus) {
    const agreed = agreedConsensus(item, data.model.levels.length);
    if (!agreed) continue;
    const rationale = agreed.rationale.trim();
    const dissent = agreed.dissent.trim();
    consensus[item.characteristicId] = {
      current: agreed.current,
      target: agreed.target,
      ...(rationale ? { rationale } : {}),
      ...(dissent ? { dissent } : {}),
    };
  }
  return Object.keys(consensus).length > 0 ? consensus : undefined;
}
