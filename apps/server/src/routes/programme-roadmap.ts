import { z } from 'zod';
import { authorizeOrganisation } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import {
  initiativeConflictSchema,
  initiativeCreateSchema,
  initiativeParams,
  initiativeSchema,
  initiativeUpdateSchema,
  roadmapDeleteHeaders,
  roadmapEditHeaders,
  roadmapQuery,
  roadmapSchema,
  workbookQuery,
} from '../http/programme-roadmap-schemas.js';
import { commonErrors, orgParams } from '../http/schemas.js';
import { createInitiative } from '../use-cases/programme/create-initiative.js';
import { deleteInitiative } from '../use-cases/programme/delete-initiative.js';
import { exportRoadmapWorkbook } from '../use-cases/programme/export-roadmap-workbook.js';
import { getRoadmap } from '../use-cases/programme/get-roadmap.js';
import { updateInitiative } from '../use-cases/programme/update-initiative.js';
import { versionTag } from '../use-cases/workshop-support.js';
import {
  sendProgrammeWorkbook,
  sendVersionedChange,
  sendVersionedRemoval,
} from './programme-route-helpers.js';
import type { ZodApp } from './types.js';

const programmePath = '/api/v1/organisations/:organisationId/programme';
const initiativePath = `${programmePath}/initiatives/:initiativeId`;

/** The programme office's roadmap (ISO 37106 6.9.2, table 6): initiatives, timeline, comparison, XLSX. */
export function registerProgrammeRoadmapRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    `${programmePath}/roadmap`,
    {
      schema: {
        tags: ['programme'],
        summary:
          'The roadmap: phases, initiatives with the characteristics they lift, the timeline and the comparison with an assessment',
        description:
          "The timeline has one lane per phase of the pack (bars by start date, span, quick wins, budget per currency: currencies are never added together). The comparison (see docs/operating-model.md) takes, per characteristic, the highest level the initiatives aim for against the assessment's official current and two-year levels: matches, roadmap-below-target, roadmap-above-target, not-on-roadmap, roadmap-only or not-planned; initiatives ending after the horizon (assessment date + 2 years) are flagged. The assessment is the latest submitted one by default (`assessment.chosen: latest-submitted`), or `?assessmentId=` (any status, `requested`); `assessment` and `comparison` are null when there is none.",
        params: orgParams,
        querystring: roadmapQuery,
        response: { 200: roadmapSchema, ...commonErrors },
      },
    },
    async (request) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'programme.view',
      );
      return getRoadmap(ctx, access, { assessmentId: request.query.assessmentId });
    },
  );

  app.post(
    `${programmePath}/initiatives`,
    {
      schema: {
        tags: ['programme'],
        summary: 'Add an initiative to the roadmap',
        description:
          'The phase is one of the pack (`roadmap_phases`), component codes of ISO 37106, lifts of MMSSC characteristics to levels 1–5 (each at most once); ends on or after it starts. An unknown id → 400 naming the field (`roadmap-unknown-phase`, `roadmap-unknown-component`, `roadmap-unknown-characteristic`). The ETag is the version.',
        params: orgParams,
        body: initiativeCreateSchema,
        response: { 201: initiativeSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      const access = await authorizeOrganisation(
        ctx,
        request,
        request.params.organisationId,
        'programme.manage',
      );
      const initiative = await createInitiative(
        ctx,
        { caller: access, ip: request.ip },
        request.body,
      );
      return reply.status(201).header('etag', versionTag(initiative.version)).send(initiative);
    },
  );

  app.patch(
    initiativePath,
    {
      schema: {
        tags: ['programme'],
        summary: 'Change an initiative (the fields given; `lifts` replaces the whole set)',
        description:
          'Send `If-Match: "<version>"`. When the initiative changed since, nothing is written and 412 `roadmap-initiative-conflict` returns the stored initiative in `error.current`. Dates are checked with the stored ones (400 `roadmap-initiative-dates`).',
        params: initiativeParams,
        headers: roadmapEditHeaders,
        body: initiativeUpdateSchema,
        response: { 200: initiativeSchema, 412: initiativeConflictSchema, ...commonErrors },
      },
    },
    (request, reply) =>
      sendVersionedChange(ctx, request, reply, (origin, version) =>
        updateInitiative(ctx, origin, request.params.initiativeId, request.body, version),
      ),
  );

  app.delete(
    initiativePath,
    {
      schema: {
        tags: ['programme'],
        summary: 'Remove an initiative from the roadmap',
        description:
          "Its lifts go with it, and so does the benefit-map node that stands for it, with that node's arrows (KPIs that measured that node stay, no longer tied to a node). With `If-Match`, a stale version → 412 `roadmap-initiative-conflict` and nothing is removed.",
        params: initiativeParams,
        headers: roadmapDeleteHeaders,
        response: { 204: z.undefined(), 412: initiativeConflictSchema, ...commonErrors },
      },
    },
    (request, reply) =>
      sendVersionedRemoval(ctx, request, reply, (origin, version) =>
        deleteInitiative(ctx, origin, request.params.initiativeId, version),
      ),
  );

  app.get(
    `${programmePath}/roadmap.xlsx`,
    {
      schema: {
        tags: ['programme'],
        summary: 'The roadmap as XLSX, in zh or en',
        description:
          'Recorded in the audit log. Sheets: about (the assessment compared and the rule), initiatives (phase, dates, owner, budget, quick win, components, lifts), the lifts one per row, the comparison with the assessment (`?assessmentId=`, default the latest submitted), the budget per phase and currency. Header rows frozen.',
        params: orgParams,
        querystring: workbookQuery,
      },
    },
    (request, reply) =>
      sendProgrammeWorkbook(ctx, request, reply, 'roadmap', (origin, lang) =>
        exportRoadmapWorkbook(ctx, origin, { lang, assessmentId: request.query.assessmentId }),
      ),
  );
}
