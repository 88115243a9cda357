/**
 * Rounds half away from zero to `decimals` places, without the binary floating-point surprises
 * of `Math.round(x * 10) / 10` (which turns 2.15 into 2.1).
 */
export function roundTo(value: number, decimals: number): number {
  const sign = value < 0 ? -1 : 1;
  const shifted = Math.round(Number(`${String(Math.abs(value))}e${String(decimals)}`));
  return sign * Number(`${String(shifted)}e-${String(decimals)}`);
}
