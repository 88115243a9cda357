import { init, use } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import { cellGridChartExtensions } from './cell-grid-extensions.js';
import { textColourOn } from './cell-grid-option.js';
import { contrastRatio } from './palette.js';
import {
  defaultStakeholderApproach,
  stakeholderApproachFills,
  stakeholderGridOption,
  stakeholderGridSize,
} from './stakeholder-grid-option.js';

describe('defaultStakeholderApproach', () => {
  it('follows the register rule of core on all nine cells', () => {
    const cells = [3, 2, 1].flatMap((influence) =>
      [1, 2, 3].map((interest) => defaultStakeholderApproach(influence, interest)),
    );
    expect(cells).toEqual([
      'keep-satisfied',
      'manage-closely',
      'manage-closely',
      'keep-satisfied',
      'keep-informed',
      'manage-closely',
      'monitor',
      'keep-informed',
      'keep-informed',
    ]);
  });
});

describe('stakeholderGridOption', () => {
  const input = {
    cells: [
      { influence: 3, interest: 3, count: 4 },
      { influence: 1, interest: 2, count: 2, approach: 'keep-informed' as const },
    ],
  };

  it('describes every cell with its count and approach, a given approach overriding the default', () => {
    const aria = stakeholderGridOption(input, 'en').aria as { label: { description: string } };
    expect([
      aria.label.description.includes(
        'Influence 3 high × Interest 3 high: 4 stakeholders: manage closely',
      ),
      aria.label.description.includes(
        'Influence 1 low × Interest 2 medium: 2 stakeholders: keep informed',
      ),
    ]).toEqual([true, true]);
  });

  it('draws 9 cells, high influence at the top', () => {
    const option = stakeholderGridOption(input, 'zh');
    expect([
      (option.series as { data: unknown[] }[])[0]?.data.length,
      (option.yAxis as { data: string[] }).data,
    ]).toEqual([9, ['3 高', '2 中', '1 低']]);
  });

  it('writes text on every approach fill at 4.5:1 or more', () => {
    expect(
      Object.values(stakeholderApproachFills).every(
        (f) => contrastRatio(textColourOn(f), f) >= 4.5,
      ),
    ).toBe(true);
  });

  it('renders the counts and the approaches', () => {
    use(cellGridChartExtensions);
    const chart = init(null, null, { renderer: 'svg', ssr: true, ...stakeholderGridSize(600) });
    chart.setOption(stakeholderGridOption(input, 'zh', { width: 600 }));
    const svg = chart.renderToSVGString();
    chart.dispose();
    expect([svg.includes('>4<'), svg.includes('重点管理')]).toEqual([true, true]);
  });
});
