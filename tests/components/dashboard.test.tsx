// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import type {
  DashboardApi,
  HistoryPage,
  HistoryPost,
  HistoryQuery,
  HistorySource,
  StorageReport,
} from '@/components/dashboard/api';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { utcDay } from '@/components/dashboard/ExportPanel';
import { exactCount } from '@/lib/core/metrics';
import type { FormatSummary, PostBand } from '@/lib/protocol/history';
import type { AccountView, RestoreSummary } from '@/lib/protocol/messages';
import type { ScoreView } from '@/lib/score/view';

const NOW = Date.UTC(2026, 10, 20, 12);
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

const SCORE: ScoreView = {
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

const SUMMARY: RestoreSummary = { newPosts: 3, newSnapshots: 40, duplicates: 5, accounts: 1 };

/** A history answered from `posts`: sorted by time or score, filtered by format, paged. */
function sourceOf(
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

function fakeApi(over: Partial<FakeApi> = {}): FakeApi {
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

// happy-dom may lack object URLs; the tests spy on them.
URL.createObjectURL ??= () => 'blob:none';
URL.revokeObjectURL ??= () => {};

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

async function until<T>(find: () => T | null | undefined | false, what = 'condition'): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = find();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting for ${what}\n${root.textContent}`);
}
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

async function mount(api = fakeApi()) {
  render(<DashboardApp api={api} now={NOW} />, root);
  await until(() => root.querySelector('table.history'), 'history table');
  return api;
}

describe('dashboard: accounts and history', () => {
  it('lists accounts, shows the chosen one’s posts newest first with metric names and the score line', async () => {
    const api = await mount();
    const rows = [...root.querySelectorAll('table.accounts tbody tr')].map((r) => r.textContent);
    expect(rows[0]).toContain('@QuietBrand');
    expect(rows[0]).toContain('not tracked');
    expect(rows[1]).toContain('@LumenRoasters');
    expect(rows[1]).toContain('2');
    // The tracked account with posts is chosen first.
    expect(api.history).toHaveBeenCalledWith({ platform: 'x', id: 'lumenroasters' });
    const posts = [...root.querySelectorAll('tbody.post')];
    expect(posts.map((p) => p.getAttribute('data-post-id'))).toEqual(['new', 'old']);
    const first = posts[0]!;
    expect(first.textContent).toContain('553 likes');
    expect(first.textContent).toContain('12 replies');
    const views = [...first.querySelectorAll('.metrics li')].find((li) => li.textContent?.includes('views'))!;
    expect(views.textContent).toBe('~2.3K views');
    expect(views.getAttribute('title')).toContain('2,250 and 2,399');
    const score = first.querySelector('.score')!;
    // The line, then the basis it was computed on beside it.
    expect(score.textContent).toBe(`${SCORE.line}${SCORE.basis}`);
    expect(score.querySelector('.basis')?.textContent).toBe('counts, views beside');
    expect(score.classList.contains('strong-up')).toBe(true);
    // Against the usual on the common scale; the old post, with nothing to compare, its own counts.
    expect(first.querySelector('svg.usual-spark polyline.post')).not.toBeNull();
    expect(posts[1]!.querySelector('svg.sparkline')).not.toBeNull();
    expect(posts[1]!.textContent).toContain('no score yet');
    expect(text()).toContain('Showing 1–2 of 2 posts.');

    expect(text()).not.toContain(SCORE.detail);
    (await button('Why? score details')).click();
    await until(() => text().includes(SCORE.detail), 'score detail');
    expect(text()).toContain(SCORE.chips);
  });

  it('choosing another account loads its history, with an empty state', async () => {
    const api = await mount();
    (await button('Show history of @QuietBrand on X')).click();
    await until(() => text().includes('No posts saved for this account yet'), 'empty state');
    expect(api.history).toHaveBeenLastCalledWith({ platform: 'x', id: 'quietbrand' });
    expect(root.querySelector('tbody.post')).toBeNull();
  });

  it('track toggles call setTracking and reload the list', async () => {
    const api = await mount();
    (await button('Track @QuietBrand')).click();
    await until(() => api.accounts.mock.calls.length === 2, 'reload');
    expect(api.setTracking).toHaveBeenCalledWith('x', 'QuietBrand', true);
  });

  it('never makes a non-web URL clickable', async () => {
    const evil = { ...POSTS[0]!, url: 'javascript:alert(1)' };
    await mount(fakeApi({ history: vi.fn<DashboardApi['history']>(() => sourceOf([evil])) }));
    expect(root.querySelector('tbody.post a')!.hasAttribute('href')).toBe(false);
  });
});

describe('dashboard: export', () => {
  it('exports with the chosen kind and scope, shows progress, then downloads and says what was saved', async () => {
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:fake');
    const revokeObjectURL = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicks: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.getAttribute('href')!, download: this.download });
    });
    let finish!: () => void;
    let progress!: (done: number, total: number) => void;
    const blob = new Blob(['id\n']);
    const api = await mount(
      fakeApi({
        exportFile: vi.fn<DashboardApi['exportFile']>((_kind, _scope, onProgress) => {
          progress = onProgress;
          return new Promise((resolve) => {
            finish = () => resolve({ blob, filename: 'lumen-posts.csv', rows: 1_000_000 });
          });
        }),
      }),
    );
    (await labelled('Only @LumenRoasters')).click();
    type(await labelled('From'), '2026-11-01');
    type(await labelled('To'), '2026-11-15');
    (await button('Export posts (CSV)')).click();
    await until(() => api.exportFile.mock.calls.length === 1, 'export call');
    const [kind, scope, , signal] = api.exportFile.mock.calls[0]!;
    expect(kind).toBe('posts-csv');
    expect(scope).toEqual({
      account: { platform: 'x', id: 'lumenroasters' },
      from: Date.UTC(2026, 10, 1),
      to: Date.UTC(2026, 10, 15, 23, 59, 59, 999),
    });
    expect((signal as AbortSignal).aborted).toBe(false);

    progress(120_000, 1_000_000);
    await until(() => text().includes('120,000 of 1,000,000 rows'), 'progress text');
    const bar = root.querySelector('progress')!;
    expect(Number(bar.getAttribute('value'))).toBe(120_000);
    expect(Number(bar.getAttribute('max'))).toBe(1_000_000);
    expect(findButton('Export snapshots (CSV)')!.disabled).toBe(true);

    finish();
    await until(() => text().includes('Saved 1,000,000 rows to lumen-posts.csv'), 'saved message');
    expect(root.querySelector('progress')).toBeNull();
    expect(createObjectURL.mock.calls).toEqual([[blob]]);
    expect(clicks).toEqual([{ href: 'blob:fake', download: 'lumen-posts.csv' }]);
    await until(() => revokeObjectURL.mock.calls.length === 1, 'revoke');
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:fake');
  });

  it('Cancel aborts the signal and nothing is downloaded', async () => {
    const download = vi.spyOn(URL, 'createObjectURL');
    const api = await mount(
      fakeApi({
        exportFile: vi.fn<DashboardApi['exportFile']>(
          (_k, _s, _p, signal) =>
            new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
        ),
      }),
    );
    (await button('Download backup (JSON)')).click();
    await until(() => api.exportFile.mock.calls.length === 1, 'export call');
    expect(api.exportFile.mock.calls[0]![0]).toBe('backup-json');
    expect(api.exportFile.mock.calls[0]![1]).toEqual({});
    (await button('Cancel export')).click();
    await until(() => text().includes('Export cancelled'), 'cancelled message');
    expect((api.exportFile.mock.calls[0]![3] as AbortSignal).aborted).toBe(true);
    expect(download).not.toHaveBeenCalled();
  });

  it('says why an export failed', async () => {
    await mount(
      fakeApi({
        exportFile: vi.fn<DashboardApi['exportFile']>(async () =>
          Promise.reject(new Error('The disk is full.')),
        ),
      }),
    );
    (await button('Export snapshots (CSV)')).click();
    const alert = await until(() => root.querySelector('[role="alert"]'), 'alert');
    expect(alert.textContent).toBe('Export failed: The disk is full. No file was saved.');
  });

  it('converts dates to whole UTC days', () => {
    expect(utcDay('2026-02-03', 'start')).toBe(Date.UTC(2026, 1, 3));
    expect(utcDay('2026-02-03', 'end')).toBe(Date.UTC(2026, 1, 4) - 1);
    expect(utcDay('', 'start')).toBeUndefined();
  });
});

async function chooseFile(content: string, name = 'backup.json') {
  const input = (await until(
    () => root.querySelector('input[type="file"]'),
    'file input',
  )) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([content], name)], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('dashboard: restore', () => {
  it('shows the dry-run summary and restores only after the button', async () => {
    const api = await mount();
    await chooseFile('{"format":"resonance"}');
    await until(() =>
      text().includes('3 new posts, 40 new snapshots, 5 already here (duplicates), 1 new account'),
    );
    expect(api.restorePreview).toHaveBeenCalledWith('{"format":"resonance"}', expect.anything());
    expect(api.restore).not.toHaveBeenCalled();
    (await button('Restore backup')).click();
    await until(() => text().includes('Restored backup.json'), 'restored message');
    expect(api.restore).toHaveBeenCalledWith('{"format":"resonance"}', SUMMARY, expect.anything());
    await until(() => api.accounts.mock.calls.length === 2, 'refresh after restore');
  });

  it('a refused file shows the reason, says nothing changed, and never restores', async () => {
    const api = await mount(
      fakeApi({
        restorePreview: vi.fn<DashboardApi['restorePreview']>(() =>
          Promise.reject(new Error('not a Resonance backup')),
        ),
      }),
    );
    await chooseFile('{}', 'notes.json');
    const alert = await until(() => root.querySelector('[role="alert"]'), 'alert');
    expect(alert.textContent).toContain('not a Resonance backup');
    expect(alert.textContent).toContain('Nothing was changed');
    expect(findButton('Restore backup')).toBeUndefined();
    expect(api.restore).not.toHaveBeenCalled();
  });
});

describe('dashboard: settings, deletion, storage', () => {
  it('saves the chosen settings', async () => {
    const api = await mount();
    (await labelled('Followers')).click();
    (await labelled('Depth')).click();
    expect(api.saveSettings).not.toHaveBeenCalled();
    (await button('Save settings')).click();
    await until(() => root.querySelector('.saved')?.textContent?.includes('Saved'), 'Saved');
    expect(api.saveSettings).toHaveBeenCalledWith({ basis: 'followers', weights: 'depth' });
  });

  it('deleting needs the confirmation step', async () => {
    const api = await mount();
    (await button('Delete @LumenRoasters’s data…')).click();
    expect(api.deleteAccount).not.toHaveBeenCalled();
    (await button('Yes, delete @LumenRoasters’s data')).click();
    await until(() => api.deleteAccount.mock.calls.length === 1, 'deleteAccount');
    expect(api.deleteAccount).toHaveBeenCalledWith('x', 'LumenRoasters');
    await until(() => text().includes('Deleted @LumenRoasters’s data.'), 'deleted message');
    expect(api.accounts).toHaveBeenCalledTimes(2);

    (await button('Delete all data…')).click();
    await button('Yes, delete all data');
    (await button('Keep it')).click();
    await until(() => !findButton('Yes, delete all data'), 'confirmation gone');
    expect(api.deleteAll).not.toHaveBeenCalled();
    (await button('Delete all data…')).click();
    (await button('Yes, delete all data')).click();
    await until(() => api.deleteAll.mock.calls.length === 1, 'deleteAll');
  });

  it('shows the storage error prominently when saving fails, and space when known', async () => {
    const failing: StorageReport = {
      ok: false,
      error: 'QuotaExceededError: the disk is full',
      at: NOW,
      usage: null,
      quota: null,
      persisted: false,
    };
    await mount(fakeApi({ storage: vi.fn<DashboardApi['storage']>(async () => failing) }));
    const alert = await until(() => root.querySelector('[role="alert"]'), 'storage alert');
    expect(alert.textContent).toContain('the disk is full');
    expect(alert.textContent).toContain('download a backup');
    expect(text()).toContain('Storage is not persistent');

    render(null, root);
    await mount();
    await until(() => text().includes('Using 5 MB of 2,048 MB'), 'usage line');
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(text()).toContain('Storage is persistent');
  });
});
