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

/** A component of the operating model (e.g. B7 smart city roadmap) with its recommendations and links. */
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

/** A statement of an implementation principle: its lead-in and items. */
export const principleStatementSchema = z.strictObject({
  /** The lead-in ("the city needs …"). */
  lead: localizedTextSchema,
  items: z.array(localizedTextSchema).min(1),
});

/** An implementation principle (ISO 37106 Annex A). */
export const implementationPrincipleSchema = z.strictObject({
  id: nonEmpty,
  name: localizedTextSchema,
  clause: nonEmpty,
  statements: z.array(principleStatementSchema).min(1),
  source: sourceSchema,
  notes: notesSchema,
});

/** A statement of the key success factor checklist. */
export const checklistStatementSchema = z.strictObject({
  id: nonEmpty,
  text: localizedTextSchema,
  /** True where the pack's editors wrote the statement from a sub-factor name (the source has none). */
  derived: z.boolean(),
  notes: notesSchema,
});

/** A sub-factor of a key success factor and its checklist statements. */
export const subFactorSchema = z.strictObject({
  id: nonEmpty,
  name: localizedTextSchema,
  checklist: z.array(checklistStatementSchema).min(1),
  source: sourceSchema,
  notes: notesSchema,
});

/** A key success factor (ISO 37106 clause 8 and Annex B). */
export const keySuccessFactorSchema = z.strictObject({
  id: nonEmpty,
  number: z.int().min(1),
  name: localizedTextSchema,
  subfactors: z.array(subFactorSchema).min(1),
  source: sourceSchema,
  notes: notesSchema,
});

/** A policy product of the interoperability matrix and the components that guide it. */
export const policyProductSchema = z.strictObject({
  name: localizedTextSchema,
  /** Component or part codes that guide this policy product. */
  tags: z.array(componentCode).min(1),
  notes: notesSchema,
});

/** The smart city interoperability matrix: areas × interoperability dimensions (ISO 37106 figure 5). */
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

/** A phase of the smart city roadmap (ISO 37106 6.9.2). */
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

/** A type of stakeholder (ISO 37106 6.5.2). */
export const stakeholderTypeSchema = z.strictObject({
  id: nonEmpty,
  name: localizedTextSchema,
  description: localizedTextSchema,
  examples: z.array(localizedTextSchema).min(1),
  source: sourceSchema,
  notes: notesSchema,
});

/** A row of the traditional → smart procurement table (ISO 37106 6.6.2). */
export const procurementRowSchema = z.strictObject({
  number: z.int().min(1),
  traditional: localizedTextSchema,
  smart: localizedTextSchema,
  smart_items: z.array(localizedTextSchema).optional(),
  notes: notesSchema,
});

/** A key governance change of the smart city operating model (ISO 37106:2021 table 1). */
export const governanceChangeSchema = z.strictObject({
  id: nonEmpty,
  way_of_working: localizedTextSchema,
  name: localizedTextSchema,
  description: localizedTextSchema,
  source: sourceSchema,
  notes: notesSchema,
});

/** A purpose of sustainable cities and what it includes (ISO 37106 6.3 table 1). */
export const purposeSchema = z.strictObject({
  id: nonEmpty,
  name: localizedTextSchema,
  includes: z.array(localizedTextSchema).min(1),
  /** The MMSSC characteristic that rates this purpose. */
  mmssc_characteristic: nonEmpty.optional(),
  source: sourceSchema,
  notes: notesSchema,
});

/** A "smart" quality cities put in their visions (ISO 37106 6.3 table 2). */
export const visionQualitySchema = z.strictObject({
  id: nonEmpty,
  name: localizedTextSchema,
  notes: notesSchema,
});

/** A feature of the shift to a smart city operating model (ISO 37106 4.1). */
export const operatingModelShiftSchema = z.strictObject({
  id: nonEmpty,
  text: localizedTextSchema,
  items: z.array(localizedTextSchema).optional(),
  source: sourceSchema,
  notes: notesSchema,
});

/** The schema of an operating-model pack (such as ISO 37106). */
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

/** A validated operating-model pack (such as ISO 37106). */
export type OperatingModelPack = z.infer<typeof operatingModelPackSchema>;
/** A component of the operating model with its recommendations. */
export type Component = z.infer<typeof componentSchema>;
/** A recommendation of a component. */
export type Recommendation = z.infer<typeof recommendationSchema>;
/** A key success factor with its sub-factors and checklist. */
export type KeySuccessFactor = z.infer<typeof keySuccessFactorSchema>;
