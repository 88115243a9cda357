import { repositories } from '@citymaturity/db';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { notFound } from '../http/http-error.js';
import { modelOf } from './model-of.js';
import { presentInvitation } from './stakeholder-support.js';

/** The invitations of an assessment with their status and progress (never their links). */
export async function listInvitations(
  ctx: AppContext,
  access: OrganisationAccess,
  assessmentId: string,
) {
  const db = ctx.database.db;
  const assessment = await repositories.getAssessment(db, access.scope, assessmentId);
  if (!assessment) throw notFound();
  const total = modelOf(ctx, assessment.modelId).characteristics.length;
  const now = new Date();
  const records = await repositories.listInvitations(db, access.scope, assessmentId);
  return records.map((r) => presentInvitation(r, total, now));
}
