import { assessmentJsonSchema } from '@citymaturity/core';
import { exitCodes } from '../cli-error.js';
import type { Output } from '../output.js';

/** `citymaturity schema`: the JSON Schema of the assessment exchange format. */
export function schemaCommand(out: Output): number {
  out.stdout(JSON.stringify(assessmentJsonSchema(), null, 2));
  return exitCodes.ok;
}
