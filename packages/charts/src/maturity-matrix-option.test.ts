import type { ModelIndex } from '@citymaturity/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { maturityMatrixOption, type MaturityMatrixOption } from './maturity-matrix-option.js';
import { bundledModel, scoreOf } from './test-support/scores.js';

let model: ModelIndex;
beforeAll(async () => {
  model = await bundledModel();
});

interface CategoryAxis {
  data: string[];
  inverse?: boolean;
}
const axis = (option: MaturityMatrixOption, which: 'xAxis' | 'yAxis') =>
  option[which] as unknown as CategoryAxis;
const title = (option: MaturityMatrixOption) => option.title as { text: string; subtext: string };
const tooltip = (option: MaturityMatrixOption) =>
  option.tooltip as { formatter: (params: { dataIndex: number }) => string };

describe('maturityMatrixOption', () => {
  it('has one row per characteristic, "id name", in model order from the top', () => {
    const y = axis(maturityMatrixOption(scoreOf(model, [{}]), model, 'en'), 'yAxis');
    expect([y.data.length, y.data[0], y.data[31], y.inverse]).toEqual([
      32,
      '1.1.1 Goal-oriented city vision and strategy',
      '4.6 Well-being',
      true,
    ]);
  });

  it('has one column per level, named from the pack', () => {
    expect(axis(maturityMatrixOption(scoreOf(model, [{}]), model, 'zh'), 'xAxis').data).toEqual([
      '1 初始',
      '2 部分实现',
      '3 实现',
      '4 改善',
      '5 持续优化',
    ]);
  });

  it('draws 32 × 5 cells', () => {
    const series = maturityMatrixOption(scoreOf(model, [{}]), model, 'en').series as {
      data: unknown[];
    }[];
    expect(series[0]?.data).toHaveLength(160);
  });

  it('states the legend in words under the matrix, symbols included', () => {
    const t = title(maturityMatrixOption(scoreOf(model, [{}]), model, 'en'));
    expect([
      t.text.includes('● } reached now'),
      t.text.includes('○ } planned within 2 years'),
    ]).toEqual([true, true]);
  });

  it('explains half-level medians', () => {
    expect(title(maturityMatrixOption(scoreOf(model, [{}]), model, 'zh')).subtext).toContain(
      '中位数介于两级之间',
    );
  });

  it('describes a cell in its tooltip: level, state and both medians', () => {
    // Two respondents: current 2 and 3 → median 2.5; target 4. Cell of 1.1.1 at level 3 = index 2.
    const score = scoreOf(model, [
      { ratings: { '1.1.1': [2, 4] } },
      { ratings: { '1.1.1': [3, 4] } },
    ]);
    expect(tooltip(maturityMatrixOption(score, model, 'en')).formatter({ dataIndex: 2 })).toBe(
      '<strong>1.1.1 Goal-oriented city vision and strategy</strong><br>3 Implemented: ◐ half reached now, the rest planned<br>Current level: 2.5<br>Planned in 2 years: 4',
    );
  });
});
