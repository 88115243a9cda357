import { z } from 'zod';
import { authorizeOrganisation } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import {
  changeHeaders,
  conflictSchema,
  removeHeaders,
  riskInputSchemas,
  riskParams,
  riskRegisterSchema,
  riskSchema,
} from '../http/programme-reviews-schemas.js';
import { commonErrors, orgParams } from '../http/schemas.js';
import { createRisk } from '../use-cases/programme/create-risk.js';
import { deleteRisk } from '../use-cases/programme/delete-risk.js';
import { listRisks } from '../use-cases/programme/list-risks.js';
import { updateRisk } from '../use-cases/programme/update-risk.js';
import { versionTag } from '../use-cases/workshop-support.js';
import { sendVersionedChange, sendVersionedRemoval } from './programme-route-helpers.js';
import type { ZodApp } from './types.js';

const base = '/api/v1/organisations/:organisationId/programme/risks';
const riskConflict = conflictSchema('programme-risk-conflict', riskSchema);

/** The programme's risk register, linked to the key success factors (ISO 37106 clause 8). */
export function registerProgrammeRiskRoutes(app: ZodApp, ctx: AppContext): void {
  const inputs = riskInputSchemas(ctx.operatingModel);

  app.get(
    base,
    {
      schema: {
        tags: ['programme'],
        summary: 'The risk register with its heat grid and the risks of each key success factor',
        description:
          'Every risk with its score (likelihood × impact) and band (low 1–4, medium 5–9, high 10–19, critical 20–25). The summary counts risks by status; the active ones (open or mitigating) by band and on the 5 × 5 grid (`grid[likelihood - 1][impact - 1]`); per key success factor of the pack its active risks, highest score first, and their highest band; and the active risks linked to no factor.',
        params: orgParams,
        response: { 200: riskRegisterSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'programme.view',
      );
      return listRisks(ctx, access);
    },
  );

  app.post(
    base,
    {
      schema: {
        tags: ['programme'],
        summary: 'Record a risk',
        description:
          'Likelihood 1 rare … 5 almost certain; impact 1 negligible … 5 severe; `factorIds` are key success factors of the pack. 201 with the risk; the ETag is its version.',
        params: orgParams,
        body: inputs.create,
        response: { 201: riskSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'programme.manage',
      );
      const risk = await createRisk(ctx, access, request.body, request.ip);
      return reply.status(201).header('etag', versionTag(risk.version)).send(risk);
    },
  );

  app.patch(
    `${base}/:riskId`,
    {
      schema: {
        tags: ['programme'],
        summary: 'Change a risk',
        description:
          'Only the fields sent change. Send `If-Match: "<version>"`; when the risk changed since, nothing is written and 412 `programme-risk-conflict` returns the stored one in `error.current`. The ETag is the new version.',
        params: riskParams,
        headers: changeHeaders,
        body: inputs.change,
        response: { 200: riskSchema, 412: riskConflict, ...commonErrors },
      },
    },
    (request, reply) =>
      sendVersionedChange(ctx, request, reply, ({ caller, ip }, version) =>
        updateRisk(ctx, caller, request.params.riskId, request.body, version, ip),
      ),
  );

  app.delete(
    `${base}/:riskId`,
    {
      schema: {
        tags: ['programme'],
        summary: 'Delete a risk',
        description:
          'With `If-Match`, only the version seen: 412 `programme-risk-conflict` when it changed since. 204.',
        params: riskParams,
        headers: removeHeaders,
        response: { 204: z.undefined(), 412: riskConflict, ...commonErrors },
      },
    },
    (request, reply) =>
      sendVersionedRemoval(ctx, request, reply, ({ caller, ip }, version) =>
        deleteRisk(ctx, caller, request.params.riskId, version, ip),
      ),
  );
}
