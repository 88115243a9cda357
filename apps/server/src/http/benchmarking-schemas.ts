import {
  consentProblem,
  consortiumSharingChoices,
  populationBandIds,
  type ConsortiumConsentInput,
} from '@citymaturity/core';
import { evidenceMethodIds } from '@citymaturity/model';
import { z } from 'zod';
import { orgParams, organisationKindSchema } from './schemas.js';

// Request and response schemas of benchmarking consortia.

const isoDateTime = z.iso.datetime({ offset: true });
const text = z.object({ zh: z.string(), en: z.string() });
const sharingSchema = z.enum(consortiumSharingChoices);
const bandSchema = z.enum([...populationBandIds, 'unknown']);

export const consortiumParams = orgParams.extend({ consortiumId: z.uuid() });
export const consortiumMemberParams = consortiumParams.extend({ memberId: z.uuid() });
export const shareParams = consortiumParams.extend({ assessmentId: z.uuid() });

/** A consortium as it is created. */
export const consortiumInputSchema = z.strictObject({
  nameZh: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000).default(''),
  /** Aggregates of a peer group are shown only where at least this many cities have a value (2–100). */
  minPeerCities: z.int().min(2).max(100).default(5),
});

/** Changes to a consortium (any of its fields). */
export const consortiumUpdateSchema = z.strictObject({
  nameZh: z.string().trim().min(1).max(200).optional(),
  nameEn: z.string().trim().min(1).max(200).optional(),
  description: z.string().trim().max(5000).optional(),
  minPeerCities: z.int().min(2).max(100).optional(),
});

/** A consortium as the organisation running it sees it. */
export const consortiumSchema = z
  .object({
    id: z.uuid(),
    nameZh: z.string(),
    nameEn: z.string(),
    description: z.string(),
    minPeerCities: z.int(),
    memberCount: z.int(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: 'Consortium' });

/** The join code, shown only in the response that made it (only its SHA-256 is stored). */
export const joinCodeSchema = z.object({ joinCode: z.string() });

export const consortiumCreatedSchema = z.object({
  consortium: consortiumSchema,
  joinCode: z.string(),
});

/** A member city as the consortium's organiser sees it: who it is and what it agreed to; no results. */
export const consortiumMemberForOwnerSchema = z.object({
  organisationId: z.uuid(),
  nameZh: z.string(),
  nameEn: z.string(),
  country: z.string(),
  region: z.string().nullable(),
  populationBand: bandSchema,
  kind: organisationKindSchema,
  sharing: sharingSchema,
  named: z.boolean(),
  contactable: z.boolean(),
  joinedAt: isoDateTime,
  /** Number of assessments it shares. */
  shares: z.int(),
});

export const consortiumDetailSchema = consortiumSchema
  .extend({ members: z.array(consortiumMemberForOwnerSchema) })
  .meta({ id: 'ConsortiumDetail' });

const consentFields = {
  /** What the city shares: `consensus` (workshop consensus or audited) or `audited` only. */
  sharing: sharingSchema,
  /** The city may be named beside its figures (in "learn from"). */
  named: z.boolean(),
  /** Peers may contact the city about characteristics where it reached level 4 or 5. */
  contactable: z.boolean(),
  /** Who peers contact (required when contactable). */
  contactName: z.string().trim().max(200).nullable(),
  contactEmail: z.email().max(320).nullable(),
};

/** Adds an issue naming the contact field a contactable consent lacks (the core's rule). */
function checkConsent(consent: ConsortiumConsentInput, ctx: z.RefinementCtx) {
  const problem = consentProblem(consent);
  if (problem) ctx.addIssue({ code: 'custom', path: [problem], message: 'required' });
}

/** Joining a consortium: its code and the city's consent. */
export const joinInputSchema = z
  .strictObject({
    code: z.string().trim().min(1).max(100),
    sharing: sharingSchema.default('consensus'),
    named: z.boolean().default(false),
    contactable: z.boolean().default(false),
    contactName: consentFields.contactName.default(null),
    contactEmail: consentFields.contactEmail.default(null),
  })
  .superRefine(checkConsent);

/** Changing the consent (the fields given; the whole must still be complete). */
export const consentUpdateSchema = z.strictObject({
  sharing: sharingSchema.optional(),
  named: z.boolean().optional(),
  contactable: z.boolean().optional(),
  contactName: consentFields.contactName.optional(),
  contactEmail: consentFields.contactEmail.optional(),
});

export const consentSchema = z.object(consentFields);

/** A membership of the city in a consortium: the consortium, who runs it, the city's consent. */
export const consortiumMembershipSchema = z
  .object({
    consortium: z.object({
      id: z.uuid(),
      nameZh: z.string(),
      nameEn: z.string(),
      description: z.string(),
      minPeerCities: z.int(),
      memberCount: z.int(),
      owner: z.object({ id: z.uuid(), nameZh: z.string(), nameEn: z.string() }),
    }),
    consent: consentSchema,
    joinedAt: isoDateTime,
  })
  .meta({ id: 'ConsortiumMembership' });

/** A submitted assessment of the city and whether it is, or may be, shared. */
export const shareableAssessmentSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  date: z.iso.date(),
  method: z.enum(evidenceMethodIds),
  modelId: z.string(),
  /** An external audit statement was issued on it. */
  audited: z.boolean(),
  /** When it was shared with the consortium; null when it is not shared. */
  sharedAt: isoDateTime.nullable(),
  /** Why it may not be shared under the current consent (null: it may). */
  refusal: z.enum(['not-submitted', 'not-eligible']).nullable(),
});

