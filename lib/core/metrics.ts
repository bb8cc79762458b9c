// The canonical metric names every site adapter maps its counts onto.
export const METRICS = ['likes', 'comments', 'shares', 'quotes', 'saves', 'views'] as const;
export type Metric = (typeof METRICS)[number];

/**
 * A count as read from a page: exact when min === max === value, else the range the text stands for.
 * `max` is null for an open-ended count (`99+`, `10K+`): at least `min`, with no known ceiling; its
 * value is then `min`, the only number the page stands behind.
 */
export interface Count {
  value: number;
  min: number;
  max: number | null;
}

export type Metrics = Partial<Record<Metric, Count>>;

export function exactCount(n: number): Count {
  return { value: n, min: n, max: n };
}

export function isMetric(x: unknown): x is Metric {
  return typeof x === 'string' && (METRICS as readonly string[]).includes(x);
}

/** Whether two readings show the same counts (metricsSignature(a) === metricsSignature(b), without building strings). */
export function sameMetrics(a: Metrics, b: Metrics): boolean {
  for (const k of METRICS) {
    const x = a[k];
    const y = b[k];
    if (x === y) continue;
    if (!x || !y || x.value !== y.value || x.min !== y.min || x.max !== y.max) return false;
  }
  return true;
}

/** A stable text form, so a content script can tell a changed post from an unchanged one cheaply. */
export function metricsSignature(m: Metrics): string {
  return METRICS.map((k) => {
    const c = m[k];
    return c ? `${c.value}:${c.min}:${c.max}` : '-';
  }).join('|');
}
