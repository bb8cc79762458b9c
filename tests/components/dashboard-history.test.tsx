// @vitest-environment happy-dom
// The history of one account: sorted, filtered, searched and paged through its source; the first rows
// before the scores; each format summed up; a row's curve over the usual band, sparklines on one scale.
import { render } from 'preact';
import { describe, expect, it, type Mock, vi } from 'vitest';
import type { HistoryPost, HistoryQuery, HistorySource } from '@/components/dashboard/api';
import { HistoryView } from '@/components/dashboard/HistoryView';
import { exactCount } from '@/lib/core/metrics';
import { DEFAULT_QUERY, type FormatSummary, type PostBand } from '@/lib/protocol/history';
import type { ScoreView } from '@/lib/score/view';
import { root, until } from '@/tests/helpers/dom-root';
import { sourceOf } from './dashboard-harness';

const NOW = Date.UTC(2026, 10, 20, 12);
const H = 3600e3;
const DAY = 24 * H;

const SCORE: ScoreView = {
  state: 'scored',
  ratio: 2,
  percentile: 0.9,
  confidence: 'high',
  n: 27,
  ageHours: 6,
  line: '▲ 2.0× usual · top 10% · vs 27 posts at 6h',
  detail: 'Likes compared with the median of your last 27 posts at the same age (6h).',
  chips: 'replies 4.1× · reposts 1.2× · likes 2.0×',
  basis: 'counts, views beside',
};

/** The new post's curve: well above a band of 27 posts at 1 h and 6 h, the usual carried on to 48 h. */
const USUAL: PostBand = {
  id: 'new',
  metrics: ['likes', 'comments'],
  post: [
    { ageHours: 1, value: 120 },
    { ageHours: 6, value: 565 },
  ],
  band: [
    { ageHours: 1, n: 27, q1: 40, median: 60, q3: 90 },
    { ageHours: 6, n: 27, q1: 180, median: 281, q3: 400 },
    { ageHours: 12, n: 27, q1: 220, median: 330, q3: 470 },
    { ageHours: 48, n: 25, q1: 260, median: 380, q3: 520 },
  ],
  finalAgeHours: 48,
};

const POSTS: HistoryPost[] = [
  {
    platform: 'x',
    id: 'old',
    url: 'https://x.com/LumenRoasters/status/1',
    publishedAt: NOW - 72 * H,
    latest: { likes: exactCount(40) },
    snapshots: 3,
    score: null,
    curve: [{ ageHours: 1, interactions: 10 }],
    usual: null,
  },
  {
    platform: 'x',
    id: 'new',
    url: 'https://x.com/LumenRoasters/status/2',
    publishedAt: NOW - 6 * H,
    format: 'image',
    latest: { likes: exactCount(553), comments: exactCount(12) },
    snapshots: 5,
    score: SCORE,
    curve: [{ ageHours: 6, interactions: 565 }],
    usual: USUAL,
  },
];

const text = () => root.textContent ?? '';
const nameOf = (el: Element) =>
  (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
const findButton = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => nameOf(b) === name) as HTMLButtonElement | undefined;
const button = (name: string) => until(() => findButton(name), `button "${name}"`);
const labelled = (label: string) =>
  until(
    () =>
      [...root.querySelectorAll('label')].find((l) => l.textContent?.includes(label))?.querySelector('input'),
    `input "${label}"`,
  );
const type = (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};
const choose = (select: HTMLSelectElement, value: string) => {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
};
const select = (label: string) =>
  until(
    () =>
      [...root.querySelectorAll('label')]
        .find((l) => l.textContent?.startsWith(label))
        ?.querySelector('select'),
    `select "${label}"`,
  );
async function show(source: HistorySource & { page: Mock<HistorySource['page']> }) {
  render(<HistoryView source={source} platform="x" now={NOW} />, root);
  await until(() => source.page.mock.calls.length > 0, 'the first page asked for');
}

