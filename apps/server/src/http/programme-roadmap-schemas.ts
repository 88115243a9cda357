import { roadmapComparisonStatuses } from '@citymaturity/core';
import { evidenceMethodIds } from '@citymaturity/model';
import { z } from 'zod';
import { orgParams, updatedBySchema as updatedBy } from './schemas.js';

// Request and response schemas of the programme office's roadmap (ISO 37106 6.9.2, table 6):
// initiatives, the timeline and the comparison with the assessment. Texts of the standard (the
// phases' focus and outputs) are not repeated: the client has the pack (GET /api/v1/models/scom).

const isoDateTime = z.iso.datetime({ offset: true });
const text = z.object({ zh: z.string(), en: z.string() });
const lang = z.enum(['zh', 'en']).optional();

/** An id of the pack (a phase, a purpose). */
export const packIdSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id of the model pack, e.g. initiation');
const componentCode = z
  .string()
  .max(10)
  .regex(/^[A-Z]\d*$/, 'a component code such as A, B7 or C2');
const characteristicId = z
  .string()
  .max(20)
  .regex(/^\d+(\.\d+)*$/, 'a characteristic id such as 1.2.3');
const level = z.int().min(1).max(5);

/** A calendar date YYYY-MM-DD in a range the database and the date rules handle (1900–2200). */
export const programmeDate = z.iso
  .date()
  .refine((d) => d >= '1900-01-01' && d <= '2200-12-31', 'a date between 1900 and 2200');

/** `If-Match: "<version>"` — the version an edit starts from (an ETag this API gave). */
const ifMatch = z
  .string()
  .regex(/^(W\/)?"\d{1,9}"$/, 'a version as an ETag, e.g. "3"')
  .meta({ description: 'The ETag (version) the change starts from, e.g. "3"' });
/** Changing a row needs the version it was seen at. */
export const roadmapEditHeaders = z.looseObject({ 'if-match': ifMatch });
/** Deleting: If-Match optional (when given, a stale version is refused with 412). */
export const roadmapDeleteHeaders = z.looseObject({ 'if-match': ifMatch.optional() });

/** A budget: a decimal with at most two decimals, as a string ("1250000.50") or a number. */
const budget = z
  .union([
    z.string().regex(/^\d{1,14}(\.\d{1,2})?$/, 'an amount such as 1250000.50'),
    z
      .number()
      .min(0)
      .max(99_999_999_999_999)
      .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'at most two decimals'),
  ])
  .transform((v) => (typeof v === 'number' ? v.toFixed(2) : v))
  .meta({ description: 'Amount in the currency, at most two decimals (returned as a string)' });

const liftSchema = z.strictObject({ characteristicId, targetLevel: level });
const lifts = z
  .array(liftSchema)
  .max(100)
  .superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.characteristicId))
        ctx.addIssue({ code: 'custom', path: [i, 'characteristicId'], message: 'listed twice' });
      seen.add(item.characteristicId);
    });
  });
const componentCodes = z
  .array(componentCode)
  .max(30)
  .refine((codes) => new Set(codes).size === codes.length, 'a component listed twice');

const title = z.string().trim().min(1).max(200);
const description = z.string().trim().max(4000);
const owner = z.string().trim().max(200);
const currency = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as CNY');

export const initiativeParams = orgParams.extend({ initiativeId: z.uuid() });

export const initiativeCreateSchema = z
  .strictObject({
    /** A phase of the pack's roadmap (`roadmap_phases[].id`). */
    phaseId: packIdSchema,
    title,
    description: description.default(''),
    startsOn: programmeDate,
    endsOn: programmeDate,
    owner: owner.default(''),
    budget: budget.nullable().default(null),
    currency: currency.default('CNY'),
    quickWin: z.boolean().default(false),
    /** Component codes of ISO 37106 the initiative applies (e.g. B7). */
    componentCodes: componentCodes.default([]),
    /** The MMSSC characteristics it should lift, each to a level 1–5 (at most once each). */
    lifts: lifts.default([]),
  })
  .refine((v) => v.endsOn >= v.startsOn, { path: ['endsOn'], message: 'before startsOn' });

