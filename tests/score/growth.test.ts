// The account's growth model made again where curves changed (updateGrowthModel) is the model made whole
// (buildGrowthModel): the same sorted slopes, medians and each post's own slopes, through changed curves,
// new posts, removed ones, ties in publication time and a curve listed twice.
import { describe, expect, it } from 'vitest';
import { seeded } from '@/lib/insights/random';
import { platformConfig } from '@/lib/score/config';
import { type CleanCurve, cleanCurve } from '@/lib/score/curve';
import { buildGrowthModel, type GrowthModel, updateGrowthModel } from '@/lib/score/growth';
import { curve, NOW } from './score-fixtures';

const cfg = platformConfig('x');

/** A post published `agoH` hours before NOW, read a few times along a/(a+1.3 h) of `size`. */
function post(r: () => number, id: string, agoH: number): CleanCurve {
  const size = 20 + r() * 2000;
  const ages = Array.from({ length: 2 + Math.floor(r() * 6) }, () => Math.exp(-2 + r() * Math.log(agoH + 1)))
    .filter((a) => a <= agoH)
    .sort((a, b) => a - b);
  const snaps = ages.map((a): [number, Record<string, number>] => {
    const f = a / (a + 1.3);
    return [
      a,
      { likes: Math.round(size * f), comments: Math.round(size * f * 0.1), views: Math.round(size * f * 60) },
    ];
  });
  return cleanCurve(curve(id, agoH, snaps), NOW, cfg.aSatH);
}

/** Publication order, ties kept in list order, as arrange (lib/score/score.ts) sorts. */
const byTime = (cs: CleanCurve[]) =>
  cs
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.publishedAt - b.c.publishedAt || a.i - b.i)
    .map((x) => x.c);

function expectSameModel(got: GrowthModel, want: GrowthModel) {
  expect(got.curves).toEqual(want.curves);
  expect(got.sorted.map((s) => [...s])).toEqual(want.sorted.map((s) => [...s]));
  expect([...got.full]).toEqual([...want.full]);
  expect(got.own.map((o) => [...o])).toEqual(want.own.map((o) => [...o]));
}

describe('the growth model made again where curves changed', () => {
  it('is the model made whole, through many rounds of changes', () => {
    const r = seeded(7);
    // Whole hours, so several posts share a publication time.
    let list = byTime(Array.from({ length: 300 }, (_, i) => post(r, `p${i}`, 1 + Math.floor(r() * 400))));
    let model = buildGrowthModel(list, cfg);
    let made = 300;
    let kept = 0;
    for (let round = 0; round < 40; round++) {
      const next = list.slice();
      // A post read again: a new curve for it, published when it was.
      for (let k = Math.floor(r() * 6); k > 0; k--) {
        const at = Math.floor(r() * next.length);
        next[at] = post(r, next[at]!.id, Math.round((NOW - next[at]!.publishedAt) / 3600e3));
      }
      for (let k = Math.floor(r() * 3); k > 0; k--)
        next.push(post(r, `p${made++}`, 1 + Math.floor(r() * 400)));
      if (r() < 0.3) next.splice(Math.floor(r() * next.length), 1);
      if (r() < 0.2) next.push(next[Math.floor(r() * next.length)]!); // one curve listed twice
      const sorted = byTime(next);
      const updated = updateGrowthModel(model, sorted, cfg);
      expectSameModel(updated, buildGrowthModel(sorted, cfg));
      kept += updated.sorted.filter((s, i) => s === model.sorted[i]).length;
      list = sorted;
      model = updated;
    }
    // It was made again only where curves changed: lists no change reached were kept as they were.
    expect(kept).toBeGreaterThan(0);
  });

  it('keeps every list when nothing changed, and the same own slopes for the same curves', () => {
    const r = seeded(3);
    const list = byTime(Array.from({ length: 50 }, (_, i) => post(r, `p${i}`, 1 + i * 7)));
    const model = buildGrowthModel(list, cfg);
    const again = updateGrowthModel(model, list.slice(), cfg);
    expect(again.sorted.every((s, i) => s === model.sorted[i])).toBe(true);
    expect(again.own.every((o, i) => o === model.own[i])).toBe(true);
  });

  it('is the whole model for curves out of publication order, and when most of them changed', () => {
    const r = seeded(11);
    const list = byTime(Array.from({ length: 40 }, (_, i) => post(r, `p${i}`, 1 + i * 5)));
    const model = buildGrowthModel(list, cfg);
    const shuffled = [list[5]!, ...list.slice(0, 5), ...list.slice(6)];
    expectSameModel(updateGrowthModel(model, shuffled, cfg), buildGrowthModel(shuffled, cfg));
    const fresh = list.map((c) => post(r, c.id, Math.round((NOW - c.publishedAt) / 3600e3)));
    expectSameModel(updateGrowthModel(model, fresh, cfg), buildGrowthModel(fresh, cfg));
    const bluesky = platformConfig('bluesky');
    expect(updateGrowthModel(model, list, bluesky).halfH).toBe(bluesky.halfH);
  });
});
