/**
 * Rounds half away from zero to `decimals` places, without the binary floating-point surprises
 * of `Math.round(x * 10) / 10` (which turns 2.15 into 2.1).
 */
export function roundTo(value: number, decimals: number): number {
  const sign = value < 0 ? -1 : 1;
  // Fast path (roll-ups of thousands of cities call this a lot): away from a tie, scaling in
  // binary rounds the same way as scaling the decimal text, and dividing a whole number by an
  // exact power of ten gives the same double as parsing it; ties and large values take the text.
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  if (decimals >= 0 && decimals <= 15 && scaled < 1e8) {
    const fraction = scaled - Math.floor(scaled);
    if (Math.abs(fraction - 0.5) > 1e-6) return sign * (Math.round(scaled) / factor);
  }
  const shifted = Math.round(Number(`${String(Math.abs(value))}e${String(decimals)}`));
  return sign * Number(`${String(shifted)}e-${String(decimals)}`);
}
