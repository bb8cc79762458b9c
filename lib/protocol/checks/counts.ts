// Counts and metrics: every number a site showed, exact or as the range it stands for.
import { type Count, isMetric, type Metrics } from '@/lib/core/metrics';
import { fail, isRecord } from './basics';

/** Counts above this are not social-media numbers (the most-viewed YouTube video is ~1.6e10). */
export const MAX_COUNT = 1e12;

function bound(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > MAX_COUNT)
    fail(`${what} must be a whole number from 0 to ${MAX_COUNT}`);
  return v;
}

/** `{ value, min, max }` with min ≤ value ≤ max; max null for an open-ended count (`99+`). */
export function checkCount(x: unknown, what: string): Count {
  if (!isRecord(x)) fail(`${what} must be { value, min, max }`);
  const min = bound(x.min, `${what}.min`);
  const max = x.max === null ? null : bound(x.max, `${what}.max`);
  const value = x.value;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_COUNT)
    fail(`${what}.value must be a number from 0 to ${MAX_COUNT}`);
  if (value < min || (max !== null && value > max)) fail(`${what} must satisfy min ≤ value ≤ max`);
  return { value, min, max };
}

export function checkMetrics(x: unknown): Metrics {
  if (!isRecord(x)) fail('metrics must be an object');
  const out: Metrics = {};
  for (const [k, v] of Object.entries(x)) {
    if (!isMetric(k)) fail(`unknown metric ${JSON.stringify(k).slice(0, 40)}`);
    out[k] = checkCount(v, k);
  }
  if (Object.keys(out).length === 0) fail('metrics are empty: an unreadable post is never stored');
  return out;
}
