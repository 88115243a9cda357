import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { assessmentJsonSchema } from './assessment-json-schema.js';

describe('assessmentJsonSchema', () => {
  it('matches the schema published in the repository (regenerate with npm run schemas)', async () => {
    const published = await readFile(
      new URL('../../../../schemas/assessment-1.schema.json', import.meta.url),
      'utf8',
    );
    expect(JSON.parse(published)).toEqual(assessmentJsonSchema());
  });

  it('constrains levels to 1–5 or "unknown"', () => {
    const text = JSON.stringify(assessmentJsonSchema());
    expect(text).toContain('"const":"unknown"');
    expect(text).toContain('"minimum":1');
    expect(text).toContain('"maximum":5');
  });
});
