import { z } from 'zod';
import {
  localizedTextSchema,
  nonEmpty,
  notesSchema,
  packMetaFields,
  sourceSchema,
} from './common.js';

/** Ids of the model's structure: "1", "1.1", "1.1.1"; purposes use two parts ("4.1"). */
const dottedId = z.string().regex(/^\d+(\.\d+)*$/, 'dotted numeric id such as 1.2.3');
const levelNumber = z.int().min(1).max(5);

/** A criterion: what a characteristic looks like at one maturity level. */
export const criterionSchema = localizedTextSchema.extend({
  /** The level whose criteria this one includes ("in addition to level N"): criteria are cumulative. */
  builds_on: levelNumber.optional(),
  notes: notesSchema,
});

/** A characteristic: id, names, type, provenance and its criteria at every level. */
export const characteristicSchema = z.strictObject({
  id: dottedId,
  name: localizedTextSchema,
  /** Id of the characteristic type whose generic level descriptions apply (table 2 of ISO/TS 37107). */
  type: nonEmpty,
  source: sourceSchema,
  /** Criteria keyed by level number, one for every level of the pack. */
  levels: z.record(z.string().regex(/^[1-5]$/), criterionSchema),
  notes: notesSchema,
});

/** A sub-dimension and its characteristics. */
export const subdimensionSchema = z.strictObject({
  id: dottedId,
  name: localizedTextSchema,
  source: sourceSchema,
  characteristics: z.array(characteristicSchema).min(1),
  notes: notesSchema,
});

/** A dimension and its sub-dimensions. */
export const dimensionSchema = z.strictObject({
  id: dottedId,
  name: localizedTextSchema,
  description: localizedTextSchema.optional(),
  source: sourceSchema,
  subdimensions: z.array(subdimensionSchema).min(1),
  notes: notesSchema,
});

/** A maturity level: its number and name (and the other names sources use for it). */
export const levelSchema = z.strictObject({
  level: levelNumber,
  name: localizedTextSchema,
  /** Other names the sources use for the same level. */
  variants: z.array(localizedTextSchema).optional(),
  source: sourceSchema,
  notes: notesSchema,
});

/** A characteristic type and its generic description of every level (ISO/TS 37107 table 2). */
export const characteristicTypeSchema = z.strictObject({
  id: nonEmpty,
  name: localizedTextSchema,
  /** Generic description of each level for characteristics of this type. */
  descriptions: z.record(z.string().regex(/^[1-5]$/), localizedTextSchema),
  source: sourceSchema,
  notes: notesSchema,
});

/** A named group of dimensions rolled up together (e.g. the smart enablers, dimensions 1–3). */
export const rollupGroupSchema = z.strictObject({
  id: nonEmpty,
  name: localizedTextSchema,
  dimensions: z.array(dottedId).min(1),
  source: sourceSchema,
  notes: notesSchema,
});

/** A design principle of the model (ISO/TS 37107 table 1). */
export const designPrincipleSchema = z.strictObject({
  id: nonEmpty,
  number: z.int().min(1),
  name: localizedTextSchema,
  description: localizedTextSchema,
  source: sourceSchema,
  notes: notesSchema,
});

/** Ids of the evidence-gathering methods, also used by the assessment exchange format. */
export const evidenceMethodIds = [
  'single-stakeholder',
  'multi-stakeholder',
  'facilitated-workshop',
  'multi-city-benchmark',
  'external-audit',
] as const;
/** Id of an evidence-gathering method. */
export type EvidenceMethodId = (typeof evidenceMethodIds)[number];

/** A way of gathering evidence for an assessment, with its relative cost and confidence (ISO/TS 37107 5.1). */
export const evidenceMethodSchema = z.strictObject({
  id: z.enum(evidenceMethodIds),
  /** Position on the standard's scale of rising cost and confidence (1 = lowest). */
  rank: z.int().min(1),
  name: localizedTextSchema,
  description: localizedTextSchema,
  /** The explanation in the journal paper's table 2, when it adds to the standard. */
  paper_description: localizedTextSchema.optional(),
  relative_cost: z.enum(['lowest', 'low', 'medium', 'high', 'highest']),
  relative_confidence: z.enum(['lowest', 'low', 'medium', 'high', 'highest']),
  source: sourceSchema,
  notes: notesSchema,
});

/** A passage of a source document quoted word for word, with where it stands. */
export const quoteSchema = z.strictObject({
  text: localizedTextSchema,
  source: sourceSchema,
  notes: notesSchema,
});

/** A stage of the improvement process and how the model helps at it. */
export const improvementStageSchema = z.strictObject({
  id: nonEmpty,
  number: z.int().min(1),
  name: localizedTextSchema,
  how_the_model_helps: localizedTextSchema,
  /** Passages of the standard that say what this stage draws on, quoted where it is done. */
  quotes: z.array(quoteSchema).optional(),
  source: sourceSchema,
  notes: notesSchema,
});

/** A document a city can use to improve (ISO/TS 37107 table 3). */
export const improvementDocumentSchema = z.strictObject({
  id: nonEmpty,
  designation: nonEmpty,
  /** The international designation where the Chinese text cites a national adoption. */
  international: nonEmpty.optional(),
  description: localizedTextSchema,
  source: sourceSchema,
  notes: notesSchema,
});

