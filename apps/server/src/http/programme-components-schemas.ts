import {
  policyProductStatuses,
  principleStances,
  recommendationStatuses,
} from '@citymaturity/core';
import { z } from 'zod';
import { orgParams, updatedBySchema as updatedBy } from './schemas.js';

// Request and response schemas of the programme office's principles, component tracker and
// interoperability matrix (ISO 37106 clause 5 and Annex A, clause 6, figure 5). Texts of the
// standard (names, wording, recommendations) are not repeated: the client has the pack
// (GET /api/v1/models/scom) and looks them up by id.

const isoDateTime = z.iso.datetime({ offset: true });
const lang = z.enum(['zh', 'en']).optional();
const title = z.string().trim().max(200);
const longText = z.string().trim().max(4000);
const httpUrl = z.url({ protocol: /^https?$/ }).max(2000);
/** An id of the pack (a principle, a recommendation, an area or dimension). */
const packId = z
  .string()
  .max(100)
  .regex(/^[A-Za-z0-9]+([.-][A-Za-z0-9]+)*$/, 'an id of the model pack, e.g. B1.a or visionary');
const componentCode = z
  .string()
  .max(10)
  .regex(/^[A-Z]\d*$/, 'a component code such as A, B7 or C2');

/** `If-Match: "<version>"` — the version an edit starts from (an ETag this API gave). */
const ifMatch = z
  .string()
  .regex(/^(W\/)?"\d{1,9}"$/, 'a version as an ETag, e.g. "3"')
  .meta({ description: 'The ETag (version) the change starts from, e.g. "3"' });

/** Saving an item that may not exist yet: If-Match for an existing one, none for a new one. */
export const programmeUpsertHeaders = z.looseObject({ 'if-match': ifMatch.optional() });
/** Changing an existing row needs the version it was seen at. */
export const programmeEditHeaders = z.looseObject({ 'if-match': ifMatch });
/** Deleting: If-Match optional (when given, a stale version is refused). */
export const programmeDeleteHeaders = programmeUpsertHeaders;

// ------------------------------------------------------------------ principles

export const packPrincipleParams = orgParams.extend({ packPrincipleId: packId });
export const principleParams = orgParams.extend({ principleId: z.uuid() });

export const packPrincipleInputSchema = z.strictObject({
  /** `adopted`: as the standard words it; `adapted`: in the city's words (wording required). */
  stance: z.enum(['adopted', 'adapted']),
  /** The city's title for an adapted principle (empty: the pack's name). */
  title: title.optional(),
  wording: longText.optional(),
});

export const principleCreateSchema = z.strictObject({
  title: title.min(1),
  wording: longText.min(1),
  /** Order on the city's list (0 first; equal positions by creation). */
  position: z.int().min(0).max(999).default(0),
});

export const principleUpdateSchema = z
  .strictObject({
    stance: z.enum(principleStances).optional(),
    title: title.optional(),
    wording: longText.optional(),
    position: z.int().min(0).max(999).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to change' });

export const principleAgreementsInputSchema = z.strictObject({
  /** The whole set of stakeholders (of the organisation's register) who agreed the principle. */
  agreements: z
    .array(z.strictObject({ stakeholderId: z.uuid(), agreedOn: z.iso.date() }))
    .max(500)
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        if (seen.has(item.stakeholderId))
          ctx.addIssue({
            code: 'custom',
            path: [i, 'stakeholderId'],
            message: 'the same stakeholder twice',
          });
        seen.add(item.stakeholderId);
      });
    }),
});

export const principleSchema = z
  .object({
    /** The row's id (for PATCH, DELETE and agreements); null for a pack principle not decided yet. */
    id: z.uuid().nullable(),
    /** The pack's principle (`implementation_principles[].id`); null for one the city added. */
    packPrincipleId: z.string().nullable(),
    /** null: a principle of the pack the city has not adopted or adapted yet. */
    stance: z.enum(principleStances).nullable(),
    /** The city's title and wording (empty: the pack's apply). */
    title: z.string(),
    wording: z.string(),
    position: z.number().int(),
    /** Send it back as `If-Match: "<version>"`; 0 when there is no row yet. */
    version: z.number().int(),
    updatedAt: isoDateTime.nullable(),
    updatedBy,
    /** Registered stakeholders who agreed it, by date. */
    agreements: z.array(
      z.object({
        stakeholderId: z.uuid(),
        name: z.string(),
        /** The stakeholder type of the pack (`stakeholder_types[].id`). */
        typeId: z.string(),
        agreedOn: z.iso.date(),
      }),
    ),
  })
  .meta({ id: 'ProgrammePrinciple' });

