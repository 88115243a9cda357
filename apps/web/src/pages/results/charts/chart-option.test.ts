import { scoreAssessment } from '@citymaturity/core';
import { indexMaturityModel, loadBundledPacks, type ModelIndex } from '@citymaturity/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChart, compactRadarWidth } from './chart-option.js';

let model: ModelIndex;
beforeAll(async () => {
  model = indexMaturityModel((await loadBundledPacks()).mmssc);
});

const scoreOf = (m: ModelIndex) =>
  scoreAssessment(
    {
      respondents: [
        {
          id: 'r',
          ratings: Object.fromEntries(
            m.characteristics.map((c) => [c.id, { current: 2, target: 3 }]),
          ),
        },
      ],
    },
    m,
  );

function axisNames(width: number): string[] {
  const { option } = buildChart({ kind: 'radar', score: scoreOf(model), model, lang: 'en' }, width);
  const radar = option.radar as { indicator: { name: string }[] };
  return radar.indicator.map((a) => a.name);
}

describe('buildChart', () => {
  it('names the radar axes "1.1 name" at full width', () => {
    expect(axisNames(720)[0]).toBe('1.1 City vision');
  });

  it('names the radar axes by number only on a narrow screen', () => {
    expect(axisNames(compactRadarWidth - 1).slice(0, 3)).toEqual(['1.1', '1.2', '1.3']);
  });

  it('gives the chart size for the width and the accessible description of the option', () => {
    const built = buildChart({ kind: 'gap', score: scoreOf(model), model, lang: 'en' }, 600);
    expect([built.size.width, built.description.startsWith('Gap chart')]).toEqual([600, true]);
  });
});
