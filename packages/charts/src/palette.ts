/**
 * Colours of CityMaturity's charts. Taken from the Okabe–Ito palette, which stays distinguishable
 * with the common colour-vision deficiencies, and chosen so that every mark has a contrast of at
 * least 3:1 against a white background (WCAG 2.1, 1.4.11 non-text contrast). Colour is never the
 * only carrier of meaning: the charts also use symbols, line styles and labels.
 */
export const chartColors = {
  /** The current level: Okabe–Ito blue (5.2:1 on white). */
  current: '#0072B2',
  /** The level planned in two years: Okabe–Ito vermillion (3.9:1 on white). */
  target: '#D55E00',
  /** A planned decline (target below current): Okabe–Ito reddish purple (3.1:1 on white). */
  decline: '#CC79A7',
  /** Text and axis labels (12.6:1 on white). */
  text: '#333333',
  /** Grid lines and empty-cell borders (3.3:1 on white). */
  gridLine: '#8C8C8C',
  /** Text drawn on a filled current or planned mark. */
  onFill: '#FFFFFF',
  /** The chart background. */
  background: '#FFFFFF',
} as const;

/** Relative luminance of an sRGB colour given as `#rrggbb` (WCAG 2.1 definition). */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new RangeError(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => {
    const channel = parseInt(part, 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio (1–21) between two `#rrggbb` colours (WCAG 2.1 definition). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}