describe('dashboard: best and worst at a glance', () => {
  it('sorts, orders, filters by date, format and words, and pages, each a query to the history', async () => {
    const many = Array.from({ length: 120 }, (_, i) => ({
      ...POSTS[0]!,
      id: `p${i}`,
      publishedAt: NOW - i * H,
    }));
    const source = sourceOf(many);
    await show(source);
    const last = () => source.page.mock.calls.at(-1)![0];
    expect(last()).toEqual(DEFAULT_QUERY);
    await until(() => text().includes('Showing 1–50 of 120 posts.'), 'first page');

    choose(await select('Sort by'), 'score');
    expect(last()).toMatchObject({ sort: 'score', descending: true, offset: 0 });
    (await button('Best first')).click();
    expect(last()).toMatchObject({ sort: 'score', descending: false });
    await button('Worst first');
    choose(await select('Sort by'), 'comments');
    expect(last()).toMatchObject({ sort: 'comments', descending: true });
    // The site's own word for the metric.
    expect([...(await select('Sort by')).options].map((o) => o.textContent)).toContain('Replies');

    (await button('Last 30 days')).click();
    expect(last()).toMatchObject({ from: NOW - 30 * DAY, to: undefined });
    (await button('Dates…')).click();
    const day = (label: string) =>
      until(
        () =>
          [...root.querySelectorAll('.history-controls label')]
            .find((l) => l.textContent?.trim().startsWith(label))
            ?.querySelector('input'),
        `date "${label}"`,
      );
    type(await day('From'), '2026-11-02');
    expect(last().from).toBe(new Date(2026, 10, 2).getTime());
    type(await day('To'), '2026-11-03');
    expect(last().to).toBe(new Date(2026, 10, 4).getTime() - 1);
    (await button('All time')).click();
    expect(last()).toMatchObject({ from: undefined, to: undefined });

    choose(await select('Format'), 'image');
    expect(last().format).toBe('image');
    choose(await select('Format'), '');
    type(await labelled('Search'), 'roast');
    expect(last()).toMatchObject({ search: 'roast', offset: 0 });
    type(await labelled('Search'), '');
    expect(last().search).toBeUndefined();

    choose(await select('Sort by'), 'published');
    await until(() => text().includes('Showing 1–50 of 120 posts.'), 'back to all');
    (await button('Next 50')).click();
    expect(last().offset).toBe(50);
    await until(() => text().includes('Showing 51–100 of 120 posts.'), 'second page');
    (await button('Next 50')).click();
    await until(() => text().includes('Showing 101–120 of 120 posts.'), 'last page');
    expect((await button('Next 50')).disabled).toBe(true);
    (await button('Previous 50')).click();
    expect(last().offset).toBe(50);
  });

  it('shows the first rows at once; a sort by score waits for every post, then all is asked again', async () => {
    let ready!: () => void;
    let readyNow = false;
    const scored = new Promise<void>((r) => (ready = r));
    const pending = sourceOf(POSTS, { pending: true, total: 2 });
    const source = {
      ...pending,
      ready: scored,
      page: vi.fn(async (q: HistoryQuery) => {
        // As the real source: pages by date at once, any other sort once every post is scored.
        if (q.sort !== 'published') await scored;
        const p = await pending.page(q);
        return readyNow
          ? { ...p, pending: false }
          : { ...p, rows: p.rows.map((r) => ({ ...r, score: null, usual: undefined })) };
      }),
    };
    await show(source);
    await until(() => text().includes('scoring them against your usual'), 'pending status');
    expect(root.querySelector('tbody.post .score')!.textContent).toBe('scoring…');
    expect(text()).toContain('working out…');
    choose(await select('Sort by'), 'score');
    await until(() => text().includes('Reading and scoring every post to answer this…'), 'waiting status');
    readyNow = true;
    ready();
    await until(() => text().includes(SCORE.line), 'scores after ready');
    expect(text()).toContain('Showing 1–2 of 2 posts.');
    // Best first: the scored post leads.
    expect([...root.querySelectorAll('tbody.post')].map((b) => b.getAttribute('data-post-id'))).toEqual([
      'new',
      'old',
    ]);
    expect(source.page.mock.calls.map(([q]) => q.sort)).toEqual(['published', 'score', 'score']);
  });

  it('sums each format up with its median score and number of posts; choosing one filters', async () => {
    const formats: FormatSummary[] = [
      { format: 'text', posts: 30, scored: 28, median: 0.9 },
      { format: 'image', posts: 12, scored: 12, median: 1.4 },
      { format: 'unknown', posts: 2, scored: 0, median: null },
    ];
    const source = sourceOf(POSTS, { formats });
    await show(source);
    const items = await until(() => {
      const li = [...root.querySelectorAll('.formats li')];
      return li.length === 3 && li;
    }, 'formats');
    expect(items.map((li) => li.textContent)).toEqual([
      'text 0.9× usual · 30 posts (28 scored)',
      'image 1.4× usual · 12 posts',
      'format not seen not scored yet · 2 posts',
    ]);
    expect(items[1]!.classList.contains('best')).toBe(true);
    expect(items[0]!.classList.contains('worst')).toBe(true);
    items[1]!.querySelector('button')!.click();
    expect(source.page.mock.calls.at(-1)![0].format).toBe('image');
    await until(
      () => items[1]!.isConnected && root.querySelector('.formats button[aria-pressed="true"]'),
      'pressed',
    );
  });

  it('a post’s row expands to its curve over the usual band; sparklines share one scale', async () => {
    const low: HistoryPost = {
      ...POSTS[1]!,
      id: 'low',
      usual: { ...USUAL, id: 'low', post: [{ ageHours: 6, value: 120 }] },
    };
    await show(sourceOf([POSTS[1]!, low]));
    const sparks = await until(() => {
      const all = [...root.querySelectorAll('svg.usual-spark')];
      return all.length === 2 && all;
    }, 'two sparklines');
    // (1 + 565) / (1 + 281) ≈ 2.0× and (1 + 120) / (1 + 281) ≈ 0.43×, on the same axis: one above 1×, one below.
    expect(sparks[0]!.getAttribute('aria-label')).toContain('2.0× at 6h');
    expect(sparks[1]!.getAttribute('aria-label')).toContain('0.4× at 6h');
    const dotY = (svg: Element) => Number(svg.querySelector('circle')!.getAttribute('cy'));
    const oneY = (svg: Element) => Number(svg.querySelector('line.one')!.getAttribute('y1'));
    expect(oneY(sparks[0]!)).toBe(oneY(sparks[1]!));
    expect(dotY(sparks[0]!)).toBeLessThan(oneY(sparks[0]!));
    expect(dotY(sparks[1]!)).toBeGreaterThan(oneY(sparks[1]!));
    expect(sparks[0]!.classList.contains('up')).toBe(true);
    expect(sparks[1]!.classList.contains('down')).toBe(true);

    [...root.querySelectorAll('button')].find((b) => nameOf(b) === 'Why? score details')!.click();
    const chart = await until(() => root.querySelector('figure.curve-chart'), 'curve chart');
    expect(chart.querySelector('path.band')!.getAttribute('d')).toMatch(/^M.* Z$/);
    expect(chart.querySelectorAll('polyline.median')).toHaveLength(1);
    expect(chart.querySelectorAll('circle.post-dot')).toHaveLength(2);
    expect(chart.querySelector('figcaption')!.textContent).toContain(
      '565 likes + replies at 6h; usual 281 (middle half 180–400 of 27 posts compared), 2.0× usual.',
    );
  });
});
