import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { authorizeOrganisation } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import {
  componentsQuery,
  componentTrackerSchema,
  interoperabilitySchema,
  ownProductConflictSchema,
  ownProductCreateSchema,
  ownProductParams,
  ownProductSchema,
  ownProductUpdateSchema,
  packPrincipleInputSchema,
  packPrincipleParams,
  principleAgreementsInputSchema,
  principleConflictSchema,
  principleCreateSchema,
  principleParams,
  principleSchema,
  principlesSchema,
  principleUpdateSchema,
  programmeDeleteHeaders,
  programmeEditHeaders,
  programmeUpsertHeaders,
  recommendationConflictSchema,
  recommendationInputSchema,
  recommendationParams,
  recommendationProgressSchema,
  standardProductConflictSchema,
  standardProductInputSchema,
  standardProductParams,
  standardProductSchema,
} from '../http/programme-components-schemas.js';
import { commonErrors, orgParams } from '../http/schemas.js';
import { addOwnPolicyProduct } from '../use-cases/programme/add-own-policy-product.js';
import { addPrinciple } from '../use-cases/programme/add-principle.js';
import { expectedVersion } from '../use-cases/programme/components-support.js';
import { deleteOwnPolicyProduct } from '../use-cases/programme/delete-own-policy-product.js';
import { deletePrinciple } from '../use-cases/programme/delete-principle.js';
import { getComponentTracker } from '../use-cases/programme/get-component-tracker.js';
import { getInteroperabilityMatrix } from '../use-cases/programme/get-interoperability-matrix.js';
import { listPrinciples } from '../use-cases/programme/list-principles.js';
import { savePackPrinciple } from '../use-cases/programme/save-pack-principle.js';
import { savePrincipleAgreements } from '../use-cases/programme/save-principle-agreements.js';
import { saveRecommendationProgress } from '../use-cases/programme/save-recommendation-progress.js';
import { saveStandardPolicyProduct } from '../use-cases/programme/save-standard-policy-product.js';
import { updateOwnPolicyProduct } from '../use-cases/programme/update-own-policy-product.js';
import { updatePrinciple } from '../use-cases/programme/update-principle.js';
import { versionTag } from '../use-cases/workshop-support.js';
import { sendVersionedChange, sendVersionedRemoval } from './programme-route-helpers.js';
import type { ZodApp } from './types.js';

const programmePath = '/api/v1/organisations/:organisationId/programme';
const tags = ['programme-components'];
const upsertRule =
  'Send `If-Match: "<version>"` (the version you edited) to change a recorded one; send none to record one for the first time. When it has changed since (or exists already), nothing is written and 412 returns the stored one in `error.current`. 201 when recorded for the first time, 200 for a change; the ETag is the new version.';
const editRule =
  'Needs `If-Match: "<version>"` (the version you edited); 412 with the stored one in `error.current` when it has changed since. The ETag is the new version.';
const deleteRule =
  '204 when deleted. `If-Match: "<version>"` is optional; when given and the row has changed since, nothing is deleted and 412 returns the stored one.';

/**
 * The programme office's ISO 37106 workspace, first part: implementation principles (Annex A),
 * the component tracker tied to the assessment's gaps (Annex B), the interoperability matrix
 * (figure 5). Reading needs `programme.view`, changing `programme.manage`.
 */
