// @vitest-environment happy-dom
// Drawing a post against the usual: the shared ratio scale of every sparkline, the chart's band, median
// and words, and the same chart in the popup's details, read only when they are opened.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PostRow } from '@/components/popup/PostRow';
import { CurveChart, curveSummary } from '@/components/shared/CurveChart';
import {
  ageScale,
  ageTicks,
  area,
  countScale,
  countTicks,
  ratioScale,
  ratios,
  times,
} from '@/components/shared/curve-geometry';
import { UsualSparkline } from '@/components/shared/UsualSparkline';
import { exactCount } from '@/lib/core/metrics';
import type { PostBand } from '@/lib/protocol/history';
import type { PagePost } from '@/lib/protocol/messages';

const CURVE: PostBand = {
  id: 'p1',
  metrics: ['likes', 'comments', 'shares'],
  post: [
    { ageHours: 0.5, value: 9 },
    { ageHours: 2, value: 49 },
    { ageHours: 6, value: 99 },
  ],
  band: [
    { ageHours: 2, n: 30, q1: 19, median: 24, q3: 39 },
    { ageHours: 6, n: 30, q1: 39, median: 49, q3: 79 },
    { ageHours: 24, n: 28, q1: 59, median: 79, q3: 119 },
    { ageHours: 48, n: 26, q1: 69, median: 89, q3: 139 },
  ],
  finalAgeHours: 48,
};

describe('scales and shapes', () => {
  it('puts every post on one ratio scale: 1× in the middle, ⅓× and 3× at the edges, beyond clamped', () => {
    const y = ratioScale(30, 2);
    expect(y(1)).toBe(16);
    expect(y(3)).toBe(2);
    expect(y(1 / 3)).toBe(30);
    expect(y(100)).toBe(2);
    expect(y(0.01)).toBe(30);
    // Halfway up in log terms: √3×.
    expect(y(Math.sqrt(3))).toBe(9);
    expect(y(1.8)).toBeLessThan(y(1.2));
  });

  it('compares at each reading with a band, on (1 + count) / (1 + median)', () => {
    expect(ratios(CURVE)).toEqual([
      { ageHours: 2, ratio: 2, low: 0.8, high: 1.6, n: 30 },
      { ageHours: 6, ratio: 2, low: 0.8, high: 1.6, n: 30 },
    ]);
    expect(times(2)).toBe('2.0×');
    expect(times(12.4)).toBe('12×');
  });

  it('log axes for ages and counts, ticks by round ages and orders of magnitude', () => {
    const x = ageScale(1, 100, 0, 200);
    expect([x(1), x(10), x(100), x(1000)]).toEqual([0, 100, 200, 200]);
    const y = countScale(99, 100, 0);
    expect([y(0), y(99)]).toEqual([100, 0]);
    expect(y(9)).toBe(50);
    expect(ageTicks(0.5, 48)).toEqual([1, 3, 12, 24, 48]);
    expect(ageTicks(2, 30)).toEqual([3, 6, 12, 24]);
    expect(countTicks(5000)).toEqual([0, 10, 100, 1000]);
    expect(countTicks(50)).toEqual([0, 1, 10]);
    expect(
      area(
        [
          [0, 1],
          [2, 3],
        ],
        [
          [0, 5],
          [2, 6],
        ],
      ),
    ).toBe('M0 1 L2 3 L2 6 L0 5 Z');
  });
});

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function until<T>(find: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = find();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('the chart and the sparkline', () => {
  it('draws the band, the median and the post, and says it in the site’s words', () => {
    render(<CurveChart curve={CURVE} platform="x" />, root);
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('data-band-points')).toBe('4');
    expect(svg.querySelectorAll('circle.post-dot')).toHaveLength(3);
    expect(svg.querySelector('polyline.median')!.getAttribute('points')!.split(' ')).toHaveLength(4);
    // The band runs along the upper quartiles and back along the lower ones.
    expect(svg.querySelector('path.band')!.getAttribute('d')!.match(/[ML]/g)).toHaveLength(8);
    const caption = root.querySelector('figcaption')!.textContent!;
    expect(caption).toContain(
      '99 likes + replies + reposts at 6h; usual 49 (middle half 39–79 of 30 posts compared), 2.0× usual.',
    );
    expect(curveSummary({ ...CURVE, band: [] }, 'x')).toBe(
      '99 likes + replies + reposts at 6h; too few of the account’s posts can be compared at that age yet.',
    );
  });

  it('a sparkline with one reading is a dot on the common scale, and words when nothing compares', () => {
    const one = { ...CURVE, post: [{ ageHours: 48, value: 44 }] };
    render(<UsualSparkline curve={one} />, root);
    const svg = root.querySelector('svg.usual-spark')!;
    expect(svg.getAttribute('aria-label')).toContain('0.5× at 2d');
    expect(svg.classList.contains('down')).toBe(true);
    expect(svg.querySelector('polyline')).toBeNull();
    render(<UsualSparkline curve={{ ...CURVE, band: [] }} />, root);
    expect(root.textContent).toBe('too few posts to compare yet');
  });
});

const POST: PagePost = {
  reading: {
    platform: 'x',
    id: 'p1',
    url: 'https://x.com/Brand/status/1',
    author: 'Brand',
    publishedAt: Date.UTC(2026, 10, 20, 6),
    capturedAt: Date.UTC(2026, 10, 20, 12),
    metrics: { likes: exactCount(80), comments: exactCount(10), shares: exactCount(9) },
  } as PagePost['reading'],
  score: {
    state: 'scored',
    ratio: 2,
    percentile: 90,
    confidence: 'high',
    n: 30,
    ageHours: 6,
    line: '▲ 2.0× usual',
    detail: 'Compared with 30 posts at 6h.',
    chips: '',
    basis: null,
  },
};

describe('the popup’s details', () => {
  it('reads the curve when first opened, and draws it under the explanation', async () => {
    const curveOf = vi.fn(async () => CURVE);
    render(<PostRow post={POST} now={Date.UTC(2026, 10, 20, 12)} curveOf={curveOf} />, root);
    expect(curveOf).not.toHaveBeenCalled();
    const details = root.querySelector('details')!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await until(() => root.querySelector('figure.curve-chart'), 'chart');
    expect(curveOf).toHaveBeenCalledWith('x', 'p1');
    expect(root.querySelector('figcaption')!.textContent).toContain('2.0× usual');
    details.open = false;
    details.dispatchEvent(new Event('toggle'));
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    expect(curveOf).toHaveBeenCalledTimes(1);
  });

  it('says so when the curve can’t be read', async () => {
    render(<PostRow post={POST} now={0} curveOf={() => Promise.reject(new Error('gone'))} />, root);
    const details = root.querySelector('details')!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await until(() => root.textContent?.includes('Its curve couldn’t be read.'), 'failure words');
  });
});
