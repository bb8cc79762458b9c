// The benchmark report's arithmetic: medians, spread, the noise flag and the verdict against a goal; and
// the CPU counted outside the page in the scroll benchmark, the extension's share of its long tasks, and
// the page's own parsing that paces its runs.
import { describe, expect, it } from 'vitest';
import { longTaskShare, selfMs } from '@/scripts/bench/long-task-share';
import { otherProcessesMs } from '@/scripts/bench/process-cpu';
import { figure, NOISY_SPREAD, row, spreadOf, summary } from '@/scripts/bench/report';
import { type CpuProfile, scriptShare } from '@/scripts/bench/script-profile';

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
    const noisy = figure('b', 'ms', 'ms', [50, 130, 80], { kind: 'max', value: 100 });
    expect(noisy.spread).toBeGreaterThan(NOISY_SPREAD);
    expect(row(noisy).at(-1)).toBe('too noisy to trust');
  });

  it('trusts a verdict every run agrees on, however far apart the runs', () => {
    // A difference near zero: runs far apart relative to their median, every one under the goal.
    const under = figure('b', 'diff', '×', [-0.12, -0.05, 0.007], { kind: 'max', value: 0.05 });
    expect(under.spread).toBeGreaterThan(NOISY_SPREAD);
    expect(under).toMatchObject({ meets: true, noisy: false });
    const over = figure('b', 'ratio', '×', [0.2, 0.3, 0.45], { kind: 'min', value: 0.5 });
    expect(row(over).at(-1)).toBe('MISSES');
    // The same spread across the goal says nothing either way.
    const across = figure('b', 'diff', '×', [0.01, 0.06, 0.13], { kind: 'max', value: 0.05 });
    expect(across).toMatchObject({ meets: false, noisy: true });
    // Without a goal, the spread alone decides.
    expect(figure('b', 'diff', '×', [-0.12, -0.05, 0.007]).noisy).toBe(true);
  });

  it('ends with how the goals fared, naming those missed or too noisy to tell', () => {
    const lines = summary([
      figure('b', 'met', '×', [0.9, 0.92], { kind: 'min', value: 0.8 }),
      figure('b', 'slow', 'ms', [150, 160], { kind: 'max', value: 100 }),
      figure('b', 'across', '×', [0.01, 0.13], { kind: 'max', value: 0.05 }),
      figure('b', 'loose', 'µs', [5, 9]),
      figure('b', 'steady', 'µs', [5, 5.1]),
    ]);
    expect(lines).toEqual([
      'goals: 1 met, 1 missed, 1 too noisy to tell',
      '  missed: slow',
      '  too noisy to tell (runs on both sides of the goal): across',
      '1 figure(s) without a goal varied more than 25% between runs',
      'close other work and run again for steadier figures',
    ]);
    expect(summary([figure('b', 'met', '×', [0.9], { kind: 'min', value: 0.8 })])).toEqual([
      'goals: 1 met, 0 missed, 0 too noisy to tell',
    ]);
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

describe('the extension’s share of the page’s long tasks', () => {
  const ms = 1000;
  const main = { pid: 1, tid: 7 };
  const task = (at: number, long: number) => ({
    name: 'RunTask',
    ph: 'X',
    ts: at * ms,
    dur: long * ms,
    ...main,
  });
  const call = (at: number, long: number, url: string, where = main) => ({
    name: 'FunctionCall',
    ph: 'X',
    ts: at * ms,
    dur: long * ms,
    ...where,
    args: { data: { url } },
  });
  const frame = (at: number) => ({ name: 'FireAnimationFrame', ph: 'X', ts: at * ms, dur: ms, ...main });
  const ours = (url: string) => url.startsWith('chrome-extension://');
  const EXT = 'chrome-extension://abc/site-x.js';

  it('counts the extension’s outermost calls inside tasks past 50 ms, the time past 50 ms they make, and the tasks they made long', () => {
    const events = [
      frame(0),
      frame(100),
      // A 70 ms frame with 8 ms of ours (one call nested in another, counted once) and the page's own.
      task(0, 70),
      call(5, 8, EXT),
      call(6, 2, EXT),
      call(20, 30, 'https://x.com/main.js'),
      // A 52 ms frame with 5 ms of ours: only 2 ms of it is past 50 ms, and without ours it was not long.
      task(100, 52),
      call(110, 5, EXT),
      // A short task of ours between frames: not in a long task.
      task(200, 10),
      call(201, 6, EXT),
      // A 51 ms frame of the page's own alone: long, but not made so by us.
      task(300, 51),
      // Another thread's calls (the worker's) are not the page's.
      call(10, 40, EXT, { pid: 2, tid: 1 }),
    ];
    expect(longTaskShare(events, ours)).toEqual({ inLong: 13, blocking: 8 + 2, all: 19, made: 1 });
  });

  it('counts a call that starts as one task ends in the next task, not the one that ended', () => {
    const events = [frame(0), task(0, 52), call(1, 1, EXT), task(52, 10), call(52, 6, EXT)];
    expect(longTaskShare(events, ours)).toEqual({ inLong: 1, blocking: 1, all: 7, made: 0 });
  });

  it('times the page’s own HTML parsing on its main thread, less what ran nested in it', () => {
    const parse = (at: number, long: number, where = main) => ({
      name: 'ParseHTML',
      ph: 'X',
      ts: at * ms,
      dur: long * ms,
      ...where,
    });
    const events = [
      frame(0),
      task(0, 70),
      // 12 ms of parsing, 3 of which ran a call nested in it (a script the markup held).
      parse(1, 12),
      call(4, 3, 'https://x.com/main.js'),
      // A parse nested in a call: all of it is parsing.
      call(20, 10, 'https://x.com/main.js'),
      parse(22, 5),
      // Another thread's parsing is not the page's.
      parse(2, 40, { pid: 2, tid: 1 }),
    ];
    expect(selfMs(events, 'ParseHTML')).toBe(9 + 5);
    expect(selfMs(events, 'FunctionCall')).toBe(3 + 5);
    expect(selfMs([task(0, 70)], 'ParseHTML')).toBe(0);
  });

  it('finds nothing where the page ran no frames or the extension no script', () => {
    const none = { inLong: 0, blocking: 0, all: 0, made: 0 };
    expect(longTaskShare([task(0, 90), call(1, 9, EXT)], ours)).toEqual(none);
    expect(longTaskShare([frame(0), task(0, 90)], ours)).toEqual(none);
  });
});

describe('the extension’s script in a profile of the page’s start', () => {
  const EXT = 'chrome-extension://abc/site-x.js';
  const ours = (url: string) => url.startsWith('chrome-extension://');
  const frame = (url: string, functionName = 'f') => ({ url, functionName });
  // root → idle; root → page's main.js → Intl (native); root → ours → Intl (native, called by ours).
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame('', '(root)'), children: [2, 3, 5] },
      { id: 2, callFrame: frame('', '(idle)') },
      { id: 3, callFrame: frame('https://x.com/main.js'), children: [4] },
      { id: 4, callFrame: frame('', 'formatToParts') },
      { id: 5, callFrame: frame(EXT), children: [6] },
      { id: 6, callFrame: frame('', 'formatToParts') },
    ],
    startTime: 0,
    endTime: 10_000,
    // One sample per ms; each stands for the time until the next.
    samples: [2, 3, 4, 5, 6, 6, 2, 4, 2, 6],
    timeDeltas: [0, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000],
  };

  it('counts every call tree rooted in the extension’s script, natives it called included; idle time in neither', () => {
    // Ours: the 4th to 6th samples, 1 ms each (the last sample has no next: nothing). Page: 2nd, 3rd, 8th.
    expect(scriptShare(profile, ours)).toEqual({ ours: 3, page: 3 });
  });

  it('finds none of it in a profile without the extension', () => {
    expect(scriptShare(profile, () => false)).toEqual({ ours: 0, page: 6 });
  });
});
