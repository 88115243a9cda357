import { describe, expect, it } from 'vitest';
import {
  alphaReading,
  formatAlpha,
  formatDate,
  formatGap,
  formatMedian,
  formatRollup,
  formatShare,
  joinList,
  abbreviateList,
  colon,
  inBrackets,
  noValue,
  textLanguage,
} from './format.js';

describe('textLanguage', () => {
  it('maps English to en and anything else to zh', () => {
    expect([textLanguage('en'), textLanguage('zh'), textLanguage('zh-CN')]).toEqual([
      'en',
      'zh',
      'zh',
    ]);
  });
});

describe('formatMedian', () => {
  it('writes whole and half levels without trailing zeros', () => {
    expect([formatMedian(3, 'en'), formatMedian(2.5, 'zh')]).toEqual(['3', '2.5']);
  });

  it('writes a dash for a missing median', () => {
    expect([formatMedian(null, 'en'), formatMedian(undefined, 'zh')]).toEqual([noValue, noValue]);
  });
});

describe('formatRollup', () => {
  it('always writes one decimal', () => {
    expect([formatRollup(2, 'en'), formatRollup(3.35, 'en'), formatRollup(2.2, 'zh')]).toEqual([
      '2.0',
      '3.4',
      '2.2',
    ]);
  });

  it('writes a dash when nothing was rolled up', () => {
    expect(formatRollup(null, 'en')).toBe(noValue);
  });
});

describe('formatGap', () => {
  it('signs a planned rise with a plus', () => {
    expect([formatGap(2, 'en'), formatGap(1.5, 'en'), formatGap(1.1, 'en', 'rollup')]).toEqual([
      '+2',
      '+1.5',
      '+1.1',
    ]);
  });

  it('signs a planned decline with a true minus sign', () => {
    expect([formatGap(-0.5, 'en'), formatGap(-1, 'zh', 'rollup')]).toEqual(['−0.5', '−1.0']);
  });

  it('writes no sign for no change, and a dash when there is no gap', () => {
    expect([formatGap(0, 'en'), formatGap(0, 'en', 'rollup'), formatGap(null, 'en')]).toEqual([
      '0',
      '0.0',
      noValue,
    ]);
  });
});

describe('formatShare', () => {
  it('writes a whole percentage', () => {
    expect([formatShare(0.75, 'en'), formatShare(1, 'zh'), formatShare(0.667, 'en')]).toEqual([
      '75%',
      '100%',
      '67%',
    ]);
  });

  it('writes a dash for a missing share', () => {
    expect(formatShare(null, 'en')).toBe(noValue);
  });
});

describe('formatAlpha and alphaReading', () => {
  it('writes alpha to three decimals, with a minus sign when negative', () => {
    expect([formatAlpha(0.8, 'en'), formatAlpha(-0.05, 'en'), formatAlpha(null, 'zh')]).toEqual([
      '0.800',
      '−0.050',
      noValue,
    ]);
  });

  it('reads alpha by Krippendorff’s thresholds', () => {
    expect([0.8, 0.799, 0.667, 0.666, -0.1, null].map(alphaReading)).toEqual([
      'high',
      'moderate',
      'moderate',
      'low',
      'low',
      'undefined',
    ]);
  });
});

describe('formatDate', () => {
  it('writes a calendar date in the language, without moving it to another day', () => {
    expect([formatDate('2026-10-15', 'en'), formatDate('2026-01-01', 'zh')]).toEqual([
      '15 October 2026',
      '2026年1月1日',
    ]);
  });

  it('returns text that is not a calendar date unchanged', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
  });
});

describe('joinList', () => {
  it('joins with the Chinese enumeration comma or an English comma', () => {
    expect([joinList(['a', 'b'], 'zh'), joinList(['a', 'b'], 'en')]).toEqual(['a、b', 'a, b']);
  });
});

describe('abbreviateList', () => {
  const more = (rest: number) => `+${rest}`;

  it('joins a short list whole', () => {
    expect(abbreviateList(['a', 'b'], 'en', 3, more)).toBe('a, b');
  });

  it('keeps the first items of a long list and says how many more there are', () => {
    expect([
      abbreviateList(['a', 'b', 'c', 'd'], 'en', 2, more),
      abbreviateList(['a', 'b', 'c', 'd'], 'zh', 3, more),
    ]).toEqual(['a, b +2', 'a、b、c+1']);
  });
});

describe('inBrackets and colon', () => {
  it('uses full-width punctuation in Chinese and ASCII in English', () => {
    expect([inBrackets('x', 'zh'), inBrackets('x', 'en'), colon('zh'), colon('en')]).toEqual([
      '（x）',
      '(x)',
      '：',
      ': ',
    ]);
  });
});