export const principlesSchema = z
  .object({
    /** The pack's principles in pack order (decided or not), then the city's own by position. */
    principles: z.array(principleSchema),
    counts: z.object({
      pack: z.number().int(),
      adopted: z.number().int(),
      adapted: z.number().int(),
      undecided: z.number().int(),
      added: z.number().int(),
    }),
  })
  .meta({ id: 'ProgrammePrinciples' });

// ------------------------------------------------------------------ component tracker

export const componentsQuery = z.object({
  lang,
  /** The assessment whose gaps to show (default: the latest submitted one, else the latest draft). */
  assessmentId: z.uuid().optional(),
  /** The day overdue is judged on (default: today in UTC); send the user's local date. */
  today: z.iso.date().optional(),
});

export const recommendationParams = orgParams.extend({ recommendationId: packId });

export const recommendationInputSchema = z.strictObject({
  status: z.enum(recommendationStatuses),
  owner: title.default(''),
  dueOn: z.iso.date().nullable().default(null),
  /** What shows progress or completion. */
  evidence: longText.default(''),
  /** A link to the document (http or https). */
  evidenceUrl: httpUrl.nullable().default(null),
});

const progressCounts = z.record(z.enum(recommendationStatuses), z.number().int());
const trackerProgressSchema = z.object({
  total: z.number().int(),
  /** By status; a recommendation never recorded is not started. They sum to `total`. */
  counts: progressCounts,
  /** All but the not-applicable ones. */
  applicable: z.number().int(),
  /** done ÷ applicable (0–1, 3 decimals); null when none applies. */
  doneShare: z.number().nullable(),
  /** Ids of the recommendations past their due date and not done. */
  overdue: z.array(z.string()),
});

export const recommendationProgressSchema = z
  .object({
    recommendationId: z.string(),
    componentCode: z.string(),
    status: z.enum(recommendationStatuses),
    owner: z.string(),
    dueOn: z.iso.date().nullable(),
    evidence: z.string(),
    evidenceUrl: z.string().nullable(),
    /** Past its due date and not done (on `today`). */
    overdue: z.boolean(),
    /** Send it back as `If-Match: "<version>"`; 0 when never recorded (then send no If-Match). */
    version: z.number().int(),
    updatedAt: isoDateTime.nullable(),
    updatedBy,
  })
  .meta({ id: 'RecommendationProgress' });

const linkedCharacteristic = z.object({
  characteristicId: z.string(),
  current: z.number().nullable(),
  target: z.number().nullable(),
  /** target − current (official levels); null when either is unknown or without an assessment. */
  gap: z.number().nullable(),
});

export const componentTrackerSchema = z
  .object({
    today: z.iso.date(),
    /** The assessment whose gaps are shown, and how it was chosen; null when the organisation has none. */
    assessment: z
      .object({
        id: z.uuid(),
        title: z.string(),
        date: z.iso.date(),
        status: z.enum(['draft', 'submitted']),
        modelId: z.string(),
        selection: z.enum(['requested', 'latest-submitted', 'latest-draft']),
      })
      .nullable(),
    /** The maturity model whose Annex B links are used. */
    model: z.object({ id: z.string(), version: z.string() }),
    components: z.array(
      z.object({
        code: z.string(),
        part: z.string(),
        area: z.string().nullable(),
        /** The characteristics Annex B links to the component (empty: none, nothing invented). */
        characteristics: z.array(linkedCharacteristic),
        /** Sum, largest and count of the positive gaps it serves, and its rank; null without an assessment. */
        priority: z
          .object({
            gapSum: z.number(),
            gapMax: z.number(),
            characteristicsWithGap: z.number().int(),
            rank: z.number().int().nullable(),
          })
          .nullable(),
        progress: trackerProgressSchema,
        recommendations: z.array(
          recommendationProgressSchema.extend({
            /**
             * The characteristics it helps lift: those of its component (Annex B links
             * characteristics to components, not to single recommendations).
             */
            lifts: z.array(z.string()),
          }),
        ),
      }),
    ),
    overall: trackerProgressSchema,
    /** The assessment's planned improvements (gap > 0), largest first, with the components that close them. */
    gaps: z.array(linkedCharacteristic.extend({ componentCodes: z.array(z.string()) })),
  })
  .meta({ id: 'ComponentTracker' });

// ------------------------------------------------------------------ interoperability matrix

