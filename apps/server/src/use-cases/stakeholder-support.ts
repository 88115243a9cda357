import {
  invitationStatus,
  isStandardStakeholderGroup,
  standardStakeholderGroups,
  usesInvitations,
  type StakeholderAnswerRefusal,
} from '@citymaturity/core';
import type { LocalizedText } from '@citymaturity/model';
import { repositories, type Executor, type OrganisationScope } from '@citymaturity/db';
import { newToken, tokenHash } from '../auth/tokens.js';
import { HttpError, notFound } from '../http/http-error.js';

// What the invitation use cases share: the assessment they act on, the groups, the links.

/**
 * Locks an assessment of the scope's organisation for a change to its invitations (inside a
 * transaction) and checks that its method invites stakeholders; `open` also requires that rating is
 * still open (a draft whose results are not revealed), for changes that let someone answer.
 */
export async function lockInvitingAssessment(
  tx: Executor,
  scope: OrganisationScope,
  assessmentId: string,
  options: { open: boolean },
): Promise<repositories.AssessmentRow> {
  const assessment = await repositories.lockAssessment(tx, scope, assessmentId);
  if (!assessment) throw notFound();
  if (!usesInvitations(assessment.method)) throw new HttpError(409, 'invitations-not-used');
  if (options.open) {
    if (assessment.status !== 'draft') throw new HttpError(409, 'assessment-not-draft');
    if (assessment.revealedAt !== null) throw new HttpError(409, 'results-revealed');
  }
  return assessment;
}

/**
 * The stakeholder group with this key: a standard one, or one of the organisation's own. `lock`
 * (inside a transaction, while a respondent joins the group) locks it for sharing, so that it
 * cannot be deleted meanwhile.
 */
export async function findStakeholderGroup(
  db: Executor,
  scope: OrganisationScope,
  key: string,
  options: { lock: boolean },
): Promise<{ key: string; name: LocalizedText } | undefined> {
  if (isStandardStakeholderGroup(key))
    return { key, name: standardStakeholderGroups[key as keyof typeof standardStakeholderGroups] };
  const own = await repositories.getOwnStakeholderGroup(
    db,
    scope,
    key,
    options.lock ? 'share' : undefined,
  );
  return own ? { key, name: { zh: own.nameZh, en: own.nameEn } } : undefined;
}

/** Every group an organisation's respondents can be in: the standard ones, then its own. */
export async function allStakeholderGroups(
  db: Executor,
  scope: OrganisationScope,
): Promise<{ key: string; name: LocalizedText; standard: boolean }[]> {
  const own = await repositories.listOwnStakeholderGroups(db, scope);
  return [
    ...Object.entries(standardStakeholderGroups).map(([key, name]) => ({
      key,
      name,
      standard: true,
    })),
    ...own.map((g) => ({ key: g.key, name: { zh: g.nameZh, en: g.nameEn }, standard: false })),
  ];
}

/** A new link: its token (shown once, as the path of the link) and the hash that is stored. */
export function newInvitationLink(): { link: string; tokenHash: string } {
  const token = newToken();
  return { link: `/respond/${token}`, tokenHash: tokenHash(token) };
}

/** An invitation as the API shows it (never its token or the token's hash). */
export function presentInvitation(
  record: repositories.InvitationRecord,
  total: number,
  now: Date = new Date(),
) {
  return {
    id: record.id,
    respondentId: record.respondentId,
    name: record.name,
    email: record.email,
    group: record.group,
    status: invitationStatus(
      {
        expiresAt: record.expiresAt,
        revokedAt: record.revokedAt,
        firstUsedAt: record.firstUsedAt,
        completedAt: record.completedAt,
        answered: record.answered,
        total,
      },
      now,
    ),
    progress: { answered: record.answered, total },
    expiresAt: record.expiresAt.toISOString(),
    revokedAt: record.revokedAt?.toISOString() ?? null,
    createdAt: record.createdAt.toISOString(),
    firstUsedAt: record.firstUsedAt?.toISOString() ?? null,
    lastUsedAt: record.lastUsedAt?.toISOString() ?? null,
    completedAt: record.completedAt?.toISOString() ?? null,
  };
}

/** The API error of a refusal to let an invited stakeholder change their answers. */
export function stakeholderAnswerError(refusal: StakeholderAnswerRefusal): HttpError {
  const codes = {
    revoked: 'invitation-revoked',
    expired: 'invitation-expired',
    'not-draft': 'assessment-not-draft',
    revealed: 'results-revealed',
  } as const;
  return new HttpError(409, codes[refusal]);
}
