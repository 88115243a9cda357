import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../score-assessment.js';
import { scenario } from '../test-support/scenario.js';
import { tinyModel } from '../test-support/tiny-packs.js';
import { resultsJsonSchema } from './results-json-schema.js';
import { resultsCsv, resultsCsvColumns, resultsOpenData } from './results-open-data.js';
import { resultsDocumentSchema } from './results-schema.js';

const model = tinyModel();
const context = {
  city: { name: '示例市', name_en: 'Example, "City"', country: 'CN', region: null, kind: 'city' },
  assessment: {
    id: 'a-1',
    title: '2026 baseline',
    method: 'multi-stakeholder',
    date: '2026-11-01',
    status: 'submitted' as const,
    submitted_at: '2026-11-02T08:00:00.000Z',
    respondents: 4,
    audited: false,
  },
  generatedAt: '2026-11-03T00:00:00.000Z',
};
const document = resultsOpenData(model, scoreAssessment({ respondents: scenario }, model), context);

describe('resultsOpenData', () => {
  it('gives every characteristic in the model order with its official levels and statistics', () => {
    expect(document.characteristics.map((c) => c.id)).toEqual(['1.1.1', '1.1.2', '1.2.1', '2.1']);
    expect(document.characteristics[0]).toMatchObject({
      dimension: '1',
      subdimension: '1.1',
      current: 3,
      target: 3.5,
      gap: 0.5,
      basis: 'ratings',
      // Current ratings 1, 2, 4, 4: Q1 = 1.75, Q3 = 4; three of four within one level of 3.
      current_statistics: { n: 4, median: 3, iqr: 2.25, agreement: 0.75 },
    });
  });

  it('uses the consensus of a workshop as the official levels', () => {
    const score = scoreAssessment(
      { respondents: scenario, consensus: { '1.1.1': { current: 1, target: 2 } } },
      model,
    );
    const row = resultsOpenData(model, score, context).characteristics[0];
    expect([row?.current, row?.target, row?.basis, row?.current_statistics.median]).toEqual([
      1,
      2,
      'consensus',
      3,
    ]);
  });

  it('rolls up sub-dimensions, dimensions, groups and the whole model', () => {
    expect(document.dimensions.map((d) => d.id)).toEqual(['1', '2']);
    expect(document.subdimensions.map((s) => [s.id, s.dimension])).toEqual([
      ['1.1', '1'],
      ['1.2', '1'],
      ['2.1', '2'],
    ]);
    expect(document.rollup_groups.map((g) => g.id)).toEqual(['enablers', 'purposes']);
    expect(document.overall.characteristics).toBe(4);
  });

  it('is valid against its own schema', () => {
    expect(resultsDocumentSchema.safeParse(document).success).toBe(true);
  });
});

describe('resultsCsv', () => {
  const csv = resultsCsv(document);
  const lines = csv.slice(1).split('\r\n');

  it('starts with a UTF-8 byte order mark, so Excel reads the Chinese names', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('has a header and one row per characteristic, CRLF line ends', () => {
    expect(lines[0]).toBe(resultsCsvColumns.join(','));
    expect(lines).toHaveLength(1 + 4 + 1);
    expect(lines.at(-1)).toBe('');
  });

  it('writes ids, names in both languages, levels and statistics; empty for no value', () => {
    expect(lines[1]).toBe(
      '1.1.1,1,1.1,Vision one（中）,Vision one,3,3.5,0.5,ratings,3,4,0,2.25,0.75,3.5,4,0,1.25,0.75',
    );
    expect(lines[4]?.split(',').slice(0, 8)).toEqual([
      '2.1',
      '2',
      '2.1',
      'Well-being（中）',
      'Well-being',
      '2',
      '2',
      '0',
    ]);
  });

  it('leaves a value empty where there is none', () => {
    const one = [{ id: 'x', ratings: { '1.1.1': { current: 2, target: 3 } } }];
    const sparse = resultsCsv(
      resultsOpenData(model, scoreAssessment({ respondents: one }, model), context),
    );
    expect(sparse.split('\r\n')[4]).toBe(
      '2.1,2,2.1,Well-being（中）,Well-being,,,,ratings,,0,0,,,,0,0,,',
    );
  });

  it('quotes fields that hold a comma or a quote', () => {
    const named = resultsOpenData(
      model,
      scoreAssessment({ respondents: scenario }, model),
      context,
    );
    const first = named.characteristics[0];
    if (first) first.name = { zh: '甲，乙', en: 'A, "B"' };
    expect(resultsCsv(named)).toContain(',甲，乙,"A, ""B""",');
  });
});

describe('resultsJsonSchema', () => {
  it('matches the schema published in the repository (regenerate with npm run schemas)', async () => {
    const published = await readFile(
      new URL('../../../../schemas/results-1.schema.json', import.meta.url),
      'utf8',
    );
    expect(JSON.parse(published)).toEqual(resultsJsonSchema());
  });
});
