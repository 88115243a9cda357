import { evidenceMethodIds } from '@citymaturity/model';
import { z } from 'zod';

/** The format tag of version 1 of the CityMaturity assessment exchange format. */
export const assessmentFormatTag = 'citymaturity/assessment@1';

// Custom messages are message codes ("cm:…"), localised by messages.ts; zod's own messages are
// localised with zod's locales. See parse-assessment.ts.
const text = z.string().trim().min(1);
const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: 'cm:id' });

/** A level 1–5, "unknown" (don't know), or null / absent (not answered yet). */
export const ratingValueSchema = z
  .union([z.literal('unknown'), z.int().min(1).max(5)], { error: 'cm:level' })
  .meta({
    description:
      'A maturity level 1–5, or "unknown" (don’t know) / 成熟度级别 1–5，或 unknown（不知道）',
  });

/**
 * An evidence file as the exchange format lists it: name, media type, size and SHA-256 of the
 * content, never the content itself (an import ignores it: the file stays with its platform).
 */
export const evidenceFileSchema = z.strictObject({
  name: text,
  media_type: text,
  size: z.int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** Evidence for a rating: plain text, or an object with text, http(s) links and the files listed. */
export const evidenceSchema = z.union(
  [
    text,
    z.strictObject({
      text: text.optional(),
      links: z.array(z.url({ protocol: /^https?$/, error: 'cm:link' })).optional(),
      files: z.array(evidenceFileSchema).optional().meta({
        description:
          'Evidence files by name, media type, size and SHA-256 (not imported) / 证据文件（名称、类型、大小、SHA-256；导入时忽略）',
      }),
    }),
  ],
  { error: 'cm:evidence' },
);

/** One respondent's rating of one characteristic: current level, level planned in two years, evidence. */
export const ratingSchema = z.strictObject({
  current: ratingValueSchema
    .nullable()
    .optional()
    .meta({ description: 'The level now; empty = not answered yet / 现在水平；留空表示尚未作答' }),
  target: ratingValueSchema
    .nullable()
    .optional()
    .meta({ description: 'The level planned in two years / 规划2年后的水平' }),
  evidence: evidenceSchema.optional().meta({
    description: 'Evidence for the rating: text, or { text, links, files } / 评级的证据',
  }),
});

const characteristicId = z.string().regex(/^\d+(\.\d+)*$/, { error: 'cm:characteristic-id' });

/** A respondent: an id, an optional name and stakeholder group, and ratings keyed by characteristic id. */
export const respondentSchema = z.strictObject({
  id,
  name: text.optional(),
  /** A standard stakeholder group id or one declared in the assessment's `groups`. */
  group: id.optional(),
  ratings: z
    .record(characteristicId, ratingSchema)
    .meta({ description: 'Ratings keyed by characteristic id, e.g. "1.1.1" / 按特征编号的评级' }),
});

/**
 * What a facilitated workshop agreed for one characteristic: the current level and the level
 * planned in two years (both given: an item reopened for discussion is not agreed, so it is not
 * written), why, and any dissent recorded.
 */
export const consensusItemSchema = z.strictObject({
  current: ratingValueSchema.meta({ description: 'The agreed level now / 商定的现在水平' }),
  target: ratingValueSchema.meta({
    description: 'The agreed level planned in two years / 商定的2年后规划水平',
  }),
  rationale: text.optional().meta({ description: 'Why the workshop agreed it / 商定理由' }),
  dissent: text.optional().meta({ description: 'Dissent recorded / 记录的不同意见' }),
});

/** A stakeholder group of the organisation's own, declared in the assessment. */
export const groupDeclarationSchema = z.strictObject({
  id,
  name: text,
  name_en: text.optional(),
});

/** Version 1 of the CityMaturity assessment exchange format (JSON or YAML). */
export const assessmentSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z
    .literal(assessmentFormatTag, { error: 'cm:format' })
    .meta({ description: 'The format and its version / 格式及版本' }),
  /** Id of the maturity-model pack, e.g. "mmssc". */
  model: id,
  /** Version of the pack the ratings were given against (informative). */
  model_version: text.optional(),
  city: z.strictObject({
    name: text,
    name_en: text.optional(),
    country: text.optional(),
    region: text.optional(),
  }),
  title: text.optional(),
  method: z
    .enum(evidenceMethodIds, { error: 'cm:method' })
    .meta({ description: 'Evidence-gathering method (ISO/TS 37107 5.1) / 评估信息收集方法' }),
  date: z.iso
    .date({ error: 'cm:date' })
    .meta({ description: 'Date of the assessment, YYYY-MM-DD / 评估日期' }),
  /** The organisation's own stakeholder groups, beyond the standard ones. */
  groups: z.array(groupDeclarationSchema).optional(),
  respondents: z.array(respondentSchema).min(1, { error: 'cm:no-respondents' }),
  /**
   * The consensus of a facilitated workshop (`method: facilitated-workshop` only), keyed by
   * characteristic id: the official result of such an assessment. Absent when nothing was agreed.
   */
  consensus: z.record(characteristicId, consensusItemSchema).optional().meta({
    description:
      'A facilitated workshop’s agreed levels, keyed by characteristic id / 引导式研讨会的共识，按特征编号',
  }),
  notes: text.optional(),
});

/** A validated assessment in the exchange format. */
export type AssessmentDocument = z.infer<typeof assessmentSchema>;
/** A rating as the exchange format writes it. */
export type RatingDocument = z.infer<typeof ratingSchema>;
/** A respondent as the exchange format writes it. */
export type RespondentDocument = z.infer<typeof respondentSchema>;
/** A consensus item of a facilitated workshop as the exchange format writes it. */
export type ConsensusItemDocument = z.infer<typeof consensusItemSchema>;