export const initiativeUpdateSchema = z
  .strictObject({
    phaseId: packIdSchema.optional(),
    title: title.optional(),
    description: description.optional(),
    startsOn: programmeDate.optional(),
    endsOn: programmeDate.optional(),
    owner: owner.optional(),
    budget: budget.nullable().optional(),
    currency: currency.optional(),
    quickWin: z.boolean().optional(),
    componentCodes: componentCodes.optional(),
    /** When given, replaces the whole set of lifts. */
    lifts: lifts.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to change' })
  .refine((v) => !v.startsOn || !v.endsOn || v.endsOn >= v.startsOn, {
    path: ['endsOn'],
    message: 'before startsOn',
  });

export type InitiativeCreateInput = z.output<typeof initiativeCreateSchema>;
export type InitiativeUpdateInput = z.output<typeof initiativeUpdateSchema>;

export const initiativeSchema = z
  .object({
    id: z.uuid(),
    phaseId: z.string(),
    title: z.string(),
    description: z.string(),
    startsOn: z.iso.date(),
    endsOn: z.iso.date(),
    owner: z.string(),
    /** Decimal string with two decimals, or null when not set. */
    budget: z.string().nullable(),
    currency: z.string(),
    quickWin: z.boolean(),
    componentCodes: z.array(z.string()),
    lifts: z.array(z.object({ characteristicId: z.string(), targetLevel: z.int() })),
    /** The benefit-map node that stands for it (deleted with it), if any. */
    benefitNodeId: z.uuid().nullable(),
    /** Send it back as `If-Match: "<version>"` to change the initiative. */
    version: z.int(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    updatedBy,
  })
  .meta({ id: 'RoadmapInitiative' });

export const initiativeConflictSchema = z
  .object({
    error: z.object({
      code: z.literal('roadmap-initiative-conflict'),
      message: z.string(),
      /** The initiative as stored now. */
      current: initiativeSchema,
    }),
  })
  .meta({ id: 'RoadmapInitiativeConflict' });

export const roadmapQuery = z.object({
  lang,
  /** The assessment to compare with (default: the latest submitted one). */
  assessmentId: z.uuid().optional(),
});

const span = z.object({ startsOn: z.iso.date(), endsOn: z.iso.date(), days: z.int() }).nullable();
const budgets = z.array(
  z.object({
    currency: z.string(),
    /** Exact decimal sum, two decimals (currencies are never added together). */
    total: z.string(),
    initiatives: z.int(),
  }),
);

const timelineSchema = z.object({
  phases: z.array(
    z.object({
      phaseId: z.string(),
      /** False for a phase id the pack no longer has. */
      inPack: z.boolean(),
      rows: z.array(
        z.object({
          initiativeId: z.uuid(),
          title: z.string(),
          startsOn: z.iso.date(),
          endsOn: z.iso.date(),
          /** Both ends included. */
          days: z.int(),
          quickWin: z.boolean(),
        }),
      ),
      span,
      budgets,
      quickWins: z.int(),
    }),
  ),
  span,
  budgets,
  unbudgeted: z.int(),
  quickWins: z.int(),
});

const comparedLevel = z.number().nullable();

export const roadmapComparisonSchema = z.object({
  /** The assessment's date + 2 years. */
  horizon: z.iso.date().nullable(),
  characteristics: z.array(
    z.object({
      characteristicId: z.string(),
      /** The assessment's official levels (consensus, or the median: may end in .5). */
      current: comparedLevel,
      target: comparedLevel,
      /** The highest level the roadmap's initiatives aim for. */
      roadmapLevel: comparedLevel,
      /** The highest level aimed for by initiatives ending within the horizon. */
      levelByHorizon: comparedLevel,
      status: z.enum(roadmapComparisonStatuses),
      alreadyReached: z.boolean(),
      initiatives: z.array(
        z.object({
          initiativeId: z.uuid(),
          title: z.string(),
          targetLevel: z.int(),
          endsOn: z.iso.date(),
          beyondHorizon: z.boolean(),
        }),
      ),
    }),
  ),
  counts: z.record(z.enum(roadmapComparisonStatuses), z.int()),
  initiativesBeyondHorizon: z.array(
    z.object({ initiativeId: z.uuid(), title: z.string(), endsOn: z.iso.date() }),
  ),
  unknownCharacteristics: z.array(z.string()),
});

export const roadmapSchema = z
  .object({
    /** The pack's phases in order (their focus and outputs: GET /api/v1/models/scom). */
    phases: z.array(z.object({ id: z.string(), number: z.int(), name: text })),
    initiatives: z.array(initiativeSchema),
    timeline: timelineSchema,
    /** The assessment compared with: `latest-submitted` by default, or `requested`. */
    assessment: z
      .object({
        id: z.uuid(),
        title: z.string(),
        date: z.iso.date(),
        status: z.enum(['draft', 'submitted']),
        method: z.enum(evidenceMethodIds),
        chosen: z.enum(['latest-submitted', 'requested']),
      })
      .nullable(),
    /** Null when there is no assessment to compare with. */
    comparison: roadmapComparisonSchema.nullable(),
  })
  .meta({ id: 'Roadmap' });

export const workbookQuery = z.object({ lang, assessmentId: z.uuid().optional() });
export const benefitsWorkbookQuery = z.object({ lang });
