/** p50/p95/p99 of a sample, rounded to 0.01. */
export function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted.length === 0
      ? NaN
      : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return { p50: round(at(50)), p95: round(at(95)), p99: round(at(99)) };
}

export const round = (x: number, places = 2) => Math.round(x * 10 ** places) / 10 ** places;

/** JavaScript heap and array buffers in use after a full collection (with --expose-gc). */
export function heapBytes(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}
