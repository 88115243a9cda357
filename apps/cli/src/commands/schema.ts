import { assessmentJsonSchema, resultsJsonSchema } from '@citymaturity/core';
import { exitCodes } from '../cli-error.js';
import type { Output } from '../output.js';

/**
 * `citymaturity schema [--format assessment|results]`: the JSON Schema of the assessment exchange
 * format (default) or of the open-data results format.
 */
export function schemaCommand(
  out: Output,
  format: 'assessment' | 'results' = 'assessment',
): number {
  const schema = format === 'results' ? resultsJsonSchema() : assessmentJsonSchema();
  out.stdout(JSON.stringify(schema, null, 2));
  return exitCodes.ok;
}