export const standardProductParams = orgParams.extend({
  areaId: packId,
  dimensionId: packId,
  /** The product's position in the cell, from 1 (the pack's order). */
  index: z.coerce.number().int().min(1).max(100),
});
export const ownProductParams = orgParams.extend({ productId: z.uuid() });

export const standardProductInputSchema = z.strictObject({
  status: z.enum(policyProductStatuses),
  documentUrl: httpUrl.nullable().default(null),
  notes: longText.default(''),
});

const ownProductFields = {
  areaId: packId,
  dimensionId: packId,
  name: title.min(1),
  /** Components (or parts, e.g. C) of the pack that guide it. */
  componentCodes: z.array(componentCode).max(20),
  status: z.enum(policyProductStatuses),
  documentUrl: httpUrl.nullable(),
  notes: longText,
};

export const ownProductCreateSchema = z.strictObject({
  ...ownProductFields,
  componentCodes: ownProductFields.componentCodes.default([]),
  status: ownProductFields.status.default('none'),
  documentUrl: ownProductFields.documentUrl.default(null),
  notes: ownProductFields.notes.default(''),
});

export const ownProductUpdateSchema = z
  .strictObject({
    areaId: ownProductFields.areaId.optional(),
    dimensionId: ownProductFields.dimensionId.optional(),
    name: ownProductFields.name.optional(),
    componentCodes: ownProductFields.componentCodes.optional(),
    status: ownProductFields.status.optional(),
    documentUrl: ownProductFields.documentUrl.optional(),
    notes: ownProductFields.notes.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to change' });

const productState = {
  status: z.enum(policyProductStatuses),
  documentUrl: z.string().nullable(),
  notes: z.string(),
  /** Send it back as `If-Match: "<version>"`; 0 for a standard product never recorded. */
  version: z.number().int(),
  updatedAt: isoDateTime.nullable(),
  updatedBy,
};

export const standardProductSchema = z
  .object({
    /** `<area>/<dimension>/<index>`; the name is the pack's (`interoperability_matrix.cells[].products[index-1]`). */
    key: z.string(),
    areaId: z.string(),
    dimensionId: z.string(),
    index: z.number().int(),
    /** The standard's tags: the components (or part) that guide it. */
    componentCodes: z.array(z.string()),
    ...productState,
  })
  .meta({ id: 'StandardPolicyProduct' });

export const ownProductSchema = z
  .object({
    id: z.uuid(),
    areaId: z.string(),
    dimensionId: z.string(),
    name: z.string(),
    componentCodes: z.array(z.string()),
    ...productState,
    createdAt: isoDateTime,
  })
  .meta({ id: 'OwnPolicyProduct' });

const statusCounts = z.record(z.enum(policyProductStatuses), z.number().int());

export const interoperabilitySchema = z
  .object({
    /** Rows (the pack's areas) and columns (its interoperability dimensions), in order. */
    areaIds: z.array(z.string()),
    dimensionIds: z.array(z.string()),
    /** Every cell, by area then dimension (also the cells the standard leaves empty). */
    cells: z.array(
      z.object({
        areaId: z.string(),
        dimensionId: z.string(),
        standard: z.array(standardProductSchema),
        own: z.array(ownProductSchema),
        counts: statusCounts,
        /** Mean status rank (none 0, drafting 1, adopted 2, reviewed 3) over the cell's products, 2 decimals; null without products. */
        score: z.number().nullable(),
      }),
    ),
    summary: z.object({ counts: statusCounts, score: z.number().nullable() }),
  })
  .meta({ id: 'InteroperabilityMatrix' });

// ------------------------------------------------------------------ conflicts

/** A 412: the row as stored now, to compare with one's own edit. */
const conflictOf = <T extends z.ZodType>(code: string, current: T, id: string) =>
  z
    .object({
      error: z.object({ code: z.literal(code), message: z.string(), current: current.nullable() }),
    })
    .meta({ id });

export const principleConflictSchema = conflictOf(
  'principle-conflict',
  principleSchema,
  'ProgrammePrincipleConflict',
);
export const recommendationConflictSchema = conflictOf(
  'recommendation-conflict',
  recommendationProgressSchema,
  'RecommendationProgressConflict',
);
export const standardProductConflictSchema = conflictOf(
  'policy-product-conflict',
  standardProductSchema,
  'StandardPolicyProductConflict',
);
export const ownProductConflictSchema = conflictOf(
  'policy-product-conflict',
  ownProductSchema,
  'OwnPolicyProductConflict',
);
