// @vitest-environment happy-dom
// The badge as keyboard, screen-reader and mouse users meet it: a button named in words, a disclosure
// panel with the explanation, no live region, no title-only text, a tone by state, and what each state says.
import { beforeEach, describe, expect, it } from 'vitest';
import { BADGE_CSS, frameBadge, renderBadge } from '@/lib/page/badge-dom';
import { type BadgeView, badgeText, toneOf, viewOf } from '@/lib/page/badge-state';
import type { ScoreView } from '@/lib/score/view';

const SCORE: ScoreView = {
  state: 'scored',
  ratio: 2.2,
  percentile: 98,
  confidence: 'normal',
  n: 30,
  ageHours: 6,
  line: '▲ 2.2× usual · top 2% · vs 30 posts at 6 h old',
  spoken: '2.2 times usual, top 2 percent, compared with 30 posts at 6 hours old',
  projected: false,
  detail: 'Likes compared with the median of your last 30 X posts at the same age (6 h).',
  chips: 'replies 4.1× · likes 2.0×',
  basis: null,
};
const score = (over: Partial<ScoreView> = {}): BadgeView => ({ kind: 'score', score: { ...SCORE, ...over } });

let post: HTMLElement;
let root: ShadowRoot;
beforeEach(() => {
  document.body.innerHTML = '<article><div class="host"></div></article>';
  post = document.querySelector('article')!;
  root = document.querySelector('.host')!.attachShadow({ mode: 'open' });
  frameBadge(root, BADGE_CSS);
});

const box = () => root.querySelector('div')!;
const button = () => root.querySelector('button')!;
const panel = () => root.querySelector('p')!;
const press = (key: string) =>
  button().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));

describe('the badge', () => {
  it('is a real button named in words, its glyphs hidden from assistive tech', () => {
    renderBadge(root, score());
    const b = button();
    expect(b.tagName).toBe('BUTTON');
    expect(b.getAttribute('aria-label')).toBe(
      'Resonance: 2.2 times usual, top 2 percent, compared with 30 posts at 6 hours old',
    );
    expect(b.getAttribute('aria-label')).not.toMatch(/[▲▼●×~◉]/);
    // The line is shown, hidden from assistive tech; the mark ◉ is drawn by the style sheet, its
    // alternative text empty.
    expect(b.textContent).toBe(SCORE.line);
    for (const span of b.querySelectorAll('span')) expect(span.getAttribute('aria-hidden')).toBe('true');
    expect(BADGE_CSS).toContain('button::before{content:"◉"/""}');
  });

  it('is not a live region and has no title-only text', () => {
    for (const view of [score(), { kind: 'pending' } as const, { kind: 'error', message: 'x' } as const]) {
      renderBadge(root, view);
      expect(root.querySelector('[role=status], [role=alert], [aria-live], [title]')).toBeNull();
    }
  });

  it('opens its explanation on click and closes it with Escape, the post never hearing of either', () => {
    const heard: string[] = [];
    post.addEventListener('click', () => heard.push('click'));
    post.addEventListener('keydown', () => heard.push('keydown'));
    renderBadge(root, score());
    expect(button().getAttribute('aria-expanded')).toBe('false');
    expect(panel().hidden).toBe(true);
    button().click();
    expect(button().getAttribute('aria-expanded')).toBe('true');
    expect(panel().hidden).toBe(false);
    expect(panel().textContent).toBe(`${SCORE.detail}\n${SCORE.chips}`);
    press('Escape');
    expect(button().getAttribute('aria-expanded')).toBe('false');
    expect(panel().hidden).toBe(true);
    button().click();
    button().click();
    expect(panel().hidden).toBe(true);
    expect(heard).toEqual([]);
  });

  it('a new score redraws the words in place and keeps an open panel open', () => {
    renderBadge(root, { kind: 'pending' });
    expect(button().getAttribute('aria-label')).toBe('Resonance: saving');
    button().click();
    const b = button();
    renderBadge(
      root,
      score({ line: '▲ 3.0× usual', spoken: '3.0 times usual', detail: 'New detail.', chips: '' }),
    );
    expect(button()).toBe(b);
    expect(root.querySelectorAll('button')).toHaveLength(1);
    expect(b.getAttribute('aria-label')).toBe('Resonance: 3.0 times usual');
    expect(b.textContent).toBe('▲ 3.0× usual');
    expect(panel().hidden).toBe(false);
    expect(panel().textContent).toBe('New detail.');
  });

  it('takes dark colours when told the page behind it is dark (badge-theme.ts), light ones otherwise', () => {
    renderBadge(root, score(), true);
    expect(box().className).toBe('strong-up dark');
    renderBadge(root, score(), false);
    expect(box().className).toBe('strong-up');
  });
});

