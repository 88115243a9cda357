import { z } from 'zod';
import { resultsDocumentSchema, resultsFormatTag } from './results-schema.js';

/** The public identifier of the published JSON Schema of the open-data results format. */
export const resultsJsonSchemaId = 'urn:citymaturity:schema:results:1';

/**
 * The JSON Schema (draft 2020-12) of the open-data results format `citymaturity/results@1`,
 * generated from the zod schema that describes it. Published in the repository as
 * `schemas/results-1.schema.json`.
 */
export function resultsJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(resultsDocumentSchema, { target: 'draft-2020-12', io: 'input' });
  return {
    $schema: generated.$schema,
    $id: resultsJsonSchemaId,
    title: `CityMaturity results (${resultsFormatTag})`,
    description:
      'The results of a smart sustainable city maturity assessment as open data: for each characteristic of the maturity model (e.g. mmssc, ISO/TS 37107) the official current level and the level planned in two years, the gap and the statistics of the ratings behind them, and every roll-up (sub-dimensions, dimensions, groups, overall). No respondent’s own answers.',
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}
