// @vitest-environment happy-dom
// The dashboard's Sites panel: each site's last good reading and last problem, and the Mastodon servers
// read, added from what the user types (the browser's permission asked by the api) or let go.
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { SitesPanel } from '@/components/dashboard/SitesPanel';
import type { SiteHealth } from '@/lib/protocol/health';
import { root, until } from '@/tests/helpers/dom-root';
import { button, fakeApi, NOW, text, useDashboardPage } from './dashboard-harness';

useDashboardPage();

const H = 3600e3;

async function mountSites(over: Parameters<typeof fakeApi>[0] = {}) {
  const api = fakeApi(over);
  render(<SitesPanel api={api} now={NOW} />, root);
  await until(() => !text().includes('Loading…'), 'the sites’ health');
  return api;
}

const serverInput = () => root.querySelector<HTMLInputElement>('form.add-instance input')!;

async function typeAndAdd(value: string) {
  const input = serverInput();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await until(() => serverInput().value === value, 'the typed server');
  root
    .querySelector('form.add-instance')!
    .dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}

describe('dashboard: sites', () => {
  it('shows a site whose last reading failed as failing, and one read well with its posts', async () => {
    const health: SiteHealth[] = [
      {
        platform: 'x',
        lastGood: { at: NOW - 30 * H, url: 'https://x.com/Brand', posts: 12, own: 10 },
        lastProblem: { at: NOW - 2 * H, url: 'https://x.com/Brand', why: 'no post container found' },
      },
      {
        platform: 'bluesky',
        lastGood: { at: NOW - 3 * H, url: 'https://bsky.app/profile/brand', posts: 1, own: 1 },
        lastProblem: null,
      },
    ];
    await mountSites({ siteHealth: vi.fn(async () => health) });
    const rows = [...root.querySelectorAll('table.sites tbody tr')];
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('Can’t find posts: no post container found');
    expect(rows[0]!.querySelector('th')!.classList.contains('failing')).toBe(true);
    expect(rows[1]!.textContent).toContain('1 post read, 1 of yours');
    expect(rows[1]!.textContent).toContain('none');
    expect(rows[1]!.querySelector('th')!.classList.contains('failing')).toBe(false);
  });

  it('adds the server a link names, clears the field and lists the servers again', async () => {
    const api = await mountSites();
    expect(api.instances).toHaveBeenCalledTimes(1);
    await typeAndAdd('https://Mastodon.Social/@brand');
    await until(() => text().includes('Reading mastodon.social from now on: reload its tabs.'), 'added');
    expect(api.addInstance).toHaveBeenCalledWith('mastodon.social');
    await until(() => serverInput().value === '', 'the field cleared');
    expect(api.instances).toHaveBeenCalledTimes(2);
  });

  it('says what to type for text that names no server, and asks the browser for nothing', async () => {
    const api = await mountSites();
    await typeAndAdd('not a server');
    await until(() => text().includes('Type a server’s address, like mastodon.social.'), 'the hint');
    expect(api.addInstance).not.toHaveBeenCalled();
    expect(serverInput().value).toBe('not a server');
  });

  it('keeps what was typed when the browser’s permission was not given', async () => {
    const api = await mountSites({ addInstance: vi.fn(async () => false) });
    await typeAndAdd('@brand@fosstodon.org');
    await until(
      () => text().includes('Not added: the browser’s permission to read fosstodon.org'),
      'refusal',
    );
    expect(api.addInstance).toHaveBeenCalledWith('fosstodon.org');
    expect(serverInput().value).toBe('@brand@fosstodon.org');
  });

  it('stops reading a server it lists, keeping its history', async () => {
    const api = await mountSites({ instances: vi.fn(async () => ['mastodon.social']) });
    (await button('Stop reading mastodon.social')).click();
    await until(() => text().includes('No longer reading mastodon.social. Its history is kept.'), 'removed');
    expect(api.removeInstance).toHaveBeenCalledWith('mastodon.social');
  });
});
