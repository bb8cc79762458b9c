// What the DashboardApp tests (dashboard.test.tsx, dashboard-files.test.tsx) share: two X accounts, the
// tracked one's posts (one scored against its usual), a fake api answering from them, and the page's controls.
import { render } from 'preact';
import { afterEach, type Mock, vi } from 'vitest';
import type {
  DashboardApi,
  HistoryPage,
  HistoryPost,
  HistoryQuery,
  HistorySource,
  StorageReport,
} from '@/components/dashboard/api';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { exactCount } from '@/lib/core/metrics';
import type { FormatSummary, PostBand } from '@/lib/protocol/history';
import type { AccountView, RestoreSummary } from '@/lib/protocol/messages';
import type { ScoreView } from '@/lib/score/view';
import { root, until } from '@/tests/helpers/dom-root';

export const NOW = Date.UTC(2026, 10, 20, 12);
const H = 3600e3;

const ACCOUNTS: AccountView[] = [
  { platform: 'x', id: 'quietbrand', handle: 'QuietBrand', tracked: false, source: 'user', posts: 0 },
  {
    platform: 'x',
    id: 'lumenroasters',
    handle: 'LumenRoasters',
    tracked: true,
    source: 'logged-in',
    posts: 2,
  },
];

export const SCORE: ScoreView = {
  state: 'scored',
  ratio: 2,
  percentile: 0.9,
  confidence: 'high' as ScoreView['confidence'],
  n: 27,
  ageHours: 6,
  line: '▲ 2.0× usual · top 10% · vs 27 posts at 6h',
  detail: 'Likes compared with the median of your last 27 posts at the same age (6h).',
  chips: 'replies 4.1× · reposts 1.2× · likes 2.0×',
  basis: 'counts, views beside',
};

export const POSTS: HistoryPost[] = [
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
    latest: {
      likes: exactCount(553),
      comments: exactCount(12),
      views: { value: 2300, min: 2250, max: 2399 },
    },
    snapshots: 5,
    score: SCORE,
    curve: [
      { ageHours: 0.5, interactions: 20 },
      { ageHours: 2, interactions: 200 },
      { ageHours: 6, interactions: 565 },
    ],
  },
];

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
POSTS[1]!.usual = USUAL;

export const SUMMARY: RestoreSummary = { newPosts: 3, newSnapshots: 40, duplicates: 5, accounts: 1 };

/** A history answered from `posts`: sorted by time or score, filtered by format, paged. */
export function sourceOf(
  posts: HistoryPost[],
  over: { ready?: Promise<void>; formats?: FormatSummary[]; pending?: boolean; total?: number } = {},
): HistorySource & { page: Mock<HistorySource['page']>; close: Mock<() => void> } {
  return {
    page: vi.fn(async (q: HistoryQuery): Promise<HistoryPage> => {
      const key = (p: HistoryPost) =>
        q.sort === 'score' ? (p.score?.ratio ?? -1) : q.sort === 'published' ? (p.publishedAt ?? 0) : 0;
      const kept = posts
        .filter((p) => q.format === undefined || p.format === q.format)
        .sort((a, b) => (q.descending ? key(b) - key(a) : key(a) - key(b)));
      return {
        rows: kept.slice(q.offset, q.offset + q.limit),
        offset: q.offset,
        total: over.total ?? kept.length,
        formats: over.formats ?? [],
        pending: over.pending ?? false,
      };
    }),
    ready: over.ready ?? Promise.resolve(),
    close: vi.fn(),
  };
}

type FakeApi = { [K in keyof DashboardApi]: Mock<DashboardApi[K]> };

export function fakeApi(over: Partial<FakeApi> = {}): FakeApi {
  const storage: StorageReport = {
    ok: true,
    error: null,
    at: null,
    usage: 5 * 1024 * 1024,
    quota: 2048 * 1024 * 1024,
    persisted: true,
  };
  return {
    accounts: vi.fn(async () => ACCOUNTS),
    history: vi.fn((a: { id: string }) => sourceOf(a.id === 'lumenroasters' ? POSTS : [])),
    setTracking: vi.fn(async () => {}),
    settings: vi.fn(async () => ({ basis: 'auto' as const, weights: 'equal' as const })),
    saveSettings: vi.fn(async () => {}),
    storage: vi.fn(async () => storage),
    siteHealth: vi.fn(async () => []),
    instances: vi.fn(async () => []),
    addInstance: vi.fn(async () => true),
    removeInstance: vi.fn(async () => {}),
    exportFile: vi.fn(async () => ({ blob: new Blob(['a,b\n']), filename: 'resonance.csv', rows: 1 })),
    restorePreview: vi.fn(async () => SUMMARY),
    restore: vi.fn(async () => ({ summary: SUMMARY, cancelled: false, done: 40, total: 40 })),
    deleteAccount: vi.fn(async () => {}),
    deleteAll: vi.fn(async () => {}),
    ...over,
  };
}

/** Restores spies after each test of the file that calls it; the page itself comes and goes with dom-root. */
export function useDashboardPage(): void {
  afterEach(() => {
    vi.restoreAllMocks();
  });
}

export const text = () => root.textContent ?? '';
const nameOf = (el: Element) =>
  (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
export const findButton = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => nameOf(b) === name) as HTMLButtonElement | undefined;
export const button = (name: string) => until(() => findButton(name), `button "${name}"`);
export const labelled = (label: string) =>
  until(
    () =>
      [...root.querySelectorAll('label')].find((l) => l.textContent?.includes(label))?.querySelector('input'),
    `input "${label}"`,
  );

export async function mount(api = fakeApi()) {
  render(<DashboardApp api={api} now={NOW} />, root);
  await until(() => root.querySelector('table.history'), 'history table');
  return api;
}
