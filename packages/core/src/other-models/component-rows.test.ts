import { indexMaturityModel, type ModelIndex } from '@citymaturity/model';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../score-assessment.js';
import type { RatingValue } from '../scoring/tally.js';
import { tinyModel, tinyOperatingModel } from '../test-support/tiny-packs.js';
import { characteristicComponentLinks } from './component-links.js';
import { characteristicLinkRows, componentLinkRows } from './component-rows.js';

const ops = tinyOperatingModel();

/** The tiny model, with 1.2.1 also linked to B2 (so that B2 has two characteristics). */
function model(): ModelIndex {
  const tiny = tinyModel();
  return indexMaturityModel({
    ...tiny.pack,
    component_links: [
      ...(tiny.pack.component_links ?? []),
      { target: '1.2', components: ['B2'], source: { doc: 'test', ref: '3' } },
    ],
  });
}

function results(
  m: ModelIndex,
  ratings: Record<string, { current: RatingValue; target: RatingValue }>,
) {
  return scoreAssessment({ respondents: [{ id: 'r1', ratings }] }, m).characteristics;
}

describe('characteristicLinkRows', () => {
  const m = model();
  const links = characteristicComponentLinks(m, ops);
  const rows = characteristicLinkRows(
    m,
    results(m, { '1.1.1': { current: 2, target: 4 }, '1.2.1': { current: 3, target: 3 } }),
    links,
  );

  it('groups the characteristics by dimension, in model order', () => {
    expect(rows.map((d) => [d.dimension, d.rows.map((r) => r.characteristic)])).toEqual([
      ['1', ['1.1.1', '1.1.2', '1.2.1']],
      ['2', ['2.1']],
    ]);
  });

  it('gives each characteristic its levels, gap and linked components', () => {
    const row = rows[0]?.rows[0];
    expect([row?.current, row?.target, row?.gap, row?.components.map((c) => c.code)]).toEqual([
      2,
      4,
      2,
      ['V1'],
    ]);
  });

  it('leaves the levels of an unrated characteristic empty', () => {
    const row = rows[0]?.rows[1];
    expect([row?.current, row?.target, row?.gap]).toEqual([null, null, null]);
  });
});

describe('componentLinkRows', () => {
  const m = model();
  const links = characteristicComponentLinks(m, ops);

  it('counts the linked characteristics below level 3 and names the weakest', () => {
    const rows = componentLinkRows(
      m,
      results(m, {
        '1.1.1': { current: 2, target: 3 },
        '1.1.2': { current: 2, target: 3 },
        '1.2.1': { current: 4, target: 4 },
        '2.1': { current: 1, target: 2 },
      }),
      links,
      { operatingModel: ops },
    );
    const v1 = rows.find((r) => r.component === 'V1');
    const b2 = rows.find((r) => r.component === 'B2');
    expect([
      v1?.belowThreshold,
      v1?.weakest.map((w) => w.characteristic),
      b2?.belowThreshold,
      b2?.weakest.map((w) => w.characteristic),
    ]).toEqual([2, ['1.1.1', '1.1.2'], 1, ['2.1']]);
  });

  it('counts a median of 2.5 as below level 3', () => {
    const score = scoreAssessment(
      {
        respondents: [
          { id: 'r1', ratings: { '1.1.1': { current: 2, target: 3 } } },
          { id: 'r2', ratings: { '1.1.1': { current: 3, target: 3 } } },
        ],
      },
      m,
    );
    const v1 = componentLinkRows(m, score.characteristics, links).find((r) => r.component === 'V1');
    expect([v1?.characteristics[0]?.current, v1?.belowThreshold]).toEqual([2.5, 1]);
  });

  it('counts unrated characteristics apart, and names no weakest when none is rated', () => {
    const rows = componentLinkRows(m, {}, links, { operatingModel: ops });
    const v1 = rows.find((r) => r.component === 'V1');
    expect([v1?.belowThreshold, v1?.unrated, v1?.weakest]).toEqual([0, 2, []]);
  });

  it('puts the components with the most characteristics below the threshold first', () => {
    const rows = componentLinkRows(
      m,
      results(m, {
        '1.1.1': { current: 3, target: 3 },
        '1.1.2': { current: 2, target: 3 },
        '1.2.1': { current: 1, target: 4 },
        '2.1': { current: 2, target: 2 },
      }),
      links,
      { operatingModel: ops },
    );
    // B2: 1.2.1 (1) and 2.1 (2) → 2 below; V1: 1 below, lowest 2; B1: 1 below, lowest 2 → pack order.
    expect(rows.map((r) => [r.component, r.belowThreshold])).toEqual([
      ['B2', 2],
      ['V1', 1],
      ['B1', 1],
    ]);
  });

  it('takes another threshold when asked', () => {
    const rows = componentLinkRows(
      m,
      results(m, { '1.1.1': { current: 3, target: 3 }, '1.1.2': { current: 4, target: 4 } }),
      links,
      { threshold: 4 },
    );
    expect(rows.find((r) => r.component === 'V1')?.belowThreshold).toBe(1);
  });
});
