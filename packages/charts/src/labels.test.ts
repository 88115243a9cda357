import type { ModelIndex } from '@citymaturity/model';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  characteristicLabel,
  chartText,
  formatLevel,
  levelLabel,
  subdimensionLabel,
  wrapLabel,
} from './labels.js';
import { bundledModel } from './test-support/scores.js';

let model: ModelIndex;
beforeAll(async () => {
  model = await bundledModel();
});

describe('chart labels', () => {
  it('names a characteristic "id name" in the chosen language', () => {
    expect([
      characteristicLabel(model, '1.1.1', 'zh'),
      characteristicLabel(model, '1.1.1', 'en'),
    ]).toEqual([
      '1.1.1 以目标为导向的城市愿景和战略',
      '1.1.1 Goal-oriented city vision and strategy',
    ]);
  });

  it('names a sub-dimension and a level from the pack', () => {
    expect([subdimensionLabel(model, '2.3', 'en'), levelLabel(model, 5, 'zh')]).toEqual([
      '2.3 Channels and access',
      '5 持续优化',
    ]);
  });

  it('rejects an unknown characteristic', () => {
    expect(() => characteristicLabel(model, '9.9.9', 'en')).toThrow(RangeError);
  });

  it('prints medians with at most one decimal', () => {
    expect([formatLevel(2.5), formatLevel(3), formatLevel(2.25)]).toEqual(['2.5', '3', '2.3']);
  });

  it('has the same wording keys in Chinese and English', () => {
    expect(Object.keys(chartText.zh).sort()).toEqual(Object.keys(chartText.en).sort());
  });
});

describe('wrapLabel', () => {
  it('wraps English between words', () => {
    expect(wrapLabel('2.2 Strengthening the city capabilities', 16)).toBe(
      '2.2\nStrengthening\nthe city\ncapabilities',
    );
  });

  it('wraps Chinese between characters, counting each as two units', () => {
    expect(wrapLabel('1.4 智慧采购和供应商管理', 12)).toBe('1.4 智慧采购\n和供应商管理');
  });

  it('leaves a label that fits on one line', () => {
    expect(wrapLabel('4.3 Resilience', 20)).toBe('4.3 Resilience');
  });
});
