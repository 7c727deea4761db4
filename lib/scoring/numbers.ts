/** One decimal, as scores are stored and compared. */
export const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Arithmetic mean, independent of the order of the values: a floating-point sum depends on its
 * order, and a last-digit difference can tip round1 either way (62.449999… vs 62.45), so the same
 * respondents in another order gave another score. The values are summed in ascending order.
 */
export function mean(values: readonly number[]): number {
  if (!values.length) throw new Error("mean of no values");
  return [...values].sort((a, b) => a - b).reduce((a, b) => a + b, 0) / values.length;
}
