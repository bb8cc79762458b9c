// sameMetrics must agree with metricsSignature, which the content script and retention rely on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Count, METRICS, type Metrics, metricsSignature, sameMetrics } from '@/lib/core/metrics';

const count: fc.Arbitrary<Count> = fc
  .tuple(fc.nat(5), fc.nat(3), fc.nat(3))
  .map(([value, below, above]) => ({ value, min: value - below, max: value + above }));
const metrics: fc.Arbitrary<Metrics> = fc.record(
  Object.fromEntries(METRICS.map((m) => [m, count])) as Record<(typeof METRICS)[number], fc.Arbitrary<Count>>,
  { requiredKeys: [] },
);

describe('sameMetrics', () => {
  it('agrees with comparing signatures', () => {
    // Small ranges make equal pairs common enough to test both answers.
    fc.assert(
      fc.property(metrics, metrics, (a, b) => {
        expect(sameMetrics(a, b)).toBe(metricsSignature(a) === metricsSignature(b));
      }),
      { numRuns: 2000 },
    );
  });

  it('tells a changed bound apart, and a missing count from a zero', () => {
    const a = { likes: { value: 5, min: 5, max: 5 } };
    expect(sameMetrics(a, { likes: { value: 5, min: 5, max: 5 } })).toBe(true);
    expect(sameMetrics(a, { likes: { value: 5, min: 4, max: 5 } })).toBe(false);
    expect(sameMetrics({}, { likes: { value: 0, min: 0, max: 0 } })).toBe(false);
  });
});
