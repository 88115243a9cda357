import { z } from 'zod';
import { assessmentFormatTag, assessmentSchema } from './assessment-schema.js';

/** The public identifier of the published JSON Schema of the exchange format. */
export const assessmentJsonSchemaId = 'urn:citymaturity:schema:assessment:1';

/**
 * The JSON Schema (draft 2020-12) of the `citymaturity/assessment@1` exchange format, generated
 * from the zod schema that validates it, so the two cannot drift apart. Published in the
 * repository as `schemas/assessment-1.schema.json`.
 */
export function assessmentJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(assessmentSchema, { target: 'draft-2020-12', io: 'input' });
  return {
    $schema: generated.$schema,
    $id: assessmentJsonSchemaId,
    title: `CityMaturity assessment (${assessmentFormatTag})`,
    description:
      'A smart sustainable city maturity assessment: for each respondent, the current level and the level planned in two years (1–5 or "unknown") of each characteristic of a maturity model pack such as mmssc (ISO/TS 37107).',
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}
