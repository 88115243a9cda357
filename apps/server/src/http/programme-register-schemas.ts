import { engagementLevels, gridStrategies } from '@citymaturity/core';
import type { OperatingModelPack } from '@citymaturity/model';
import { z } from 'zod';
import { longText, packIdSchema, shortText, title } from './programme-reviews-schemas.js';
import { orgParams, updatedBySchema } from './schemas.js';

// Request and response schemas of the programme office's stakeholder register (ISO 37106 6.5.2).

const isoDateTime = z.iso.datetime({ offset: true });
const level = z.int().min(1).max(3);

export const stakeholderParams = orgParams.extend({ stakeholderId: z.uuid() });

/** The inputs of a stakeholder, its type checked against the pack's stakeholder types. */
export function stakeholderInputSchemas(pack: OperatingModelPack) {
  const typeId = packIdSchema(
    (pack.stakeholder_types ?? []).map((t) => t.id),
    'A stakeholder type of the ISO 37106 pack: promoters, investors, implementers, consumers or external',
  );
  return {
    create: z.strictObject({
      name: title,
      typeId,
      affiliation: shortText,
      /** 1 low, 2 medium, 3 high. */
      influence: level.default(2),
      interest: level.default(2),
      /** The IAP2 spectrum: inform … empower. */
      engagementLevel: z.enum(engagementLevels).default('consult'),
      /** How, how often and by whom the stakeholder is engaged. */
      engagementPlan: longText,
      contact: shortText,
    }),
    change: z.strictObject({
      name: title.optional(),
      typeId: typeId.optional(),
      affiliation: z.string().trim().max(200).optional(),
      influence: level.optional(),
      interest: level.optional(),
      engagementLevel: z.enum(engagementLevels).optional(),
      engagementPlan: z.string().trim().max(4_000).optional(),
      contact: z.string().trim().max(200).optional(),
    }),
  };
}

export const stakeholderSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    typeId: z.string(),
    affiliation: z.string(),
    influence: z.number().int(),
    interest: z.number().int(),
    engagementLevel: z.enum(engagementLevels),
    engagementPlan: z.string(),
    contact: z.string(),
    /** What the influence × interest grid suggests for the stakeholder's cell. */
    strategy: z.enum(gridStrategies),
    /** Engaged less closely than the cell calls for (e.g. only informed, but to manage closely). */
    underEngaged: z.boolean(),
    /** How many of the city's principles the stakeholder agreed (removed with the stakeholder). */
    principleAgreements: z.number().int(),
    version: z.number().int(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    updatedBy: updatedBySchema,
  })
  .meta({ id: 'ProgrammeStakeholder' });

export const stakeholderRegisterSchema = z
  .object({
    stakeholders: z.array(stakeholderSchema),
    summary: z.object({
      total: z.number().int(),
      /** Every stakeholder type of the pack, in its order. */
      byType: z.array(z.object({ typeId: z.string(), count: z.number().int() })),
      /** The nine cells, influence high to low, then interest low to high. */
      grid: z.array(
        z.object({
          influence: z.number().int(),
          interest: z.number().int(),
          strategy: z.enum(gridStrategies),
          count: z.number().int(),
          stakeholderIds: z.array(z.uuid()),
        }),
      ),
      underEngaged: z.array(z.uuid()),
    }),
  })
  .meta({ id: 'ProgrammeStakeholderRegister' });
