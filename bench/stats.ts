/** Median and spread of a set of measurements. */
export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
  p90: number;
}

/** Summarises samples, ignoring NaN (a measurement that did not happen). */
export function summarize(samples: readonly number[]): Summary {
  const sorted = samples.filter((s) => !Number.isNaN(s)).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
  return { n: sorted.length, median, min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN, p90: at(0.9) };
}
