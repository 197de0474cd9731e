/** Percentiles of timed runs, and the line each benchmark prints for them. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

export function report(name: string, times: readonly number[]): void {
  const ms = (p: number) => percentile(times, p).toFixed(1).padStart(6);
  process.stdout.write(`    ${name.padEnd(36)} p50 ${ms(0.5)} ms  p95 ${ms(0.95)} ms  max ${ms(1)} ms  (${times.length} runs)\n`);
}
