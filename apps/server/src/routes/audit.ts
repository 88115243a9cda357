import { z } from 'zod';
import { authorizeAssessment, authorizeOrganisation } from '../auth/authorize.js';
import { enforceRateLimit } from '../auth/rate-limit.js';
import type { AppContext } from '../context.js';
import {
  accountSetupInputSchema,
  auditorInvitationSchema,
  auditorInviteSchema,
  auditorParams,
  auditorSchema,
  auditSchema,
  findingConflictSchema,
  findingInputSchema,
  findingParams,
  findingSavedSchema,
  publicVerificationParams,
  publicVerificationSchema,
  statementInputSchema,
  verificationSchema,
} from '../http/audit-schemas.js';
import { assessmentParams, commonErrors, errorSchema } from '../http/schemas.js';
import { completeAccountSetup } from '../use-cases/complete-account-setup.js';
import { getAudit } from '../use-cases/get-audit.js';
import { getPublicVerification } from '../use-cases/get-public-verification.js';
import { getVerification } from '../use-cases/get-verification.js';
import { inviteAuditor } from '../use-cases/invite-auditor.js';
import { issueAuditStatement } from '../use-cases/issue-audit-statement.js';
import { listAuditors } from '../use-cases/list-auditors.js';
import { recordAuditFinding } from '../use-cases/record-audit-finding.js';
import { revokeAuditor } from '../use-cases/revoke-auditor.js';
import type { ZodApp } from './types.js';

/** Public verification requests per address per minute (each one checks a whole assessment). */
const publicVerifications = { max: 30, windowMs: 60 * 1000 };

const assessmentPath = '/api/v1/organisations/:organisationId/assessments/:assessmentId';

/** External audit: auditors invited to one assessment, their findings and statement, snapshots, verification of the hash chain and the public verification. */
export function registerAuditRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    `${assessmentPath}/auditors`,
    {
      schema: {
        tags: ['audit'],
        summary:
          'Invite an external auditor to a submitted assessment (a new account gets a one-time link to set its password, returned only now)',
        params: assessmentParams,
        body: auditorInviteSchema,
        response: { 201: auditorInvitationSchema, 409: errorSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'auditors.manage',
      );
      const result = await inviteAuditor(
        ctx,
        access,
        request.params.assessmentId,
        request.body,
        request.ip,
      );
      return reply.status(201).send(result);
    },
  );

  app.get(
    `${assessmentPath}/auditors`,
    {
      schema: {
        tags: ['audit'],
        summary: 'The external auditors invited to an assessment',
        params: assessmentParams,
        response: { 200: z.array(auditorSchema), ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'auditors.manage',
      );
      return listAuditors(ctx, access, request.params.assessmentId);
    },
  );

  app.delete(
    `${assessmentPath}/auditors/:userId`,
    {
      schema: {
        tags: ['audit'],
        summary:
          "End an external auditor's access (an audit not yet issued is discarded; an issued one stays)",
        params: auditorParams,
        response: { 204: z.undefined(), ...commonErrors },
      },
    },
    async (request, reply) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'auditors.manage',
      );
      await revokeAuditor(
        ctx,
        access,
        request.params.assessmentId,
        request.params.userId,
        request.ip,
      );
      return reply.status(204).send();
    },
  );

  app.get(
    `${assessmentPath}/audit`,
    {
      schema: {
        tags: ['audit'],
        summary: 'The external audit: findings per characteristic, summary, progress, statement',
        params: assessmentParams,
        response: { 200: auditSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeAssessment(
        ctx,
        request,
        request.params.organisationId,
        request.params.assessmentId,
        'verification.view',
      );
      return getAudit(ctx, access, request.params.assessmentId);
    },
  );

  app.put(
    `${assessmentPath}/audit/findings/:characteristicId`,
    {
      schema: {
        tags: ['audit'],
        summary:
          "Record the auditor's finding on one characteristic: confirmed, adjusted (levels and why) or insufficient evidence; `version` is the finding's version the edit started from (0 for a new one)",
        params: findingParams,
        body: findingInputSchema,
        response: { 200: findingSavedSchema, 409: findingConflictSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeAssessment(
        ctx,
        request,
        request.params.organisationId,
        request.params.assessmentId,
        'audit.record',
      );
      return recordAuditFinding(
        ctx,
        access,
        request.params.assessmentId,
        request.params.characteristicId,
        request.body,
        request.ip,
      );
    },
  );

  app.post(
    `${assessmentPath}/audit/statement`,
    {
      schema: {
        tags: ['audit'],
        summary:
          'Issue the audit statement (every characteristic has a finding); the audit is final and the evidence method becomes external audit',
        params: assessmentParams,
        body: statementInputSchema,
        response: { 200: auditSchema, 409: errorSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeAssessment(
        ctx,
        request,
        request.params.organisationId,
        request.params.assessmentId,
        'audit.record',
      );
      return issueAuditStatement(
        ctx,
        access,
        request.params.assessmentId,
        request.body.statement,
        request.ip,
      );
    },
  );

  app.get(
    `${assessmentPath}/verification`,
    {
      schema: {
        tags: ['audit'],
        summary:
          'Verify the assessment: its hash chain (first broken link), its snapshot against the stored rows, its answers against the chain, and its audit',
        params: assessmentParams,
        response: { 200: verificationSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeAssessment(
        ctx,
        request,
        request.params.organisationId,
        request.params.assessmentId,
        'verification.view',
      );
      return getVerification(ctx, access, request.params.assessmentId);
    },
  );

  app.get(
    '/api/v1/public/verification/:idOrDigest',
    {
      schema: {
        tags: ['audit'],
        summary:
          'Public, no sign-in: whether a submitted assessment (by id or snapshot digest) is unchanged since submission, and whether and by whom it was audited',
        description:
          'Anyone may call this (rate-limited per address). It shows only the organisation, title, method and evidence-method badge, submission time, digest, whether the assessment is unchanged (hash chain, snapshot and answers agree) and the audit (status, auditor, date, verdict counts): never ratings or respondents. A draft or an unknown id or digest is 404.',
        security: [],
        params: publicVerificationParams,
        response: {
          200: publicVerificationSchema,
          400: errorSchema,
          404: errorSchema,
          429: errorSchema,
        },
      },
    },
    async (request, reply) => {
      await enforceRateLimit(
        ctx,
        reply,
        `public-verification:address:${request.ip}`,
        publicVerifications.max,
        publicVerifications.windowMs,
      );
      return getPublicVerification(ctx, request.params.idOrDigest);
    },
  );

  app.post(
    '/api/v1/account/setup',
    {
      schema: {
        tags: ['session'],
        summary:
          'Set the password of an account created by an invitation (external auditors), with its one-time link; then sign in',
        security: [],
        body: accountSetupInputSchema,
        response: { 200: z.object({ email: z.string() }), 400: errorSchema, 429: errorSchema },
      },
    },
    async (request, reply) => {
      // Same limit as the first-start setup: guessing a link is hopeless, but not free.
      await enforceRateLimit(ctx, reply, `account-setup:address:${request.ip}`, 10, 15 * 60 * 1000);
      return completeAccountSetup(ctx, request.body, request.ip);
    },
  );
}
