/** The statistics the browser benchmarks share. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** p50 of `measured[i] − floor[i]`: samples taken side by side, so drift over the run cancels. */
export function medianPairedDifference(
  measured: readonly number[],
  floor: readonly number[],
): number {
  const pairs = Math.min(measured.length, floor.length);
  return median(Array.from({ length: pairs }, (_, i) => (measured[i] ?? 0) - (floor[i] ?? 0)));
}

/**
 * Two standard errors of a p50 of paired differences, from their spread (median absolute
 * deviation, scaled to a standard deviation; a median's standard error is ≈ 1.25 σ / √n): how far
 * from 0 the p50 can land when the two sides do not differ at all.
 */
export function noiseOfMedianDifference(
  measured: readonly number[],
  floor: readonly number[],
): number {
  const pairs = Math.min(measured.length, floor.length);
  const differences = Array.from({ length: pairs }, (_, i) => (measured[i] ?? 0) - (floor[i] ?? 0));
  const center = median(differences);
  const mad = median(differences.map((d) => Math.abs(d - center)));
  return (2 * 1.2533 * 1.4826 * mad) / Math.sqrt(Math.max(pairs, 1));
}
