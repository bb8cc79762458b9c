import { createContext } from 'preact';
import type { PostTagsApi } from '@/components/shared/TagEditor';
import type { PostBand } from '@/lib/protocol/history';
import type { PageState, StorageStatus, TrackingState } from '@/lib/protocol/messages';
import type { SiteId } from '@/lib/sites/catalog';

export type PopupPage =
  | { kind: 'page'; state: PageState }
  /** No site of Resonance's on this tab; `url` lets the popup offer to add it as a Mastodon instance. */
  | { kind: 'unsupported'; url: string | null }
  /** A supported site, but its content script does not answer (the tab predates the extension). */
  | { kind: 'no-script' };

/** What the popup needs from the extension; the real one talks to the tab and the background, tests pass a fake. */
export interface PopupApi {
  pageState(): Promise<PopupPage>;
  setTracking(platform: SiteId, handle: string, tracked: boolean): Promise<TrackingState>;
  storageStatus(): Promise<StorageStatus>;
  /**
   * Asks the browser for permission to read `host` (it must run on the user's click), then starts reading
   * it as a Mastodon instance. Resolves false when the user declined.
   */
  addInstance(host: string): Promise<boolean>;
  /** A post's curve against the usual, for its details (the background's getPostCurve). */
  postCurve(platform: SiteId, id: string): Promise<PostBand | null>;
  /** Opens the dashboard in a tab, at a section when given. */
  openDashboard(section?: 'export' | 'sites'): void;
}

/**
 * Posts' tags (what each post tries), for a post's details. Provided by the popup's entry point (the
 * post rows are drawn deep inside the page view); without it the rows offer no tags.
 */
export const PostTagsContext = createContext<PostTagsApi | null>(null);
