import { z } from 'zod';
import { authorizeInvitationLink } from '../auth/invitation-link.js';
import type { AppContext } from '../context.js';
import { sendEvidenceFile } from '../http/evidence-download.js';
import {
  evidenceItemSchema,
  ratingEvidenceBodySchema,
  ratingUploadFieldsSchema,
} from '../http/evidence-schemas.js';
import { readEvidenceRequest } from '../http/evidence-upload.js';
import { errorSchema } from '../http/schemas.js';
import { tokenParams } from '../http/stakeholder-schemas.js';
import { addEvidence, assertMayAddEvidence } from '../use-cases/add-evidence.js';
import { getEvidenceFile } from '../use-cases/get-evidence-file.js';
import { removeEvidence } from '../use-cases/remove-evidence.js';
import { linkErrors, linkRoute, privateLinkHeaders, respondPath } from './respond-common.js';
import type { ZodApp } from './types.js';

const tokenEvidenceParams = tokenParams.extend({ evidenceId: z.uuid() });

/**
 * Evidence through an invitation link: the stakeholder adds notes, links and files to their own
 * ratings, removes them, and downloads their own files. The same use cases as the members'
 * routes, with the link as the actor (its rules are checked again under the assessment's lock).
 */
export function registerRespondEvidenceRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    `${respondPath}/evidence`,
    {
      onRequest: privateLinkHeaders,
      schema: {
        ...linkRoute,
        summary: 'Add a note, link or file to one of the stakeholder’s own ratings',
        params: tokenParams,
        body: ratingEvidenceBodySchema,
        response: {
          201: evidenceItemSchema,
          403: errorSchema,
          413: errorSchema,
          415: errorSchema,
          ...linkErrors,
        },
      },
    },
    async (request, reply) => {
      const link = await authorizeInvitationLink(ctx, request, reply, request.params.token);
      const target = { assessmentId: link.assessmentId, respondentId: link.respondentId };
      const actor = { invitationId: link.invitationId };
      // Refused before the body is read, so that a refused upload is not taken in.
      await assertMayAddEvidence(ctx, link.scope, target, actor);
      const { fields, upload } = await readEvidenceRequest(
        request,
        ctx.config,
        ratingUploadFieldsSchema,
        request.body,
      );
      const item = await addEvidence(
        ctx,
        link.scope,
        { ...target, characteristicId: fields.characteristicId },
        upload,
        actor,
        request.ip,
      );
      return reply.status(201).send(item);
    },
  );

  app.delete(
    `${respondPath}/evidence/:evidenceId`,
    {
      onRequest: privateLinkHeaders,
      schema: {
        ...linkRoute,
        summary: 'Remove one of the stakeholder’s own evidence items',
        params: tokenEvidenceParams,
        response: { 204: z.null(), 403: errorSchema, ...linkErrors },
      },
    },
    async (request, reply) => {
      const link = await authorizeInvitationLink(ctx, request, reply, request.params.token);
      await removeEvidence(
        ctx,
        link.scope,
        link.assessmentId,
        request.params.evidenceId,
        { invitationId: link.invitationId },
        request.ip,
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    `${respondPath}/evidence/:evidenceId/file`,
    {
      onRequest: privateLinkHeaders,
      schema: {
        ...linkRoute,
        summary: 'Download one of the stakeholder’s own evidence files',
        params: tokenEvidenceParams,
        response: linkErrors,
      },
    },
    async (request, reply) => {
      const link = await authorizeInvitationLink(ctx, request, reply, request.params.token);
      const file = await getEvidenceFile(
        ctx,
        link.scope,
        link.assessmentId,
        request.params.evidenceId,
        { kind: 'invited', respondentId: link.respondentId },
        request.ip,
      );
      return sendEvidenceFile(reply, file, 'no-store');
    },
  );
}
