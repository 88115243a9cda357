import { z } from 'zod';
import { authorizeOrganisation } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import {
  stakeholderInputSchemas,
  stakeholderParams,
  stakeholderRegisterSchema,
  stakeholderSchema,
} from '../http/programme-register-schemas.js';
import {
  changeHeaders,
  conflictSchema,
  langQuery,
  removeHeaders,
} from '../http/programme-reviews-schemas.js';
import { commonErrors, orgParams } from '../http/schemas.js';
import { createStakeholder } from '../use-cases/programme/create-stakeholder.js';
import { deleteStakeholder } from '../use-cases/programme/delete-stakeholder.js';
import { exportStakeholdersWorkbook } from '../use-cases/programme/export-stakeholders-workbook.js';
import { listStakeholders } from '../use-cases/programme/list-stakeholders.js';
import { updateStakeholder } from '../use-cases/programme/update-stakeholder.js';
import { versionTag } from '../use-cases/workshop-support.js';
import {
  sendProgrammeWorkbook,
  sendVersionedChange,
  sendVersionedRemoval,
} from './programme-route-helpers.js';
import type { ZodApp } from './types.js';

const base = '/api/v1/organisations/:organisationId/programme/stakeholders';
const stakeholderConflict = conflictSchema('programme-stakeholder-conflict', stakeholderSchema);

/** The programme office's stakeholder register (ISO 37106 6.5.2). */
export function registerProgrammeRegisterRoutes(app: ZodApp, ctx: AppContext): void {
  const inputs = stakeholderInputSchemas(ctx.operatingModel);

  app.get(
    base,
    {
      schema: {
        tags: ['programme'],
        summary: 'The stakeholder register with counts per type and the influence × interest grid',
        description:
          "Stakeholders by name, each with its grid cell's strategy (manage closely, keep satisfied, keep informed, monitor), whether it is engaged less closely than that calls for, and how many of the city's principles it agreed. The summary counts every stakeholder type of the pack and fills the nine cells of the grid.",
        params: orgParams,
        response: { 200: stakeholderRegisterSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'programme.view',
      );
      return listStakeholders(ctx, access);
    },
  );

  app.get(
    `${base}.xlsx`,
    {
      schema: {
        tags: ['programme'],
        summary: 'The stakeholder register as XLSX, in zh or en',
        description:
          'Recorded in the audit log. Sheets: about (counts and the rules of the suggested approach and of the under-engaged flag), the register (type names of the pack, influence and interest 1 low – 3 high, suggested approach, engagement, the least engagement suggested, whether below it, the engagement plan, contact, principles agreed, last change), the counts per stakeholder type, the nine cells of the influence × interest grid with their stakeholders. Every level and flag in words. Header rows frozen.',
        params: orgParams,
        querystring: langQuery,
      },
    },
    (request, reply) =>
      sendProgrammeWorkbook(ctx, request, reply, 'stakeholders', (origin, lang) =>
        exportStakeholdersWorkbook(ctx, origin, lang),
      ),
  );

  app.post(
    base,
    {
      schema: {
        tags: ['programme'],
        summary: 'Register a stakeholder',
        description:
          "The type is one of the pack's stakeholder types; influence and interest 1 low – 3 high. 201 with the stakeholder; the ETag is its version.",
        params: orgParams,
        body: inputs.create,
        response: { 201: stakeholderSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'programme.manage',
      );
      const stakeholder = await createStakeholder(ctx, access, request.body, request.ip);
      return reply.status(201).header('etag', versionTag(stakeholder.version)).send(stakeholder);
    },
  );

  app.patch(
    `${base}/:stakeholderId`,
    {
      schema: {
        tags: ['programme'],
        summary: 'Change a registered stakeholder',
        description:
          'Only the fields sent change. Send `If-Match: "<version>"`; when the stakeholder changed since, nothing is written and 412 `programme-stakeholder-conflict` returns the stored one in `error.current`. The ETag is the new version.',
        params: stakeholderParams,
        headers: changeHeaders,
        body: inputs.change,
        response: { 200: stakeholderSchema, 412: stakeholderConflict, ...commonErrors },
      },
    },
    (request, reply) =>
      sendVersionedChange(ctx, request, reply, ({ caller, ip }, version) =>
        updateStakeholder(ctx, caller, request.params.stakeholderId, request.body, version, ip),
      ),
  );

  app.delete(
    `${base}/:stakeholderId`,
    {
      schema: {
        tags: ['programme'],
        summary: 'Remove a stakeholder from the register, with its agreements to principles',
        description:
          "The stakeholder's agreements to the city's implementation principles are removed with it (`principleAgreements` in the register says how many; the audit log records it). With `If-Match`, only the version seen: 412 `programme-stakeholder-conflict` when it changed since. 204.",
        params: stakeholderParams,
        headers: removeHeaders,
        response: { 204: z.undefined(), 412: stakeholderConflict, ...commonErrors },
      },
    },
    (request, reply) =>
      sendVersionedRemoval(ctx, request, reply, ({ caller, ip }, version) =>
        deleteStakeholder(ctx, caller, request.params.stakeholderId, version, ip),
      ),
  );
}
