import {
  canEditResponse,
  consensusEvidenceRefusal,
  invitedEvidenceRefusal,
  ratingEvidenceRefusal,
  roleAllows,
  type EvidenceChangeRefusal,
  type OrganisationRole,
} from '@citymaturity/core';
import type { repositories } from '@citymaturity/db';
import { HttpError } from '../http/http-error.js';
import type { EvidenceItem } from '../http/evidence-schemas.js';

/**
 * Who changes evidence: a signed-in member (with their role in the organisation), or an invited
 * stakeholder through their personal link (no account: the invitation they hold).
 */
export type EvidenceActor = { userId: string; role: OrganisationRole } | { invitationId: string };

/** What evidence is attached to: a respondent's rating, or (respondent null) the consensus item. */
export interface EvidenceAttachment {
  assessmentId: string;
  /** The respondent whose rating it supports; null for the consensus item of the characteristic. */
  respondentId: string | null;
}

/**
 * Why the actor may not change evidence of this rating (or consensus item) now, or null: the
 * rules of core applied to the locked assessment, the respondent (with the account it belongs
 * to) and the actor. `isOwner` (removal) lets whoever added an item remove it.
 */
export function evidenceRefusal(
  target: repositories.EvidenceTarget,
  respondent: { id: string; userId: string | null } | null,
  actor: EvidenceActor,
  options: { isOwner?: boolean; now?: Date } = {},
): EvidenceChangeRefusal | null {
  if ('invitationId' in actor) {
    if (!target.invitation) return 'not-allowed';
    return invitedEvidenceRefusal(
      target,
      target.invitation,
      respondent?.id ?? null,
      options.now ?? new Date(),
    );
  }
  const isOwner = options.isOwner ?? false;
  if (respondent === null) {
    return consensusEvidenceRefusal(target, {
      mayFacilitate: roleAllows(actor.role, 'workshop.facilitate'),
      isOwner,
    });
  }
  const mayEditResponse = canEditResponse({
    mayAnswerForTeam: roleAllows(actor.role, 'responses.answer-team'),
    method: target.method,
    respondentUserId: respondent.userId,
    userId: actor.userId,
  });
  return ratingEvidenceRefusal(target, { mayEditResponse, isOwner });
}

/** The HTTP error of a refusal. */
export function evidenceRefusalError(
  refusal: EvidenceChangeRefusal,
  attachment: EvidenceAttachment,
): HttpError {
  switch (refusal) {
    case 'not-allowed':
      return attachment.respondentId === null
        ? new HttpError(403, 'forbidden')
        : new HttpError(403, 'not-respondent');
    case 'not-draft':
      return new HttpError(409, 'assessment-not-draft');
    case 'revealed':
      return new HttpError(409, 'evidence-revealed');
    case 'not-facilitated':
      return new HttpError(409, 'evidence-not-facilitated');
    case 'revoked':
    case 'expired':
      return new HttpError(403, 'evidence-link-closed');
  }
}

/** An evidence item as the API shows it: what it is, who added it, what it supports. */
export function presentEvidence(record: repositories.EvidenceItemRecord): EvidenceItem {
  let owner: EvidenceItem['owner'] = { kind: 'unknown' };
  if (record.createdBy)
    owner = {
      kind: 'user',
      userId: record.createdBy.id,
      displayName: record.createdBy.displayName,
    };
  else if (record.respondent?.invited)
    owner = {
      kind: 'invited-stakeholder',
      respondentId: record.respondent.id,
      name: record.respondent.name,
    };
  return {
    id: record.id,
    characteristicId: record.characteristicId,
    kind: record.kind,
    body: record.body,
    file: record.kind === 'file' && record.file ? { name: record.body, ...record.file } : null,
    createdAt: record.createdAt.toISOString(),
    owner,
    attachedTo: record.respondent
      ? {
          kind: 'respondent',
          respondentId: record.respondent.id,
          name: record.respondent.name,
          stakeholderGroup: record.respondent.stakeholderGroup,
        }
      : { kind: 'consensus' },
  };
}

/** What the hash chain records of an evidence item (files by their description, never their content). */
export function evidenceEventDetails(
  record: repositories.EvidenceItemRecord,
  actor: EvidenceActor,
): Record<string, unknown> {
  return {
    evidenceId: record.id,
    characteristicId: record.characteristicId,
    kind: record.kind,
    attachedTo: record.respondent ? { respondentId: record.respondent.id } : 'consensus',
    ...(record.kind === 'file' && record.file
      ? {
          name: record.body,
          mediaType: record.file.mediaType,
          size: record.file.size,
          sha256: record.file.sha256,
        }
      : { body: record.body }),
    ...('invitationId' in actor ? { invitationId: actor.invitationId } : {}),
  };
}
