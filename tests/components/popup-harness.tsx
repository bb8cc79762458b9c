// The popup's component tests' fake API and page states (popup.test.tsx, popup-drawing.test.tsx).
import { render } from 'preact';
import { type Mock, vi } from 'vitest';
import type { PopupApi, PopupPage } from '@/components/popup/api';
import { PopupApp } from '@/components/popup/PopupApp';
import type { Metrics } from '@/lib/core/metrics';
import type { PageState } from '@/lib/protocol/messages';
import { root, until } from '@/tests/helpers/dom-root';

export const NOW = Date.UTC(2026, 10, 20, 12);
export const H = 3600e3;

export function state(over: Partial<PageState> = {}): PageState {
  return {
    platform: 'x',
    url: 'https://x.com/Brand',
    viewer: { handle: 'Brand' },
    pageAccount: { handle: 'Brand', name: 'Brand Co' },
    tracked: ['brand'],
    health: { state: 'reading', posts: 1, own: 1, unreadable: 0 },
    posts: [],
    unreadable: [],
    pending: 0,
    lastError: null,
    ...over,
  };
}

export function withPost(metrics: Metrics, over: Partial<PageState> = {}): PageState {
  return state({
    posts: [
      {
        reading: {
          platform: over.platform ?? 'x',
          id: '1981398750557065646',
          url: 'https://x.com/Brand/status/1981398750557065646',
          author: 'Brand',
          publishedAt: NOW - 3 * H,
          metrics,
        },
        score: null,
      },
    ],
    ...over,
  });
}

export type FakeApi = { [K in keyof PopupApi]: Mock<PopupApi[K]> };

export function fakeApi(page: PopupPage): FakeApi {
  return {
    pageState: vi.fn(async () => page),
    setTracking: vi.fn(async (_p, handle: string, tracked: boolean) => ({
      tracked: tracked ? [handle.toLowerCase()] : [],
    })),
    storageStatus: vi.fn(async () => ({ ok: true, error: null, at: null })),
    addInstance: vi.fn(async () => true),
    openDashboard: vi.fn(),
    postCurve: vi.fn(async () => null),
  };
}

export const text = () => (root.textContent ?? '').replace(/\s+/g, ' ');
export const findButton = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === name);
export const button = (name: string) => until(() => findButton(name), `button "${name}"`);

export async function mount(page: PopupPage) {
  const api = fakeApi(page);
  // The page is polled every refreshMs; a day keeps the test's own state in charge.
  render(<PopupApp api={api} now={NOW} refreshMs={24 * H} />, root);
  await until(() => root.querySelector('.health'), 'the page line');
  return api;
}

export const items = () =>
  [...root.querySelectorAll('.metrics li')].map((li) => [li.textContent, li.getAttribute('title')]);
