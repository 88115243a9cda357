import { grantAllows, roleAllows } from '@citymaturity/core';
import { z } from 'zod';
import { authorizeAssessment, authorizeOrganisation } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { sendEvidenceFile } from '../http/evidence-download.js';
import {
  consensusEvidenceBodySchema,
  consensusEvidenceParams,
  consensusUploadFieldsSchema,
  evidenceItemSchema,
  evidenceListQuery,
  evidenceParams,
  ratingEvidenceBodySchema,
  ratingEvidenceParams,
  ratingUploadFieldsSchema,
} from '../http/evidence-schemas.js';
import { readEvidenceRequest } from '../http/evidence-upload.js';
import { commonErrors, errorSchema } from '../http/schemas.js';
import { addEvidence, assertMayAddEvidence } from '../use-cases/add-evidence.js';
import { getEvidenceFile } from '../use-cases/get-evidence-file.js';
import { listEvidence } from '../use-cases/list-evidence.js';
import { removeEvidence } from '../use-cases/remove-evidence.js';
import type { ZodApp } from './types.js';

const assessmentPath = '/api/v1/organisations/:organisationId/assessments/:assessmentId';
// The body documented is the JSON one; its description tells how a file is sent (multipart).
const uploadErrors = { 409: errorSchema, 413: errorSchema, 415: errorSchema, ...commonErrors };

/** Evidence items: notes, links and files (type checked by content) — add, remove, list, download. */
export function registerEvidenceRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    `${assessmentPath}/respondents/:respondentId/evidence`,
    {
      schema: {
        tags: ['evidence'],
        summary: "Add a note, link or file to a respondent's rating of a characteristic",
        params: ratingEvidenceParams,
        body: ratingEvidenceBodySchema,
        response: { 201: evidenceItemSchema, ...uploadErrors },
      },
    },
    async (request, reply) => {
      const { organisationId, assessmentId, respondentId } = request.params;
      const access = await authorizeOrganisation(ctx, request, organisationId, 'assessments.list');
      const actor = { userId: access.auth.user.id, role: access.role };
      const target = { assessmentId, respondentId };
      await assertMayAddEvidence(ctx, access.scope, target, actor);
      const { fields, upload } = await readEvidenceRequest(
        request,
        ctx.config,
        ratingUploadFieldsSchema,
        request.body,
      );
      const item = await addEvidence(
        ctx,
        access.scope,
        { ...target, characteristicId: fields.characteristicId },
        upload,
        actor,
        request.ip,
      );
      return reply.status(201).send(item);
    },
  );

  app.post(
    `${assessmentPath}/consensus/:characteristicId/evidence`,
    {
      schema: {
        tags: ['evidence'],
        summary: 'Add a note, link or file to the consensus item of a characteristic (workshop)',
        params: consensusEvidenceParams,
        body: consensusEvidenceBodySchema,
        response: { 201: evidenceItemSchema, ...uploadErrors },
      },
    },
    async (request, reply) => {
      const { organisationId, assessmentId, characteristicId } = request.params;
      const access = await authorizeOrganisation(
        ctx,
        request,
        organisationId,
        'workshop.facilitate',
      );
      const actor = { userId: access.auth.user.id, role: access.role };
      const target = { assessmentId, respondentId: null };
      await assertMayAddEvidence(ctx, access.scope, target, actor);
      const { upload } = await readEvidenceRequest<object>(
        request,
        ctx.config,
        consensusUploadFieldsSchema,
        request.body,
      );
      const item = await addEvidence(
        ctx,
        access.scope,
        { ...target, characteristicId },
        upload,
        actor,
        request.ip,
      );
      return reply.status(201).send(item);
    },
  );

  app.delete(
    `${assessmentPath}/evidence/:evidenceId`,
    {
      schema: {
        tags: ['evidence'],
        summary: 'Remove an evidence item (whoever added it, or whoever may add evidence there)',
        params: evidenceParams,
        response: { 204: z.null(), 409: errorSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      const { organisationId, assessmentId, evidenceId } = request.params;
      const access = await authorizeOrganisation(ctx, request, organisationId, 'assessments.list');
      await removeEvidence(
        ctx,
        access.scope,
        assessmentId,
        evidenceId,
        { userId: access.auth.user.id, role: access.role },
        request.ip,
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    `${assessmentPath}/evidence`,
    {
      schema: {
        tags: ['evidence'],
        summary:
          "The assessment's evidence (ratings and consensus items), optionally of one characteristic or respondent",
        params: evidenceParams.omit({ evidenceId: true }),
        querystring: evidenceListQuery,
        response: { 200: z.array(evidenceItemSchema), ...commonErrors },
      },
    },
    async (request) => {
      const { organisationId, assessmentId } = request.params;
      const access = await authorizeAssessment(
        ctx,
        request,
        organisationId,
        assessmentId,
        'evidence.view',
      );
      return listEvidence(ctx, access.scope, assessmentId, {
        characteristicId: request.query.characteristicId,
        respondentId: request.query.respondentId,
      });
    },
  );

  app.get(
    `${assessmentPath}/evidence/:evidenceId/file`,
    {
      schema: {
        tags: ['evidence'],
        summary:
          'Download an evidence file (as an attachment, with the media type found in its content)',
        params: evidenceParams,
        response: commonErrors,
      },
    },
    async (request, reply) => {
      const { organisationId, assessmentId, evidenceId } = request.params;
      const access = await authorizeAssessment(
        ctx,
        request,
        organisationId,
        assessmentId,
        'assessment.view',
      );
      // Whoever may view evidence gets any file; other members only the files of their own responses.
      const viewsAll = access.role
        ? roleAllows(access.role, 'evidence.view')
        : access.grant !== null && grantAllows(access.grant, 'evidence.view');
      const file = await getEvidenceFile(
        ctx,
        access.scope,
        assessmentId,
        evidenceId,
        { kind: viewsAll ? 'all' : 'own', userId: access.auth.user.id },
        request.ip,
      );
      return sendEvidenceFile(reply, file);
    },
  );
}
