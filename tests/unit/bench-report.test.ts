// The benchmark report's arithmetic: medians, spread, the noise flag and the verdict against a goal; and
// the CPU counted outside the page in the scroll benchmark.
import { describe, expect, it } from 'vitest';
import { otherProcessesMs } from '@/scripts/bench/process-cpu';
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

describe('CPU outside the page', () => {
  it('adds up every process but the busiest (the page’s renderer), from what each used in between', () => {
    const before = new Map([
      [1, 1000],
      [2, 50],
      [3, 10],
    ]);
    // 4 started during the run and counts whole; 1 (the page) is left out.
    const after = new Map([
      [1, 4000],
      [2, 350],
      [3, 30],
      [4, 70],
    ]);
    expect(otherProcessesMs(before, after)).toBe(300 + 20 + 70);
    expect(otherProcessesMs(before, new Map())).toBeNull();
  });
});