describe('the badge’s style', () => {
  const fresh = () => document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });

  it('is one parsed sheet every badge adopts, where the page takes a sheet the script made', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(BADGE_CSS);
    const [one, two] = [fresh(), fresh()];
    frameBadge(one, BADGE_CSS, sheet);
    frameBadge(two, BADGE_CSS, sheet);
    expect(one.adoptedStyleSheets[0]).toBe(sheet);
    expect(two.adoptedStyleSheets[0]).toBe(sheet);
    expect(one.querySelector('style')).toBeNull();
    expect(one.querySelector('div')).not.toBeNull();
  });

  it('is a <style> in each root where adopting it throws (Firefox’s content scripts)', () => {
    const root = fresh();
    Object.defineProperty(root, 'adoptedStyleSheets', {
      set() {
        throw new TypeError('Accessing from Xray wrapper is not supported.');
      },
    });
    frameBadge(root, BADGE_CSS, new CSSStyleSheet());
    expect(root.querySelector('style')!.textContent).toBe(BADGE_CSS);
    expect(root.querySelector('div')).not.toBeNull();
  });
});

describe('tone by state', () => {
  it.each([
    ['saving', 'muted', { kind: 'pending' } as BadgeView],
    ['learning', 'muted', score({ state: 'learning', ratio: null })],
    ['2.2× settled', 'strong-up', score()],
    ['1.4× settled', 'up', score({ ratio: 1.4 })],
    ['1.0× settled', 'neutral', score({ ratio: 1 })],
    ['0.7× settled', 'down', score({ ratio: 0.7 })],
    ['0.4× settled', 'strong-down', score({ ratio: 0.4 })],
    ['2.2× projected', 'strong-up early', score({ projected: true })],
    ['0.7× projected', 'down early', score({ ratio: 0.7, projected: true })],
    ['unreadable', 'problem', { kind: 'unreadable', reason: 'no counts' } as BadgeView],
  ])('%s → %s', (_, tone, view) => {
    expect(toneOf(view)).toBe(tone);
    renderBadge(root, view);
    expect(box().className).toBe(tone);
  });

  it('settled results are filled; projections and saving/learning are outlined on the page’s colour', () => {
    expect(BADGE_CSS).toContain(
      '.early button,.muted button{background:var(--g);color:var(--c);border-style:dashed}',
    );
    // Dark pages keep the strong fills: the strong tones' solid fill comes after (so wins over) the dark
    // theme's tinted one. (tests/e2e/badge.e2e.ts reads the colours in Chromium.)
    expect(BADGE_CSS.indexOf('.strong-up,.strong-down{--f:var(--a)')).toBeGreaterThan(
      BADGE_CSS.indexOf('.dark{'),
    );
    expect(BADGE_CSS).not.toMatch(/prefers-color-scheme/);
  });

  it('a view without spoken words is named by its line', () => {
    renderBadge(root, score({ spoken: undefined }));
    expect(button().getAttribute('aria-label')).toBe(`Resonance: ${SCORE.line}`);
    expect(badgeText({ kind: 'unreadable', reason: 'x' }).label).toBeUndefined();
  });
});

describe('what a post’s badge says', () => {
  it('tells, in order: why it can’t be read, its score, why it was not stored, why it is not saved yet, else saving', () => {
    const problem = { reason: 'no counts found' };
    const refused = 'the post’s time is in the future';
    const full = { problem, score: SCORE, refused, unsaved: 'offline' };
    expect(viewOf(full)).toEqual({ kind: 'unreadable', reason: 'no counts found' });
    expect(viewOf({ ...full, problem: undefined })).toEqual({ kind: 'score', score: SCORE });
    expect(viewOf({ refused, unsaved: 'offline' })).toEqual({
      kind: 'error',
      message: `Not stored: ${refused}`,
    });
    expect(viewOf({ unsaved: 'offline' })).toEqual({
      kind: 'error',
      message: 'Not saved yet: offline. Resonance keeps trying.',
    });
    expect(viewOf({ unsaved: null })).toEqual({ kind: 'pending' });
    expect(badgeText(viewOf({ refused })).line).toBe('not saved');
  });
});
