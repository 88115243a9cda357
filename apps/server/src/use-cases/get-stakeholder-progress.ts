import { progressByGroup } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { notFound } from '../http/http-error.js';
import { modelOf } from './model-of.js';
import { allStakeholderGroups, presentInvitation } from './stakeholder-support.js';

/**
 * Who has responded to an assessment's invitations, per stakeholder group and per invitation:
 * statuses and counts of answered characteristics, never the answers themselves.
 */
export async function getStakeholderProgress(
  ctx: AppContext,
  access: OrganisationAccess,
  assessmentId: string,
) {
  const db = ctx.database.db;
  const assessment = await repositories.getAssessment(db, access.scope, assessmentId);
  if (!assessment) throw notFound();
  const total = modelOf(ctx, assessment.modelId).characteristics.length;
  const now = new Date();
  const [records, groups] = await Promise.all([
    repositories.listInvitations(db, access.scope, assessmentId),
    allStakeholderGroups(db, access.scope),
  ]);
  const invitations = records.map((r) => presentInvitation(r, total, now));
  const byGroup = progressByGroup(
    invitations.map((i) => ({
      group: i.group ?? '',
      status: i.status,
      opened: i.firstUsedAt !== null,
    })),
  );
  const nameOf = new Map(groups.map((g) => [g.key, g.name]));
  return {
    revealedAt: assessment.revealedAt?.toISOString() ?? null,
    total,
    groups: Object.entries(byGroup).map(([key, counts]) => ({
      key,
      name: nameOf.get(key) ?? { zh: key, en: key },
      ...counts,
    })),
    invitations: invitations.map((i) => ({
      id: i.id,
      name: i.name,
      group: i.group,
      status: i.status,
      progress: i.progress,
      firstUsedAt: i.firstUsedAt,
      lastUsedAt: i.lastUsedAt,
      completedAt: i.completedAt,
    })),
  };
}
