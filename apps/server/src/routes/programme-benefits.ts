import { z } from 'zod';
import { authorizeOrganisation } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import {
  benefitLinkInputSchema,
  benefitLinkQuery,
  benefitLinkSchema,
  benefitMapErrorSchema,
  benefitMapSchema,
  benefitNodeConflictSchema,
  benefitNodeCreateSchema,
  benefitNodeParams,
  benefitNodeSchema,
  benefitNodeUpdateSchema,
  kpiActualInputSchema,
  kpiActualParams,
  kpiConflictSchema,
  kpiCreateSchema,
  kpiListSchema,
  kpiParams,
  kpiSchema,
  kpiUpdateSchema,
} from '../http/programme-benefits-schemas.js';
import {
  benefitsWorkbookQuery,
  roadmapDeleteHeaders,
  roadmapEditHeaders,
} from '../http/programme-roadmap-schemas.js';
import { commonErrors, orgParams } from '../http/schemas.js';
import { createBenefitLink } from '../use-cases/programme/create-benefit-link.js';
import { createBenefitNode } from '../use-cases/programme/create-benefit-node.js';
import { createKpi } from '../use-cases/programme/create-kpi.js';
import { deleteBenefitLink } from '../use-cases/programme/delete-benefit-link.js';
import { deleteBenefitNode } from '../use-cases/programme/delete-benefit-node.js';
import { deleteKpiActual } from '../use-cases/programme/delete-kpi-actual.js';
import { deleteKpi } from '../use-cases/programme/delete-kpi.js';
import { exportBenefitsWorkbook } from '../use-cases/programme/export-benefits-workbook.js';
import { getBenefitMap } from '../use-cases/programme/get-benefit-map.js';
import { listKpis } from '../use-cases/programme/list-kpis.js';
import { saveKpiActual } from '../use-cases/programme/save-kpi-actual.js';
import { updateBenefitNode } from '../use-cases/programme/update-benefit-node.js';
import { updateKpi } from '../use-cases/programme/update-kpi.js';
import { versionTag } from '../use-cases/workshop-support.js';
import {
  sendProgrammeWorkbook,
  sendVersionedChange,
  sendVersionedRemoval,
} from './programme-route-helpers.js';
import type { ZodApp } from './types.js';

const programmePath = '/api/v1/organisations/:organisationId/programme';
const mapPath = `${programmePath}/benefit-map`;
const kpiPath = `${programmePath}/kpis/:kpiId`;

