// @vitest-environment happy-dom
// The Insights charts on a phone: drawn at the width they have (text never shrinks with the picture),
// each group's name above its line, the heat map turned so its counts fit; ticks that never overlap.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logAxis, spacedTicks } from '@/components/shared/insight-geometry';
import { RatioChart, type RatioRow } from '@/components/shared/RatioChart';
import { cellOpacity, TimingHeatmap } from '@/components/shared/TimingHeatmap';

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const ROWS: RatioRow[] = [
  { key: 'v', label: 'Videos', ratio: 1.6, low: 1.2, high: 2.1, n: 30, need: 5, strong: true },
  {
    key: 'p',
    label: 'Posts tagged “a rather long experiment name”',
    ratio: null,
    low: null,
    high: null,
    n: 3,
    need: 5,
    strong: false,
  },
];
const num = (el: Element | null | undefined, a: string) => Number(el?.getAttribute(a));

describe('RatioChart', () => {
  it('puts each name beside its line when wide, above it on a phone, cut to fit', () => {
    render(<RatioChart rows={ROWS} caption="Formats" />, root);
    const wide = root.querySelector('g.row')!;
    expect(num(wide.querySelector('text'), 'y')).toBeGreaterThan(num(wide.querySelector('circle'), 'cy'));
    expect(wide.querySelector('text')!.getAttribute('text-anchor')).toBe('end');

    render(<RatioChart rows={ROWS} caption="Formats" width={300} />, root);
    expect(root.querySelector('svg')!.getAttribute('width')).toBe('300');
    const [videos, thin] = [...root.querySelectorAll('g.row')];
    expect(videos!.querySelector('text')!.getAttribute('text-anchor')).toBe('start');
    expect(num(videos!.querySelector('text'), 'y')).toBeLessThan(num(videos!.querySelector('circle'), 'cy'));
    // The full name stays in its title; what is drawn is cut to the room there is.
    const name = thin!.querySelector('text')!;
    expect(name.querySelector('title')?.textContent).toBe(ROWS[1]!.label);
    expect(name.lastChild?.textContent).toMatch(/…$/);
    expect(name.lastChild!.textContent!.length).toBeLessThan(ROWS[1]!.label.length);
    expect(thin!.textContent).toContain('too few posts (3 of 5)');
  });
});

describe('TimingHeatmap', () => {
  const cells = [{ weekday: 1, hour: 19, n: 4, ratio: 3 }];

  it('runs the hours across when wide and down the page on a phone, each count in its cell', () => {
    render(<TimingHeatmap cells={cells} timeZone="UTC" />, root);
    const wide = root.querySelector('g.cell[data-n="4"] rect')!;
    expect([num(wide, 'x') > num(wide, 'y'), root.querySelectorAll('g.cell').length]).toEqual([true, 168]);

    render(<TimingHeatmap cells={cells} timeZone="UTC" width={300} />, root);
    const turned = root.querySelector('g.cell[data-n="4"] rect')!;
    // Tuesday is the second column; 19:00 the twentieth row.
    expect(num(turned, 'y')).toBeGreaterThan(num(turned, 'x'));
    expect(num(turned, 'y')).toBeGreaterThan(19 * num(turned, 'height'));
    expect(root.querySelector('g.cell[data-n="4"] text')?.textContent).toBe('4');
    expect(root.querySelectorAll('g.cell')).toHaveLength(168);
  });

  it('colours a cell at most 0.45, so its count stays readable in light and dark', () => {
    expect(cellOpacity({ weekday: 0, hour: 0, n: 9, ratio: 10 })).toBe(0.45);
    expect(cellOpacity({ weekday: 0, hour: 0, n: 9, ratio: 0.1 })).toBe(0.45);
    expect(cellOpacity({ weekday: 0, hour: 0, n: 1, ratio: 10 })).toBe(0.23);
    expect(cellOpacity({ weekday: 0, hour: 0, n: 0, ratio: null })).toBe(0);
  });
});

describe('spacedTicks', () => {
  it('keeps 1×, then powers of two, then thirds, never two labels closer than the gap', () => {
    const ticks = [1 / 8, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 8];
    const tall = logAxis(8, 1 / 8, 0, 400);
    expect(spacedTicks(ticks, tall, 12)).toEqual(ticks);
    const short = logAxis(8, 1 / 8, 0, 100);
    const kept = spacedTicks(ticks, short, 12);
    expect(kept).toContain(1);
    expect(kept).not.toContain(3);
    for (const [i, t] of kept.entries())
      if (i) expect(Math.abs(short(t) - short(kept[i - 1]!))).toBeGreaterThanOrEqual(12);
  });
});
