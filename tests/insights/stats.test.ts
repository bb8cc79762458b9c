// The statistics under every finding: the t distribution against published tables, Welch's interval,
// the Benjamini–Hochberg procedure on its paper's own example, and permutation p-values that are
// exact on clear cases and hold their rate on random data.
import { describe, expect, it } from 'vitest';
import { slope, welch } from '@/lib/insights/compare';
import { benjaminiHochberg } from '@/lib/insights/correction';
import { betaRegularized, lnGamma, tCritical, tTwoSided } from '@/lib/insights/distributions';
import { permutationP, slopePermutationP } from '@/lib/insights/permutation';
import { gauss, rng } from './synthetic';

describe('the t distribution', () => {
  it('ln Γ matches known values', () => {
    expect(lnGamma(1)).toBeCloseTo(0, 12);
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(lnGamma(10)).toBeCloseTo(Math.log(362880), 10);
    expect(lnGamma(0.25)).toBeCloseTo(1.2880225246980774, 10);
  });

  it('the incomplete beta function matches its binomial sum', () => {
    // I_0.4(2, 3) = Σ_{j=2..4} C(4, j) 0.4^j 0.6^(4−j)
    expect(betaRegularized(2, 3, 0.4)).toBeCloseTo(6 * 0.16 * 0.36 + 4 * 0.064 * 0.6 + 0.0256, 12);
    expect(betaRegularized(2, 3, 0)).toBe(0);
    expect(betaRegularized(2, 3, 1)).toBe(1);
  });

  it.each([
    [1, 12.706205],
    [4, 2.776445],
    [8, 2.306004],
    [10, 2.228139],
    [30, 2.042272],
    [1000, 1.962339],
  ])('t₀.₉₇₅ with %i degrees of freedom is %f (published tables)', (df, t) => {
    expect(tCritical(0.95, df)).toBeCloseTo(t, 5);
    expect(tTwoSided(t, df)).toBeCloseTo(0.05, 6);
  });

  it('gives the two-sided tail of a t statistic', () => {
    expect(tTwoSided(2, 10)).toBeCloseTo(0.07338803, 7);
    expect(tTwoSided(-2, 10)).toBeCloseTo(0.07338803, 7);
    expect(tTwoSided(0, 5)).toBeCloseTo(1, 12);
  });
});

describe('comparisons on log scores', () => {
  it("Welch's interval: equal spreads and sizes give Student's (df 8)", () => {
    const e = welch([1, 2, 3, 4, 5], [3, 4, 5, 6, 7], 1);
    expect(Math.log(e.ratio)).toBeCloseTo(-2, 12);
    expect(Math.log(e.low)).toBeCloseTo(-2 - 2.306004, 5);
    expect(Math.log(e.high)).toBeCloseTo(-2 + 2.306004, 5);
  });

  it('a slope through points on a line is that line, with no spread', () => {
    const e = slope([0, 1, 2, 3, 4, 5], [1, 1.5, 2, 2.5, 3, 3.5], 2, 1);
    expect(e.ratio).toBeCloseTo(Math.exp(1), 12);
    expect(e.low).toBeCloseTo(e.high, 12);
    expect(e.p).toBeLessThanOrEqual(1e-4);
  });
});

describe('Benjamini–Hochberg', () => {
  it("keeps the paper's 4 discoveries of 15 at q = 0.05 (Benjamini & Hochberg 1995, §4)", () => {
    const p = [
      0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528,
      0.759, 1,
    ];
    const shuffled = [...p].reverse();
    expect(benjaminiHochberg(shuffled, 0.05).filter(Boolean)).toHaveLength(4);
    expect(benjaminiHochberg(shuffled, 0.05).slice(-4)).toEqual([true, true, true, true]);
  });

  it('steps up: a larger p-value under its threshold carries the smaller ones', () => {
    expect(benjaminiHochberg([0.04, 0.03, 0.02], 0.05)).toEqual([true, true, true]);
    expect(benjaminiHochberg([0.04, 0.9, 0.9], 0.05)).toEqual([false, false, false]);
  });

  it('never counts an untested group, nor finds one', () => {
    expect(benjaminiHochberg([Number.NaN, 0.01, Number.NaN], 0.05)).toEqual([false, true, false]);
  });
});

describe('permutation p-values', () => {
  it('are 1 for identical values and 1/10,000 for groups that do not overlap', () => {
    expect(permutationP([1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1, 1], 7)).toBe(1);
    const low = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.4];
    expect(permutationP([5, 5.1, 5.2, 5.3, 5.4, 5.5], low, 7)).toBe(1 / 10_000);
  });

  it('give the same p-value for the same seed', () => {
    const a = [0.3, -0.1, 0.5, 0.2, 0.4];
    const b = [0, 0.1, -0.2, 0.3, -0.4, 0.1, 0.2];
    expect(permutationP(a, b, 42)).toBe(permutationP(a, b, 42));
  });

  it.each([
    ['normal', (r: () => number) => gauss(r)],
    ['skewed (log-normal)', (r: () => number) => Math.exp(gauss(r))],
  ])('hold their rate on %s data with no difference: p ≤ 0.05 about 5 times in 100', (_name, draw) => {
    const r = rng(2026);
    let groups = 0;
    let slopes = 0;
    const runs = 400;
    for (let i = 0; i < runs; i++) {
      const g = Array.from({ length: 8 }, () => draw(r));
      const rest = Array.from({ length: 40 }, () => draw(r));
      if (permutationP(g, rest, i) <= 0.05) groups++;
      const x = Array.from({ length: 20 }, () => Math.floor(r() * 8));
      if (
        slopePermutationP(
          x,
          Array.from({ length: 20 }, () => draw(r)),
          i,
        ) <= 0.05
      )
        slopes++;
    }
    // 400 runs at a true 5 %: 20 expected, 2 standard deviations ≈ 9.
    expect(groups).toBeGreaterThanOrEqual(9);
    expect(groups).toBeLessThanOrEqual(31);
    expect(slopes).toBeGreaterThanOrEqual(9);
    expect(slopes).toBeLessThanOrEqual(31);
  });
});
