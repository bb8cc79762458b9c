import type { PageState } from '@/lib/protocol/messages';
import { siteOfPage } from '@/lib/sites/catalog';
import type { PopupPage } from './api';

/** Where the popup's page state comes from: the browser's tab, the worker's instance list, the tab's script. */
export interface PageStateSources {
  /** The tab named in the popup's address (the worker sets it for each page it reads): asked at once. */
  named?: number;
  tab(): Promise<{ id?: number; url?: string } | undefined>;
  /** The Mastodon instances the user added (the worker's listInstances). */
  instances(): Promise<readonly string[]>;
  askTab(tabId: number): Promise<PageState>;
}

/**
 * What the popup shows for its tab. The tab and the worker are asked at once, and a page of a built-in
 * site never waits for the worker: Chrome stops an idle one, and starting it again held the rows back
 * (the benchmark's "worker stopped first" figure). Only a host that may be a self-hosted instance needs
 * the worker's list. A tab named in the popup's address whose script answers is a page Resonance reads,
 * drawn without asking the browser where that tab is: one round trip, not two one after the other.
 */
export async function loadPageState(from: PageStateSources): Promise<PopupPage> {
  // A tab without Resonance's script just doesn't answer.
  const ask = (id: number) =>
    from.askTab(id).then(
      (state) => ({ state }),
      () => null,
    );
  if (from.named !== undefined) {
    const answer = await ask(from.named);
    if (answer) return { kind: 'page', state: answer.state };
  }
  const known = from.instances().catch(() => [] as readonly string[]);
  const tab = await from.tab();
  let url: URL | null = null;
  try {
    url = tab?.url ? new URL(tab.url) : null;
  } catch {}
  const asked = tab?.id ? ask(tab.id) : Promise.resolve(null);
  const site = url && (siteOfPage(url) ?? siteOfPage(url, await known));
  if (!tab?.id || !url || !site) return { kind: 'unsupported', url: url?.href ?? null };
  const answer = await asked;
  return answer ? { kind: 'page', state: answer.state } : { kind: 'no-script' };
}
