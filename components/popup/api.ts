import type { PageState, StorageStatus, TrackingState } from '@/lib/protocol/messages';
import type { PlatformId } from '@/lib/sites/types';

/** What the popup needs from the extension; the real one talks to the tab and the background, tests pass a fake. */
export interface PopupApi {
  /** The page's state, or why there is none. */
  pageState(): Promise<
    { kind: 'page'; state: PageState } | { kind: 'unsupported'; url: string | null } | { kind: 'no-script' }
  >;
  setTracking(platform: PlatformId, handle: string, tracked: boolean): Promise<TrackingState>;
  storageStatus(): Promise<StorageStatus>;
  /** Opens the dashboard in a tab, at a section (`export`) when given. */
  openDashboard(section?: 'export'): void;
}
