// What the popup shows for its tab, over fake sources: a built-in site's page never waits for the worker.
import { describe, expect, it, vi } from 'vitest';
import { loadPageState, type PageStateSources } from '@/components/popup/page-state';
import type { PageState } from '@/lib/protocol/messages';

const STATE = { platform: 'x', url: 'https://x.com/Brand' } as PageState;
const never = <T>() => new Promise<T>(() => {});

function sources(url: string | undefined, over: Partial<PageStateSources> = {}) {
  return {
    tab: vi.fn(async () => ({ id: 7, url })),
    instances: vi.fn(async () => [] as readonly string[]),
    askTab: vi.fn(async () => STATE),
    ...over,
  };
}

describe("the popup's page state", () => {
  it('draws a built-in site’s page without waiting for the worker (stopped, it may take a while)', async () => {
    const from = sources('https://x.com/Brand', { instances: vi.fn(never<readonly string[]>) });
    await expect(loadPageState(from)).resolves.toEqual({ kind: 'page', state: STATE });
    expect(from.askTab).toHaveBeenCalledWith(7);
  });

  it('reads a host as a Mastodon instance only once the worker names it, asking the tab meanwhile', async () => {
    let answer: (hosts: readonly string[]) => void = () => {};
    const from = sources('https://social.example/@brand', {
      instances: vi.fn(() => new Promise<readonly string[]>((r) => (answer = r))),
    });
    const loaded = loadPageState(from);
    await vi.waitFor(() => expect(from.askTab).toHaveBeenCalledWith(7));
    answer(['social.example']);
    await expect(loaded).resolves.toEqual({ kind: 'page', state: STATE });
    const other = sources('https://social.example/@brand', {
      instances: vi.fn(async () => ['other.example']),
    });
    await expect(loadPageState(other)).resolves.toEqual({
      kind: 'unsupported',
      url: 'https://social.example/@brand',
    });
  });

  it('says unsupported for a tab it cannot read, and when the worker cannot list instances', async () => {
    await expect(loadPageState(sources(undefined))).resolves.toEqual({ kind: 'unsupported', url: null });
    await expect(loadPageState(sources('chrome://extensions/'))).resolves.toEqual({
      kind: 'unsupported',
      url: 'chrome://extensions/',
    });
    const failing = sources('https://social.example/', {
      instances: vi.fn(async () => Promise.reject(new Error('x'))),
    });
    await expect(loadPageState(failing)).resolves.toEqual({
      kind: 'unsupported',
      url: 'https://social.example/',
    });
  });

  it('says the script is not running when the tab of a supported site does not answer', async () => {
    const from = sources('https://x.com/Brand', {
      askTab: vi.fn(async () => Promise.reject(new Error('no receiver'))),
    });
    await expect(loadPageState(from)).resolves.toEqual({ kind: 'no-script' });
    const noId = sources('https://x.com/Brand', { tab: vi.fn(async () => ({ url: 'https://x.com/Brand' })) });
    await expect(loadPageState(noId)).resolves.toEqual({ kind: 'unsupported', url: 'https://x.com/Brand' });
  });

  it('draws the tab named in its address from that tab’s answer alone, without asking the browser', async () => {
    const from = sources('https://x.com/Brand', { named: 7, tab: vi.fn(never<{ id: number }>) });
    await expect(loadPageState(from)).resolves.toEqual({ kind: 'page', state: STATE });
    expect(from.askTab).toHaveBeenCalledWith(7);
    expect(from.tab).not.toHaveBeenCalled();
  });

  it('asks the browser about the tab when the tab its address names does not answer', async () => {
    const silent = { askTab: vi.fn(async () => Promise.reject(new Error('no receiver'))) };
    const elsewhere = sources('https://example.com/', { named: 7, ...silent });
    await expect(loadPageState(elsewhere)).resolves.toEqual({
      kind: 'unsupported',
      url: 'https://example.com/',
    });
    const stopped = sources('https://x.com/Brand', { named: 7, ...silent });
    await expect(loadPageState(stopped)).resolves.toEqual({ kind: 'no-script' });
    expect(stopped.tab).toHaveBeenCalled();
  });
});
