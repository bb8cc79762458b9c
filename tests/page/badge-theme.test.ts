// @vitest-environment happy-dom
// Light or dark from the page itself: luminance of the backgrounds sites use, the first opaque one
// behind the badge deciding, and badges redrawn when the site switches theme.
import { beforeEach, describe, expect, it } from 'vitest';
import { BadgeLayer } from '@/lib/page/badge-layer';
import { isDarkBehind, luminance } from '@/lib/page/badge-theme';
import { alwaysNear } from '@/lib/page/near';

/** WCAG 2.x relative luminance with sRGB's exact transfer curve: the reference the shipped one approximates. */
function exact(r: number, g: number, b: number): number {
  const lin = (v: number) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

describe('luminance (WCAG relative luminance)', () => {
  it.each([
    ['white', [255, 255, 255], 1],
    ['black, X’s “lights out”', [0, 0, 0], 0],
    ['X’s dim #15202b', [21, 32, 43], 0.0137],
    ['Facebook’s dark #18191a', [24, 25, 26], 0.0096],
    ['Facebook’s light grey #f0f2f5', [240, 242, 245], 0.8862],
    ['mid grey #808080', [128, 128, 128], 0.2159],
    ['pure red', [255, 0, 0], 0.2126],
  ])('%s', (_, [r, g, b], expected) => {
    expect(exact(r!, g!, b!)).toBeCloseTo(expected, 4);
    expect(Math.abs(luminance(r!, g!, b!) - expected)).toBeLessThan(0.01);
  });

  it('is within 0.01 of the exact curve over the whole colour cube', () => {
    let worst = 0;
    for (let r = 0; r < 256; r += 15)
      for (let g = 0; g < 256; g += 15)
        for (let b = 0; b < 256; b += 15)
          worst = Math.max(worst, Math.abs(luminance(r, g, b) - exact(r, g, b)));
    expect(worst).toBeLessThan(0.01);
  });
});

describe('dark or light from a computed background colour', () => {
  const behind = (css: string) => {
    document.body.innerHTML = `<div style="background-color: ${css}"><p id="in"></p></div>`;
    return isDarkBehind(document.getElementById('in'));
  };
  beforeEach(() => document.body.setAttribute('style', 'background-color: rgb(0, 0, 0)'));

  it.each([
    ['rgb(255, 255, 255)', false], // X light
    ['rgb(21, 32, 43)', true], // X dim
    ['rgb(0, 0, 0)', true], // X lights out
    ['rgb(36, 37, 38)', true], // Facebook dark cards
    ['rgb(247, 249, 249)', false],
    ['rgb(128, 128, 128)', false], // black text contrasts more on mid grey
    ['rgb(110, 110, 110)', true], // white text contrasts more
    ['rgba(255, 255, 255, 0.9)', false],
  ])('%s → dark %s', (css, dark) => {
    expect(behind(css)).toBe(dark);
  });

  it.each(['rgba(255, 255, 255, 0)', 'rgba(255, 255, 255, 0.2)', 'transparent', 'color(srgb 1 1 1)'])(
    '%s shows through (or is not read): the black body behind decides',
    (css) => {
      expect(behind(css)).toBe(true);
    },
  );
});

describe('the background behind the badge', () => {
  beforeEach(() => {
    document.body.removeAttribute('style');
    document.body.innerHTML =
      '<main style="background-color: rgb(255, 255, 255)"><article id="a"><div id="slot"></div></article></main><section id="bare"></section>';
  });

  it('is the first opaque background from the badge’s parent up', () => {
    expect(isDarkBehind(document.getElementById('slot'))).toBe(false);
    document.getElementById('a')!.setAttribute('style', 'background-color: rgb(21, 32, 43)');
    expect(isDarkBehind(document.getElementById('slot'))).toBe(true);
  });

  it('with no opaque background, the body’s decides; with none at all, light', () => {
    const bare = document.getElementById('bare');
    expect(isDarkBehind(bare)).toBe(false);
    document.body.setAttribute('style', 'background-color: rgb(0, 0, 0)');
    expect(isDarkBehind(bare)).toBe(true);
  });
});

describe('a site switching theme', () => {
  const tick = () => new Promise((r) => setTimeout(r, 0));
  const themes = () =>
    [...document.querySelectorAll('resonance-badge')].map(
      (h) => h.shadowRoot!.querySelector('div')!.className,
    );

  beforeEach(() => {
    document.body.setAttribute('style', 'background-color: rgb(255, 255, 255)');
    document.documentElement.removeAttribute('class');
    document.body.innerHTML = '<article id="a"></article><article id="b"></article>';
    const layer = new BadgeLayer({ css: '', mode: 'open', near: alwaysNear });
    for (const id of ['a', 'b']) {
      const post = document.getElementById(id)!;
      layer.show(id, post, () => ({ parent: post, before: null }), { kind: 'unreadable', reason: 'x' });
    }
  });

  it('recolours every badge when <body> turns dark, and again when it turns light', async () => {
    expect(themes()).toEqual(['problem', 'problem']);
    document.body.setAttribute('style', 'background-color: rgb(21, 32, 43)');
    await tick();
    expect(themes()).toEqual(['problem dark', 'problem dark']);
    document.body.setAttribute('style', 'background-color: rgb(255, 255, 255)');
    await tick();
    expect(themes()).toEqual(['problem', 'problem']);
  });

  it('follows a theme class set on <html> by the site’s own style sheet', async () => {
    const sheet = document.createElement('style');
    sheet.textContent = '.night body { background-color: rgb(0, 0, 0) }';
    document.head.append(sheet);
    document.body.removeAttribute('style');
    document.documentElement.setAttribute('class', 'night');
    await tick();
    expect(themes()).toEqual(['problem dark', 'problem dark']);
    sheet.remove();
  });
});
