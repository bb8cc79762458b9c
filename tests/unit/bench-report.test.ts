// The benchmark report's arithmetic: medians, spread, the noise flag and the verdict against a goal.
import { describe, expect, it } from 'vitest';
import { figure, NOISY_SPREAD, row, spreadOf } from '@/scripts/bench/report';

describe('bench figures', () => {
  it('takes the median of the runs and their spread around it', () => {
    const f = figure('b', 'ratio', '×', [0.9, 0.7, 0.8]);
    expect(f.value).toBe(0.8);
    expect(f.spread).toBeCloseTo(0.25);
    expect(spreadOf([4, 6])).toBeCloseTo(0.4); // median 5
    expect(spreadOf([7])).toBe(0);
  });

  it('judges a goal only on the median, and says when the runs disagree too much to trust it', () => {
    const ok = figure('b', 'ratio', '×', [0.82, 0.85, 0.83], { kind: 'min', value: 0.8 });
    expect(ok).toMatchObject({ meets: true, noisy: false });
    const miss = figure('b', 'ms', 'ms', [120, 130, 125], { kind: 'max', value: 100 });
    expect(miss.meets).toBe(false);
    expect(row(miss).at(-1)).toBe('MISSES');
    const noisy = figure('b', 'ms', 'ms', [50, 100, 80], { kind: 'max', value: 100 });
    expect(noisy.spread).toBeGreaterThan(NOISY_SPREAD);
    expect(row(noisy).at(-1)).toBe('too noisy to trust');
  });

  it('says a single run is a single run, not a spread of 0', () => {
    expect(row(figure('b', 'heap', 'MB', [140], { kind: 'max', value: 150 }))).toEqual([
      'heap',
      '140 MB',
      '1 run',
      '≤ 150 MB',
      'meets',
    ]);
  });
});
