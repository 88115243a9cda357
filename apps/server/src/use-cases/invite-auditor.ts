import { repositories, type Executor, type OrganisationScope } from '@citymaturity/db';
import {
  isAccountSetupPending,
  issueAccountSetupToken,
  pendingPasswordHash,
} from '../auth/account-setup-tokens.js';
import type { OrganisationAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { HttpError, notFound } from '../http/http-error.js';
import { takeSnapshot } from './assessment-snapshot.js';
import { presentAuditor } from './list-auditors.js';

/** An external auditor to invite: who they are and the organisation they sign for. */
export interface AuditorInput {
  email: string;
  displayName: string;
  organisation: string;
}

/**
 * The snapshot the audit is against: the one taken at submission, or (for an assessment submitted
 * before snapshots existed) one taken now, its digest recorded in the chain.
 */
async function snapshotDigestOf(
  tx: Executor,
  scope: OrganisationScope,
  assessmentId: string,
  actorUserId: string,
  ip: string,
): Promise<string> {
  const head = await repositories.getSnapshotHead(tx, scope, assessmentId);
  if (head) return head.digest;
  const taken = await takeSnapshot(tx, scope, assessmentId, actorUserId);
  await repositories.appendAssessmentEvent(tx, scope, assessmentId, {
    actorUserId,
    action: 'assessment.snapshot',
    ip,
    details: { digest: taken.digest },
  });
  return taken.digest;
}

/**
 * Invites an external auditor to one submitted assessment (organisation administrators): their
 * account (an existing one by email, or a new one whose owner sets the password through a one-time
 * link, returned only now), a grant on this assessment only, and the audit against the snapshot.
 * One auditor per assessment; a member of the organisation cannot be its external auditor.
 */
export async function inviteAuditor(
  ctx: AppContext,
  access: OrganisationAccess,
  assessmentId: string,
  input: AuditorInput,
  ip: string,
) {
  return ctx.database.db.transaction(async (tx) => {
    const assessment = await repositories.lockAssessment(tx, access.scope, assessmentId);
    if (!assessment) throw notFound();
    if (assessment.status !== 'submitted') throw new HttpError(409, 'assessment-not-submitted');
    let audit = await repositories.getAudit(tx, access.scope, assessmentId);
    if (audit?.status === 'issued') throw new HttpError(409, 'audit-issued');
    if (audit?.auditorUserId === null) {
      // The auditor's account is gone (and their grant with it): their unfinished audit goes too.
      await repositories.deleteAudit(tx, access.scope, assessmentId);
      audit = undefined;
    }
    if (audit || (await repositories.listAssessmentGrants(tx, access.scope, assessmentId)).length)
      throw new HttpError(409, 'audit-in-progress');
    const existing = await repositories.findUserByEmail(tx, input.email);
    if (
      existing &&
      (await repositories.getMembershipRole(tx, existing.id, access.scope.organisationId))
    )
      throw new HttpError(409, 'auditor-is-member');
    const user =
      existing ??
      (await repositories.createUser(tx, {
        email: input.email,
        displayName: input.displayName,
        passwordHash: pendingPasswordHash,
      }));
    const setup =
      !existing || isAccountSetupPending(existing.passwordHash)
        ? await issueAccountSetupToken(tx, user.id)
        : null;
    const snapshotDigest = await snapshotDigestOf(
      tx,
      access.scope,
      assessmentId,
      access.auth.user.id,
      ip,
    );
    await repositories.createAssessmentGrant(tx, access.scope, {
      assessmentId,
      userId: user.id,
      role: 'auditor',
      createdBy: access.auth.user.id,
    });
    await repositories.createAudit(tx, access.scope, {
      assessmentId,
      auditorUserId: user.id,
      auditorName: input.displayName,
      auditorOrganisation: input.organisation,
      snapshotDigest,
    });
    await repositories.appendAssessmentEvent(tx, access.scope, assessmentId, {
      actorUserId: access.auth.user.id,
      action: 'audit.invite',
      targetType: 'user',
      targetId: user.id,
      ip,
      details: {
        email: user.email,
        name: input.displayName,
        organisation: input.organisation,
        snapshotDigest,
        newAccount: !existing,
      },
    });
    const [grant] = (
      await repositories.listAssessmentGrants(tx, access.scope, assessmentId)
    ).filter((g) => g.userId === user.id);
    if (!grant) throw new Error('grant vanished');
    const created = await repositories.getAudit(tx, access.scope, assessmentId);
    return {
      auditor: presentAuditor(grant, created, 0),
      setupLink: setup ? { link: setup.link, expiresAt: setup.expiresAt.toISOString() } : null,
    };
  });
}
