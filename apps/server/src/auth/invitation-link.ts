import { invitationRefusal } from '@citymaturity/core';
import { repositories, type OrganisationScope } from '@citymaturity/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { HttpError } from '../http/http-error.js';
import { enforceRateLimit } from './rate-limit.js';
import { tokenHash } from './tokens.js';

/**
 * What an invitation link opens: one respondent of one assessment, and nothing else. The
 * organisation of the invitation is the scope of every query made for the link's holder.
 */
export interface InvitationLinkAccess {
  invitationId: string;
  scope: OrganisationScope;
  assessmentId: string;
  respondentId: string;
  expiresAt: Date;
  revokedAt: Date | null;
}

/** Requests allowed per minute from one address, and through one link (shared by all processes). */
export const invitationLinkLimits = {
  perAddress: { max: 600, windowMs: 60_000 },
  perInvitation: { max: 120, windowMs: 60_000 },
} as const;

/**
 * Opens an invitation link: counts the request against the limits per address and per invitation
 * (429 with Retry-After over them), finds the invitation by the SHA-256 of the token (404 when
 * unknown), refuses a revoked or expired link (410), and records its use.
 */
export async function authorizeInvitationLink(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
): Promise<InvitationLinkAccess> {
  const db = ctx.database.db;
  const { perAddress, perInvitation } = invitationLinkLimits;
  await enforceRateLimit(
    ctx,
    reply,
    `respond:ip:${request.ip}`,
    perAddress.max,
    perAddress.windowMs,
  );
  const found = await repositories.findInvitationByTokenHash(db, tokenHash(token));
  if (!found) throw new HttpError(404, 'invitation-not-found');
  await enforceRateLimit(
    ctx,
    reply,
    `respond:invitation:${found.invitationId}`,
    perInvitation.max,
    perInvitation.windowMs,
  );
  const refusal = invitationRefusal(found, new Date());
  if (refusal === 'revoked') throw new HttpError(410, 'invitation-revoked');
  if (refusal === 'expired') throw new HttpError(410, 'invitation-expired');
  const scope = { organisationId: found.organisationId };
  await repositories.markInvitationUsed(db, scope, found.invitationId);
  return { ...found, scope };
}
