import { z } from 'zod';

/** The format tag of version 1 of the open-data results format. */
export const resultsFormatTag = 'citymaturity/results@1';

const level = z.number().min(1).nullable();
const text = z.string();
const localized = z.strictObject({ zh: text, en: text });

/** Statistics of one measure of one characteristic over the respondents who gave a level. */
const measureStatisticsSchema = z
  .strictObject({
    n: z.int().min(0).meta({ description: 'Number of level ratings / 给出级别的评分数' }),
    unknown: z.int().min(0).meta({ description: '"Don’t know" answers / “不知道”的数量' }),
    missing: z.int().min(0).meta({ description: 'Respondents without an answer / 未作答人数' }),
    median: level.meta({ description: 'Median level (x.5 possible) / 中位数' }),
    mean: level,
    min: level,
    max: level,
    iqr: z.number().min(0).nullable().meta({
      description: 'Interquartile range (Excel QUARTILE.INC) / 四分位距',
    }),
    agreement: z.number().min(0).max(1).nullable().meta({
      description: 'Share of ratings within one level of the median / 与中位数相差不超过一级的比例',
    }),
  })
  .meta({ description: 'Statistics of the individual ratings / 个人评分的统计' });

/** One characteristic's official result and the statistics of its ratings. */
const characteristicSchema = z.strictObject({
  id: text,
  dimension: text,
  subdimension: text,
  name: localized,
  current: level.meta({ description: 'Official current level / 官方现在水平' }),
  target: level.meta({ description: 'Official level planned in two years / 官方2年后规划水平' }),
  gap: z.number().nullable().meta({ description: 'target − current / 差距' }),
  basis: z.enum(['ratings', 'consensus']).meta({
    description:
      'Whether the official levels are the medians of the ratings or a workshop’s consensus / 官方级别来源：评分中位数或研讨会共识',
  }),
  current_statistics: measureStatisticsSchema,
  target_statistics: measureStatisticsSchema,
});

/** A roll-up: the mean of the official levels of its characteristics, one decimal. */
const rollupSchema = z.strictObject({
  id: text,
  name: localized,
  current: level,
  target: level,
  gap: z.number().nullable(),
  characteristics: z.int().min(0),
});

/**
 * Version 1 of the open-data results format: an assessment's official results per characteristic
 * and roll-up, with the statistics behind them (no respondent's own answers).
 */
export const resultsDocumentSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(resultsFormatTag),
  model: z.strictObject({ id: text, version: text, standard: text }),
  city: z.strictObject({
    name: text,
    name_en: text,
    country: text,
    region: text.nullable(),
    kind: text,
  }),
  assessment: z.strictObject({
    id: text,
    title: text,
    method: text,
    date: z.iso.date(),
    status: z.enum(['draft', 'submitted']),
    submitted_at: z.string().nullable(),
    respondents: z.int().min(0),
    audited: z.boolean().meta({
      description: 'An external audit statement was issued on it / 已出具外部审核声明',
    }),
  }),
  generated_at: z.string().meta({ description: 'When this document was made (UTC) / 生成时间' }),
  overall: rollupSchema.omit({ id: true, name: true }),
  rollup_groups: z.array(rollupSchema),
  dimensions: z.array(rollupSchema),
  subdimensions: z.array(rollupSchema.extend({ dimension: text })),
  characteristics: z.array(characteristicSchema),
});

/** A results document in the open-data format `citymaturity/results@1`. */
export type ResultsDocument = z.infer<typeof resultsDocumentSchema>;
/** One characteristic of a results document. */
export type ResultsCharacteristic = ResultsDocument['characteristics'][number];