/** Benefits realisation (ISO 37106 clause 7): the benefit map, the KPIs and their actual values, XLSX. */
export function registerProgrammeBenefitsRoutes(app: ZodApp, ctx: AppContext): void {
  const view = (request: Parameters<typeof authorizeOrganisation>[1], organisationId: string) =>
    authorizeOrganisation(ctx, request, organisationId, 'programme.view');
  const manage = async (
    request: Parameters<typeof authorizeOrganisation>[1],
    organisationId: string,
  ) => ({
    caller: await authorizeOrganisation(ctx, request, organisationId, 'programme.manage'),
    ip: request.ip,
  });

  app.get(
    mapPath,
    {
      schema: {
        tags: ['programme'],
        summary: 'The benefit map: nodes, arrows, the arrows allowed and the summary',
        description:
          'A logic model: initiative or investment → output → outcome (→ outcome) → purpose, without cycles, one node per purpose of the pack. The summary gives per purpose the initiatives and investments that reach it (one shortest path, the number of paths), the inputs reaching no purpose, the outcomes no KPI measures, the roadmap initiatives missing from the map and the nodes without arrows.',
        params: orgParams,
        response: { 200: benefitMapSchema, ...commonErrors },
      },
    },
    async (request) => getBenefitMap(ctx, await view(request, request.params.organisationId)),
  );

  app.post(
    `${mapPath}/nodes`,
    {
      schema: {
        tags: ['programme'],
        summary: 'Add a node to the benefit map',
        description:
          'A purpose node names a purpose of the pack (`purposeId`; one node per purpose: 409 `benefit-purpose-node-exists` with `nodeId`); an initiative node may stand for a roadmap initiative (`initiativeId`; one node per initiative: 409 `benefit-initiative-node-exists`). Other nodes need a label (400 `benefit-node-label-required`).',
        params: orgParams,
        body: benefitNodeCreateSchema,
        response: {
          201: benefitNodeSchema,
          ...commonErrors,
          400: benefitMapErrorSchema,
          409: benefitMapErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const node = await createBenefitNode(
        ctx,
        await manage(request, request.params.organisationId),
        request.body,
      );
      return reply.status(201).header('etag', versionTag(node.version)).send(node);
    },
  );

  app.patch(
    `${mapPath}/nodes/:nodeId`,
    {
      schema: {
        tags: ['programme'],
        summary: "Change a node's label, description or position",
        description:
          'Send `If-Match: "<version>"`; a stale version → 412 `benefit-node-conflict` with the stored node in `error.current`.',
        params: benefitNodeParams,
        headers: roadmapEditHeaders,
        body: benefitNodeUpdateSchema,
        response: { 200: benefitNodeSchema, 412: benefitNodeConflictSchema, ...commonErrors },
      },
    },
    (request, reply) =>
      sendVersionedChange(ctx, request, reply, (origin, version) =>
        updateBenefitNode(ctx, origin, request.params.nodeId, request.body, version),
      ),
  );

  app.delete(
    `${mapPath}/nodes/:nodeId`,
    {
      schema: {
        tags: ['programme'],
        summary: 'Remove a node and its arrows from the benefit map',
        description:
          'KPIs that measured the node stay (no longer tied to a node); a roadmap initiative it stood for stays on the roadmap. With `If-Match`, a stale version → 412.',
        params: benefitNodeParams,
        headers: roadmapDeleteHeaders,
        response: { 204: z.undefined(), 412: benefitNodeConflictSchema, ...commonErrors },
      },
    },
    (request, reply) =>
      sendVersionedRemoval(ctx, request, reply, (origin, version) =>
        deleteBenefitNode(ctx, origin, request.params.nodeId, version),
      ),
  );

  app.post(
    `${mapPath}/links`,
    {
      schema: {
        tags: ['programme'],
        summary: 'Add an arrow to the benefit map',
        description:
          'Refused when a node is not on the map (400 `benefit-link-unknown-node`), from a node to itself (400 `benefit-link-self`), against the logic model (400 `benefit-link-not-allowed`, with `fromKind` and `toKind`), already there (409 `benefit-link-exists`) or closing a loop (409 `benefit-link-cycle`).',
        params: orgParams,
        body: benefitLinkInputSchema,
        response: {
          201: benefitLinkSchema,
          ...commonErrors,
          400: benefitMapErrorSchema,
          409: benefitMapErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const link = await createBenefitLink(
        ctx,
        await manage(request, request.params.organisationId),
        request.body,
      );
      return reply.status(201).send(link);
    },
  );

  app.delete(
    `${mapPath}/links`,
    {
      schema: {
        tags: ['programme'],
        summary: 'Remove an arrow of the benefit map (`?fromNodeId=&toNodeId=`)',
        params: orgParams,
        querystring: benefitLinkQuery,
        response: { 204: z.undefined(), ...commonErrors },
      },
    },
    async (request, reply) => {
      const { fromNodeId, toNodeId } = request.query;
      await deleteBenefitLink(ctx, await manage(request, request.params.organisationId), {
        fromNodeId,
        toNodeId,
      });
      return reply.status(204).send();
    },
  );

  app.get(
    `${programmePath}/kpis`,
    {
      schema: {
        tags: ['programme'],
        summary: 'The KPIs with their actual values, status and chart series',
        description:
          'Status (see docs/operating-model.md): the latest actual against the value the trajectory expects on its date (linear by days from the baseline through the milestones): achieved (final milestone met), on-track, off-track (worse than expected by more than `toleranceShare` of the change planned over that stretch), no-data, no-trajectory.',
        params: orgParams,
        response: { 200: kpiListSchema, ...commonErrors },
      },
    },
    async (request) => listKpis(ctx, await view(request, request.params.organisationId)),
  );

  app.post(
    `${programmePath}/kpis`,
    {
      schema: {
        tags: ['programme'],
        summary: 'Add a KPI',
        description:
          "The outcome it measures (`benefitNodeId`) must be an outcome node of the organisation's benefit map (400 `kpi-unknown-benefit-node`, `kpi-node-not-outcome`); milestones in date order after the baseline.",
        params: orgParams,
        body: kpiCreateSchema,
        response: { 201: kpiSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      const kpi = await createKpi(
        ctx,
        await manage(request, request.params.organisationId),
        request.body,
      );
      return reply.status(201).header('etag', versionTag(kpi.version)).send(kpi);
    },
  );

  app.patch(
    kpiPath,
    {
      schema: {
        tags: ['programme'],
        summary: 'Change a KPI (the fields given)',
        description:
          'Send `If-Match: "<version>"`; a stale version → 412 `kpi-conflict` with the stored KPI in `error.current`. A new baseline or trajectory is checked with the other as stored (400 `kpi-trajectory-order`).',
        params: kpiParams,
        headers: roadmapEditHeaders,
        body: kpiUpdateSchema,
        response: { 200: kpiSchema, 412: kpiConflictSchema, ...commonErrors },
      },
    },
    (request, reply) =>
      sendVersionedChange(ctx, request, reply, (origin, version) =>
        updateKpi(ctx, origin, request.params.kpiId, request.body, version),
      ),
  );

  app.delete(
    kpiPath,
    {
      schema: {
        tags: ['programme'],
        summary: 'Remove a KPI with its actual values',
        description: 'With `If-Match`, a stale version → 412 `kpi-conflict`.',
        params: kpiParams,
        headers: roadmapDeleteHeaders,
        response: { 204: z.undefined(), 412: kpiConflictSchema, ...commonErrors },
      },
    },
    (request, reply) =>
      sendVersionedRemoval(ctx, request, reply, (origin, version) =>
        deleteKpi(ctx, origin, request.params.kpiId, version),
      ),
  );

  app.put(
    `${kpiPath}/actuals/:date`,
    {
      schema: {
        tags: ['programme'],
        summary: "Record a KPI's actual value on a date (replaces that date's value)",
        description: 'Returns the KPI with its new status.',
        params: kpiActualParams,
        body: kpiActualInputSchema,
        response: { 200: kpiSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      const kpi = await saveKpiActual(
        ctx,
        await manage(request, request.params.organisationId),
        request.params.kpiId,
        request.params.date,
        request.body,
      );
      return reply.header('etag', versionTag(kpi.version)).send(kpi);
    },
  );

  app.delete(
    `${kpiPath}/actuals/:date`,
    {
      schema: {
        tags: ['programme'],
        summary: "Remove a KPI's actual value on a date",
        params: kpiActualParams,
        response: { 204: z.undefined(), ...commonErrors },
      },
    },
    async (request, reply) => {
      await deleteKpiActual(
        ctx,
        await manage(request, request.params.organisationId),
        request.params.kpiId,
        request.params.date,
      );
      return reply.status(204).send();
    },
  );

  app.get(
    `${programmePath}/benefits.xlsx`,
    {
      schema: {
        tags: ['programme'],
        summary: 'The benefits realisation plan as XLSX, in zh or en',
        description:
          "Sheets: about (the status rule), the KPIs (baseline, criterion, trajectory, latest actual, status), every planned point, every actual value, the benefit map's nodes and arrows. Header rows frozen.",
        params: orgParams,
        querystring: benefitsWorkbookQuery,
      },
    },
    (request, reply) =>
      sendProgrammeWorkbook(ctx, request, reply, 'benefits', (origin, lang) =>
        exportBenefitsWorkbook(ctx, origin, lang),
      ),
  );
}