export function registerProgrammeComponentRoutes(app: ZodApp, ctx: AppContext): void {
  const authorize = (
    request: FastifyRequest & { params: { organisationId: string } },
    action: 'programme.view' | 'programme.manage',
  ) => authorizeOrganisation(ctx, request, request.params.organisationId, action);

  // ---------------------------------------------------------------- principles

  app.get(
    `${programmePath}/principles`,
    {
      schema: {
        tags,
        summary:
          'The implementation principles: the standard’s with the city’s stance, and its own',
        description:
          'Every principle of the pack (ISO 37106 Annex A) in pack order — `stance` null while undecided, `id` null while it has no row — then the principles the city added. Texts of the standard come from GET /api/v1/models/scom (`implementation_principles`).',
        params: orgParams,
        response: { 200: principlesSchema, ...commonErrors },
      },
    },
    async (request) => listPrinciples(ctx, await authorize(request, 'programme.view')),
  );

  app.put(
    `${programmePath}/principles/:packPrincipleId`,
    {
      schema: {
        tags,
        summary: 'Adopt a principle of the standard as written, or adapt it in the city’s words',
        description: `\`adopted\` takes no title or wording (the standard’s apply); \`adapted\` needs a wording. 400 \`unknown-principle\` for an id the pack does not have. ${upsertRule}`,
        params: packPrincipleParams,
        headers: programmeUpsertHeaders,
        body: packPrincipleInputSchema,
        response: {
          200: principleSchema,
          201: principleSchema,
          412: principleConflictSchema,
          ...commonErrors,
        },
      },
    },
    async (request, reply) => {
      const access = await authorize(request, 'programme.manage');
      const { principle, created } = await savePackPrinciple(
        ctx,
        access,
        request.params.packPrincipleId,
        request.body,
        expectedVersion(request.headers['if-match']),
        request.ip,
      );
      return reply
        .status(created ? 201 : 200)
        .header('etag', versionTag(principle.version))
        .send(principle);
    },
  );

  app.post(
    `${programmePath}/principles`,
    {
      schema: {
        tags,
        summary: 'Add a principle of the city’s own',
        params: orgParams,
        body: principleCreateSchema,
        response: { 201: principleSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      const access = await authorize(request, 'programme.manage');
      const principle = await addPrinciple(ctx, access, request.body, request.ip);
      return reply.status(201).header('etag', versionTag(principle.version)).send(principle);
    },
  );

  app.patch(
    `${programmePath}/principles/:principleId`,
    {
      schema: {
        tags,
        summary: 'Change a principle of the city (stance, title, wording, position)',
        description: `A principle of the standard is adopted (no title or wording) or adapted (wording required); one the city added stays added and needs a title and a wording. ${editRule}`,
        params: principleParams,
        headers: programmeEditHeaders,
        body: principleUpdateSchema,
        response: { 200: principleSchema, 412: principleConflictSchema, ...commonErrors },
      },
    },
    (request, reply) =>
      sendVersionedChange(ctx, request, reply, ({ caller, ip }, version) =>
        updatePrinciple(ctx, caller, request.params.principleId, request.body, version, ip),
      ),
  );

  app.delete(
    `${programmePath}/principles/:principleId`,
    {
      schema: {
        tags,
        summary: 'Delete a principle of the city (a standard’s one becomes undecided again)',
        description: `Its agreements go with it. ${deleteRule}`,
        params: principleParams,
        headers: programmeDeleteHeaders,
        response: { 204: z.undefined(), 412: principleConflictSchema, ...commonErrors },
      },
    },
    (request, reply) =>
      sendVersionedRemoval(ctx, request, reply, ({ caller, ip }, version) =>
        deletePrinciple(ctx, caller, request.params.principleId, version, ip),
      ),
  );

  app.put(
    `${programmePath}/principles/:principleId/agreements`,
    {
      schema: {
        tags,
        summary: 'Set which registered stakeholders agreed a principle, and when',
        description: `The whole set; every stakeholder must be in the organisation’s stakeholder register (400 \`principle-unknown-stakeholder\` naming the item). The agreements are part of the principle: ${editRule}`,
        params: principleParams,
        headers: programmeEditHeaders,
        body: principleAgreementsInputSchema,
        response: { 200: principleSchema, 412: principleConflictSchema, ...commonErrors },
      },
    },
    (request, reply) =>
      sendVersionedChange(ctx, request, reply, ({ caller, ip }, version) =>
        savePrincipleAgreements(
          ctx,
          caller,
          request.params.principleId,
          request.body.agreements,
          version,
          ip,
        ),
      ),
  );

  // ---------------------------------------------------------------- component tracker

  app.get(
    `${programmePath}/components`,
    {
      schema: {
        tags,
        summary: 'The component tracker, tied to the gaps of an assessment',
        description:
          'Every component of the pack with its recommendations as a checklist (never recorded = not-started, version 0), counts by status, share done of the applicable ones and overdue items (due before `today` and not done). From the assessment (`?assessmentId=`, else the latest submitted one, else the latest draft; `assessment.selection` says which; null when there is none): the characteristics Annex B links to each component with their official levels and gap, the component’s priority (sum of the positive gaps it serves, ranked; see docs/operating-model.md), and `gaps`, the planned improvements with the components that close them. Each recommendation `lifts` the characteristics of its component (Annex B links characteristics to components, not to single recommendations).',
        params: orgParams,
        querystring: componentsQuery,
        response: { 200: componentTrackerSchema, ...commonErrors },
      },
    },
    async (request) =>
      getComponentTracker(ctx, await authorize(request, 'programme.view'), request.query),
  );

  app.put(
    `${programmePath}/recommendations/:recommendationId`,
    {
      schema: {
        tags,
        summary: 'Record the progress of a recommendation: status, owner, due date, evidence',
        description: `The fields replace the stored ones. 400 \`unknown-recommendation\` for an id the pack does not have. \`overdue\` is judged on today in UTC. ${upsertRule}`,
        params: recommendationParams,
        headers: programmeUpsertHeaders,
        body: recommendationInputSchema,
        response: {
          200: recommendationProgressSchema,
          201: recommendationProgressSchema,
          412: recommendationConflictSchema,
          ...commonErrors,
        },
      },
    },
    async (request, reply) => {
      const access = await authorize(request, 'programme.manage');
      const { progress, created } = await saveRecommendationProgress(
        ctx,
        access,
        request.params.recommendationId,
        request.body,
        expectedVersion(request.headers['if-match']),
        request.ip,
      );
      return reply
        .status(created ? 201 : 200)
        .header('etag', versionTag(progress.version))
        .send(progress);
    },
  );

  // ---------------------------------------------------------------- interoperability matrix

  app.get(
    `${programmePath}/interoperability`,
    {
      schema: {
        tags,
        summary: 'The interoperability matrix: areas × interoperability dimensions, as a heatmap',
        description:
          'Every cell (the empty ones too) with the standard’s policy products (status `none` until recorded; names in the pack’s `interoperability_matrix`), the city’s own products, counts by status and the cell score: the mean status rank (none 0, drafting 1, adopted 2, reviewed 3) over the cell’s products, 2 decimals, null without products.',
        params: orgParams,
        response: { 200: interoperabilitySchema, ...commonErrors },
      },
    },
    async (request) => getInteroperabilityMatrix(ctx, await authorize(request, 'programme.view')),
  );

  app.put(
    `${programmePath}/interoperability/standard/:areaId/:dimensionId/:index`,
    {
      schema: {
        tags,
        summary: 'Record the status, document link and notes of a policy product of the standard',
        description: `The product is the \`index\`-th (from 1) of the cell in the pack. 400 \`unknown-interoperability-area\`, \`unknown-interoperability-dimension\` or \`unknown-policy-product\` naming the param. ${upsertRule}`,
        params: standardProductParams,
        headers: programmeUpsertHeaders,
        body: standardProductInputSchema,
        response: {
          200: standardProductSchema,
          201: standardProductSchema,
          412: standardProductConflictSchema,
          ...commonErrors,
        },
      },
    },
    async (request, reply) => {
      const access = await authorize(request, 'programme.manage');
      const { areaId, dimensionId, index } = request.params;
      const { product, created } = await saveStandardPolicyProduct(
        ctx,
        access,
        { areaId, dimensionId, index },
        request.body,
        expectedVersion(request.headers['if-match']),
        request.ip,
      );
      return reply
        .status(created ? 201 : 200)
        .header('etag', versionTag(product.version))
        .send(product);
    },
  );

  app.post(
    `${programmePath}/interoperability/own`,
    {
      schema: {
        tags,
        summary: 'Add a policy product of the city’s own to a cell of the matrix',
        description:
          'The area, dimension and component codes (components or parts) must be the pack’s: 400 naming the field otherwise.',
        params: orgParams,
        body: ownProductCreateSchema,
        response: { 201: ownProductSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      const access = await authorize(request, 'programme.manage');
      const product = await addOwnPolicyProduct(ctx, access, request.body, request.ip);
      return reply.status(201).header('etag', versionTag(product.version)).send(product);
    },
  );

  app.patch(
    `${programmePath}/interoperability/own/:productId`,
    {
      schema: {
        tags,
        summary: 'Change a policy product of the city’s own',
        description: `The fields given replace the stored ones (it may move to another cell). ${editRule}`,
        params: ownProductParams,
        headers: programmeEditHeaders,
        body: ownProductUpdateSchema,
        response: { 200: ownProductSchema, 412: ownProductConflictSchema, ...commonErrors },
      },
    },
    (request, reply) =>
      sendVersionedChange(ctx, request, reply, ({ caller, ip }, version) =>
        updateOwnPolicyProduct(ctx, caller, request.params.productId, request.body, version, ip),
      ),
  );

  app.delete(
    `${programmePath}/interoperability/own/:productId`,
    {
      schema: {
        tags,
        summary: 'Delete a policy product of the city’s own',
        description: deleteRule,
        params: ownProductParams,
        headers: programmeDeleteHeaders,
        response: { 204: z.undefined(), 412: ownProductConflictSchema, ...commonErrors },
      },
    },
    (request, reply) =>
      sendVersionedRemoval(ctx, request, reply, ({ caller, ip }, version) =>
        deleteOwnPolicyProduct(ctx, caller, request.params.productId, version, ip),
      ),
  );
}
