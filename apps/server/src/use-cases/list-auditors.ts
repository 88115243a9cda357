import { assessmentGrantActions } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import { isAccountSetupPending } from '../auth/account-setup-tokens.js';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { notFound } from '../http/http-error.js';

/** A grantee as the API shows them (never their password hash). */
export function presentAuditor(
  grant: Awaited<ReturnType<typeof repositories.listAssessmentGrants>>[number],
  audit: repositories.ExternalAuditRow | undefined,
  findings: number,
) {
  const theirs = audit?.auditorUserId === grant.userId ? audit : undefined;
  return {
    userId: grant.userId,
    email: grant.email,
    displayName: grant.displayName,
    role: grant.role,
    invitedAt: grant.createdAt.toISOString(),
    accountReady: !isAccountSetupPending(grant.passwordHash),
    audit: theirs
      ? { status: theirs.status, organisation: theirs.auditorOrganisation, findings }
      : null,
  };
}

/** The external auditors invited to an assessment, with their audit's status. */
export async function listAuditors(
  ctx: AppContext,
  access: OrganisationAccess,
  assessmentId: string,
) {
  const db = ctx.database.db;
  const assessment = await repositories.getAssessment(db, access.scope, assessmentId);
  if (!assessment) throw notFound();
  const [grants, audit, findings] = await Promise.all([
    repositories.listAssessmentGrants(db, access.scope, assessmentId),
    repositories.getAudit(db, access.scope, assessmentId),
    repositories.listAuditFindings(db, access.scope, assessmentId),
  ]);
  return grants.map((g) => presentAuditor(g, audit, findings.length));
}

/** A grant as the holder's session shows it: where it leads, and what it allows there. */
export function presentGrant(
  grant: Awaited<ReturnType<typeof repositories.listGrantsOfUser>>[number],
) {
  return {
    organisation: { id: grant.organisationId, nameZh: grant.nameZh, nameEn: grant.nameEn },
    assessment: { id: grant.assessmentId, title: grant.title, status: grant.status },
    role: grant.role,
    actions: [...assessmentGrantActions],
  };
}
