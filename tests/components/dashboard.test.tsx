// @vitest-environment happy-dom
// The dashboard app: its accounts and the chosen one's history, tracking, settings, deletion and storage.
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { DashboardApi, StorageReport } from '@/components/dashboard/api';
import { root, until } from '@/tests/helpers/dom-root';
import {
  button,
  fakeApi,
  findButton,
  labelled,
  mount,
  NOW,
  POSTS,
  SCORE,
  sourceOf,
  text,
  useDashboardPage,
} from './dashboard-harness';

useDashboardPage();

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
