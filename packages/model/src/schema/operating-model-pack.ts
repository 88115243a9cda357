import { z } from 'zod';
import {
  localizedTextSchema,
  nonEmpty,
  notesSchema,
  packMetaFields,
  sourceSchema,
} from './common.js';

const componentCode = z.string().regex(/^[A-Z]\d*$/, 'component code such as A, B7 or C2');

/** A recommendation (an item of a "建议" list), possibly with sub-items. */
export const recommendationSchema = z.strictObject({
  /** Stable id, e.g. "B4.b". */
  id: nonEmpty,
  text: localizedTextSchema,
  items: z.array(localizedTextSchema).optional(),
  notes: notesSchema,
});

/** The four parts of the operating model: A principles, B processes, C benefits, D success factors. */
export const partSchema = z.strictObject({
  code: componentCode,
  name: localizedTextSchema,
  clause: nonEmpty,
  source: sourceSchema,
  notes: notesSchema,
});

/** The three areas of city-wide processes, shared with MMSSC dimensions 1–3. */
export const areaSchema = z.strictObject({
  id: nonEmpty,
  name: localizedTextSchema,
  clause: nonEmpty,
  /** Codes of the components in this area. */
  components: z.array(componentCode).min(1),
  /** The MMSSC dimension covering the same area. */
  mmssc_dimension: nonEmpty.optional(),
  source: sourceSchema,
  notes: notesSchema,
});

export const componentSchema = z.strictObject({
  code: componentCode,
  part: componentCode,
  area: nonEmpty.optional(),
  name: localizedTextSchema,
  /** Clause of the body text (consultation draft numbering, same as GB/T 41150—2021). */
  clause: nonEmpty,
  /** Number of the summary in 4.3 that the draft uses for cross-references (4.3.x). */
  summary_clause: nonEmpty,
  /** What the component is for, in one or two sentences from its background and need. */
  summary: localizedTextSchema,
  recommendations: z.array(recommendationSchema).min(1),
  /** Codes of the components its "关联" (links) clause names. */
  related: z.array(componentCode).optional(),
  source: sourceSchema,
  notes: notesSchema,
});

export const principleStatementSchema = z.strictObject({
  /** The lead-in ("the city needs …"). */
  lead: localizedTextSchema,
  items: z.array(localizedTextSchema).min(1),
});

export const implementationPrincipleSchema = z.strictObject({
  id: nonEmpty,
  name: localizedTextSchema,
  clause: nonEmpty,
  statements: z.array(principleStatementSchema).min(1),
  source: sourceSchema,
  notes: notesSchema,
});

export const checklistStatementSchema = z.strictObject({
  id: nonEmpty,
  text: localizedTextSchema,
  /** True where the pack's editors wrote the statement from a sub-factor name (the source has none). */
  derived: z.boolean(),
  notes: notesSchema,
});

export const subFactorSchema = z.strictObject({
  id: nonEmpty,
  name: localizedTextSchema,
  checklist: z.array(checklistStatementSchema).min(1),
  source: sourceSchema,
  notes: notesSchema,
});

export const keySuccessFactorSchema = z.strictObject({
  id: nonEmpty,
  number: z.int().min(1),
  name: localizedTextSchema,
  subfactors: z.array(subFactorSchema).min(1),
  source: sourceSchema,
  notes: notesSchema,
});

export const policyProductSchema = z.strictObject({
  name: localizedTextSchema,
  /** Component or part codes that guide this policy product. */
  tags: z.array(componentCode).min(1),
  notes: notesSchema,
});

export const interoperabilityMatrixSchema = z.strictObject({
  dimensions: z.array(z.strictObject({ id: nonEmpty, name: localizedTextSchema })).min(1),
  cells: z
    .array(
      z.strictObject({
        area: nonEmpty,
        dimension: nonEmpty,
        /** Empty where the standard's matrix cell is empty. */
        products: z.array(policyProductSchema),
        notes: notesSchema,
      }),
    )
    .min(1),
  source: sourceSchema,
  notes: notesSchema,
});

export const roadmapPhaseSchema = z.strictObject({
  id: nonEmpty,
  number: z.int().min(1),
  name: localizedTextSchema,
  focus: localizedTextSchema,
  /** Outputs the phase produces, where the standard lists them. */
  outputs: z.array(localizedTextSchema).optional(),
  source: sourceSchema,
  notes: notesSchema,
});

export const stakeholderTypeSchema = z.strictObject({
  id: nonEmpty,
  name: localizedTextSchema,
  description: localizedTextSchema,
  examples: z.array(localizedTextSchema).min(1),
  source: sourceSchema,
  notes: notesSchema,
});

export const procurementRowSchema = z.strictObject({
  number: z.int().min(1),
  traditional: localizedTextSchema,
  smart: localizedTextSchema,
  smart_items: z.array(localizedTextSchema).optional(),
  notes: notesSchema,
});

export const governanceChangeSchema = z.strictObject({
  id: nonEmpty,
  way_of_working: localizedTextSchema,
  name: localizedTextSchema,
  description: localizedTextSchema,
  source: sourceSchema,
  notes: notesSchema,
});

export const purposeSchema = z.strictObject({
  id: nonEmpty,
  name: localizedTextSchema,
  includes: z.array(localizedTextSchema).min(1),
  /** The MMSSC characteristic that rates this purpose. */
  mmssc_characteristic: nonEmpty.optional(),
  source: sourceSchema,
  notes: notesSchema,
});

export const visionQualitySchema = z.strictObject({
  id: nonEmpty,
  name: localizedTextSchema,
  notes: notesSchema,
});

export const operatingModelShiftSchema = z.strictObject({
  id: nonEmpty,
  text: localizedTextSchema,
  items: z.array(localizedTextSchema).optional(),
  source: sourceSchema,
  notes: notesSchema,
});

export const operatingModelPackSchema = z.strictObject({
  meta: z.strictObject({ ...packMetaFields, kind: z.literal('operating-model') }),
  parts: z.array(partSchema).min(1),
  areas: z.array(areaSchema).min(1),
  components: z.array(componentSchema).min(1),
  implementation_principles: z.array(implementationPrincipleSchema).optional(),
  key_success_factors: z.array(keySuccessFactorSchema).optional(),
  interoperability_matrix: interoperabilityMatrixSchema.optional(),
  roadmap_phases: z.array(roadmapPhaseSchema).optional(),
  stakeholder_types: z.array(stakeholderTypeSchema).optional(),
  procurement_transformation: z
    .strictObject({
      rows: z.array(procurementRowSchema).min(1),
      source: sourceSchema,
      notes: notesSchema,
    })
    .optional(),
  governance_changes: z.array(governanceChangeSchema).optional(),
  purposes: z.array(purposeSchema).optional(),
  vision_qualities: z
    .strictObject({
      qualities: z.array(visionQualitySchema).min(1),
      note: localizedTextSchema.optional(),
      source: sourceSchema,
    })
    .optional(),
  operating_model_shift: z.array(operatingModelShiftSchema).optional(),
});

export type OperatingModelPack = z.infer<typeof operatingModelPackSchema>;
export type Component = z.infer<typeof componentSchema>;
export type Recommendation = z.infer<typeof recommendationSchema>;
export type KeySuccessFactor = z.infer<typeof keySuccessFactorSchema>;
