import { describe, expect, it } from 'vitest';
import { chartColors, contrastRatio, relativeLuminance } from './palette.js';

describe('contrastRatio', () => {
  it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect([contrastRatio('#000000', '#FFFFFF'), contrastRatio('#0072B2', '#0072b2')]).toEqual([
      21, 1,
    ]);
  });

  it('rejects a colour that is not #rrggbb', () => {
    expect(() => relativeLuminance('blue')).toThrow(RangeError);
  });
});

describe('chartColors', () => {
  it('gives every mark at least 3:1 against the white background (WCAG 1.4.11)', () => {
    const marks = [
      chartColors.current,
      chartColors.target,
      chartColors.decline,
      chartColors.gridLine,
    ];
    expect(marks.map((c) => contrastRatio(c, chartColors.background) >= 3)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('gives text at least 4.5:1 against the background', () => {
    expect(contrastRatio(chartColors.text, chartColors.background)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps symbols on filled cells at least 3:1 against the fill', () => {
    expect(
      Math.min(
        contrastRatio(chartColors.onFill, chartColors.current),
        contrastRatio(chartColors.onFill, chartColors.target),
      ),
    ).toBeGreaterThanOrEqual(3);
  });
});