export const consortiumMembershipDetailSchema = consortiumMembershipSchema
  .extend({ assessments: z.array(shareableAssessmentSchema) })
  .meta({ id: 'ConsortiumMembershipDetail' });

export const consentChangedSchema = consortiumMembershipSchema.extend({
  /** Assessments withdrawn because the new consent no longer covers them. */
  withdrawn: z.array(z.uuid()),
});

export const consortiaListSchema = z.object({
  /** Consortia the organisation runs. */
  owned: z.array(consortiumSchema),
  /** Consortia the organisation is a member of. */
  joined: z.array(consortiumMembershipSchema),
});

export const shareSchema = z.object({
  assessmentId: z.uuid(),
  modelId: z.string(),
  date: z.iso.date(),
  audited: z.boolean(),
  sharedAt: isoDateTime,
});

/** The peer group of a comparison and the assessment compared. */
export const comparisonQuerySchema = z.object({
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  region: z.string().trim().min(1).max(200).optional(),
  band: bandSchema.optional(),
  kind: organisationKindSchema.optional(),
  /** The city's shared assessment to compare (default: its latest). */
  assessment: z.uuid().optional(),
  /** Peers by their latest share assessed on or before this date (default: their latest). */
  asOf: z.iso.date().optional(),
});

const measureSchema = z
  .discriminatedUnion('suppressed', [
    z.object({
      /** Fewer cities than the threshold have a value: nothing about the peers is given. */
      suppressed: z.literal(true),
      city: z.number().nullable(),
    }),
    z.object({
      suppressed: z.literal(false),
      city: z.number().nullable(),
      n: z.int(),
      median: z.number(),
      q1: z.number(),
      q3: z.number(),
      percentileRank: z.number().nullable(),
      distribution: z.record(z.string(), z.int()),
    }),
  ])
  .meta({ id: 'PeerMeasure' });

const peerItemSchema = z.object({ current: measureSchema, target: measureSchema });

const learnFromSchema = z.object({
  /** Only when the city agreed to be named. */
  name: text.nullable(),
  contact: z.object({ name: z.string(), email: z.string() }),
  level: z.int(),
});

export const comparisonSchema = z
  .object({
    consortium: z.object({
      id: z.uuid(),
      nameZh: z.string(),
      nameEn: z.string(),
      minPeerCities: z.int(),
    }),
    assessment: z.object({
      id: z.uuid(),
      title: z.string(),
      date: z.iso.date(),
      modelId: z.string(),
      modelVersion: z.string(),
      audited: z.boolean(),
      sharedAt: isoDateTime,
    }),
    peerGroup: z.object({
      filter: z.object({
        country: z.string().nullable(),
        region: z.string().nullable(),
        band: bandSchema.nullable(),
        kind: organisationKindSchema.nullable(),
      }),
      asOf: z.iso.date().nullable(),
      /** Cities in the group, the city itself included. */
      size: z.int(),
      minPeerCities: z.int(),
    }),
    /**
     * The countries and regions of the member cities that can be peers (a share of the model, as of
     * the date): what `country` and `region` may be. Values only, sorted; no count per value.
     */
    filterValues: z.object({
      countries: z.array(z.string()),
      regions: z.array(z.object({ country: z.string(), region: z.string() })),
    }),
    characteristics: z.record(
      z.string(),
      peerItemSchema.extend({
        learnFrom: z.array(learnFromSchema),
        learnFromTotal: z.int(),
      }),
    ),
    subdimensions: z.record(z.string(), peerItemSchema),
    dimensions: z.record(z.string(), peerItemSchema),
    rollupGroups: z.record(z.string(), peerItemSchema),
    overall: peerItemSchema,
  })
  .meta({ id: 'PeerComparison' });
