// On histories with no effect at all, "beyond noise" must stay as rare as stated: Benjamini–Hochberg at
// 5 % over every finding of a run means at most about 1 run in 20 shows any false finding. Many random
// histories, each seeded, so the count is the same on every run of the test.
import { describe, expect, it } from 'vitest';
import { FALSE_FINDING_RATE } from '@/lib/insights/config';
import { insightsFor } from '@/lib/insights/insights';
import { endOf, history } from './synthetic';

describe('false findings on random histories', () => {
  it('at most the stated rate of histories with no effect shows any "beyond noise" finding', () => {
    const runs = 200;
    let withFinding = 0;
    let tested = 0;
    for (let seed = 1; seed <= runs; seed++) {
      const posts = history({
        seed: 7919 * seed,
        perWeek: seed % 2 ? (_w, r) => 1 + Math.floor(r() * 9) : undefined,
      });
      const { findings } = insightsFor(posts, { now: endOf(posts), timeZone: 'Europe/Berlin' });
      tested += findings.filter((f) => f.p !== null).length;
      if (findings.some((f) => f.verdict === 'beyond noise')) withFinding++;
    }
    // Every kind was tested many times over: about 45 groups a history.
    expect(tested / runs).toBeGreaterThan(35);
    // The stated 5 %, plus two standard deviations of a count of 200 runs (√(200 · 0.05 · 0.95) ≈ 3.1).
    expect(FALSE_FINDING_RATE).toBe(0.05);
    expect(withFinding).toBeLessThanOrEqual(runs * FALSE_FINDING_RATE + 2 * Math.sqrt(runs * 0.05 * 0.95));
  });
});