/** One row item of Annex B: a supporting document for a dimension or sub-dimension. */
export const supportingDocumentSchema = z.strictObject({
  text: localizedTextSchema,
  /** Designations of the standards cited. */
  standards: z.array(nonEmpty).min(1),
  /** Codes of guidance-pack components (ISO 37106) the item cites. */
  components: z.array(nonEmpty).optional(),
  notes: notesSchema,
});

/** The supporting documents of one dimension or sub-dimension (ISO/TS 37107 Annex B). */
export const supportingDocumentsEntrySchema = z.strictObject({
  /** A dimension or sub-dimension id. */
  target: dottedId,
  items: z.array(supportingDocumentSchema).min(1),
  source: sourceSchema,
  notes: notesSchema,
});

/** A link from a dimension, sub-dimension or characteristic to guidance-pack components not cited in Annex B. */
export const componentLinkSchema = z.strictObject({
  target: dottedId,
  components: z.array(nonEmpty).min(1),
  source: sourceSchema,
  notes: notesSchema,
});

/** Another maturity model the model connects to (ISO/TS 37107 table 4). */
export const otherModelSchema = z.strictObject({
  id: nonEmpty,
  name: localizedTextSchema,
  /** The standard's wording of which part of this model it connects to. */
  interconnection: localizedTextSchema,
  /** Ids of the dimensions, sub-dimensions or characteristics it connects to. */
  targets: z.array(dottedId).min(1),
  how_to_use: z.array(localizedTextSchema).min(1),
  /** Number of levels of the other model. */
  level_count: z.int().min(1),
  /** How the other model's levels relate to this model's levels, where the standard says. */
  level_mapping: z
    .array(
      z.strictObject({
        id: nonEmpty,
        name: localizedTextSchema,
        description: localizedTextSchema,
        approximate_level: levelNumber,
      }),
    )
    .optional(),
  level_note: localizedTextSchema.optional(),
  source: sourceSchema,
  notes: notesSchema,
});

/** A local-government function of ISO 18091 (table and number). */
export const externalFunctionSchema = z.strictObject({
  table: nonEmpty,
  number: z.int().min(1),
  name: localizedTextSchema,
  notes: notesSchema,
});

/** Annex C: a purpose (dimension 4 characteristic or sub-dimension) → ISO 18091 local-government functions. */
export const functionLinkSchema = z.strictObject({
  target: dottedId,
  functions: z.array(externalFunctionSchema).min(1),
  source: sourceSchema,
  notes: notesSchema,
});

/** The schema of a maturity-model pack (such as MMSSC). */
export const maturityModelPackSchema = z.strictObject({
  meta: z.strictObject({
    ...packMetaFields,
    kind: z.literal('maturity-model'),
    /** Id of the pack whose components the guidance links point to. */
    guidance_pack: nonEmpty.optional(),
  }),
  levels: z.array(levelSchema).min(2).max(5),
  characteristic_types: z.array(characteristicTypeSchema).min(1),
  dimensions: z.array(dimensionSchema).min(1),
  rollup_groups: z.array(rollupGroupSchema).optional(),
  design_principles: z.array(designPrincipleSchema).optional(),
  evidence_methods: z.array(evidenceMethodSchema).optional(),
  improvement_stages: z.array(improvementStageSchema).optional(),
  improvement_documents: z.array(improvementDocumentSchema).optional(),
  supporting_documents: z.array(supportingDocumentsEntrySchema).optional(),
  component_links: z.array(componentLinkSchema).optional(),
  other_models: z.array(otherModelSchema).optional(),
  function_links: z.array(functionLinkSchema).optional(),
});

/** A validated maturity-model pack. */
export type MaturityModelPack = z.infer<typeof maturityModelPackSchema>;
/** A dimension of a maturity model. */
export type Dimension = z.infer<typeof dimensionSchema>;
/** A sub-dimension of a maturity model. */
export type Subdimension = z.infer<typeof subdimensionSchema>;
/** A characteristic of a maturity model. */
export type Characteristic = z.infer<typeof characteristicSchema>;
/** The criterion of one level of a characteristic. */
export type Criterion = z.infer<typeof criterionSchema>;
/** A characteristic type with its generic level descriptions. */
export type CharacteristicType = z.infer<typeof characteristicTypeSchema>;
/** A maturity level. */
export type Level = z.infer<typeof levelSchema>;
/** A group of dimensions that results are rolled up by. */
export type RollupGroup = z.infer<typeof rollupGroupSchema>;
/** Another maturity model linked to the model. */
export type OtherModel = z.infer<typeof otherModelSchema>;
/** The supporting documents of a dimension or sub-dimension. */
export type SupportingDocumentsEntry = z.infer<typeof supportingDocumentsEntrySchema>;
/** A purpose and its ISO 18091 functions. */
export type FunctionLink = z.infer<typeof functionLinkSchema>;
/** An evidence-gathering method. */
export type EvidenceMethod = z.infer<typeof evidenceMethodSchema>;
/** A passage of a source document quoted word for word. */
export type Quote = z.infer<typeof quoteSchema>;
