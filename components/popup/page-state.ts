import type { PageState } from '@/lib/protocol/messages';
import { siteOfPage } from '@/lib/sites/catalog';
import type { PopupPage } from './api';

/** Where the popup's page state comes from: the browser's tab, the worker's instance list, the tab's script. */
export interface PageStateSources {
  tab(): Promise<{ id?: number; url?: string } | undefined>;
  /** The Mastodon instances the user added (the worker's listInstances). */
  instances(): Promise<readonly string[]>;
  askTab(tabId: number): Promise<PageState>;
}

/**
 * What the popup shows for its tab. The tab and the worker are asked at once, and a page of a built-in
 * site never waits for the worker: Chrome stops an idle one, and starting it again held the rows back
 * (the benchmark's "worker stopped first" figure). Only a host that may be a self-hosted instance needs
 * the worker's list.
 */
export async function loadPageState(from: PageStateSources): Promise<PopupPage> {
  const known = from.instances().catch(() => [] as readonly string[]);
  const tab = await from.tab();
  let url: URL | null = null;
  try {
    url = tab?.url ? new URL(tab.url) : null;
  } catch {}
  // A tab without Resonance's script just doesn't answer.
  const asked = tab?.id
    ? from.askTab(tab.id).then(
        (state) => ({ state }),
        () => null,
      )
    : Promise.resolve(null);
  const site = url && (siteOfPage(url) ?? siteOfPage(url, await known));
  if (!tab?.id || !url || !site) return { kind: 'unsupported', url: url?.href ?? null };
  const answer = await asked;
  return answer ? { kind: 'page', state: answer.state } : { kind: 'no-script' };
}
