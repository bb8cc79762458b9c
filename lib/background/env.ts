// What the background's handlers need from the world, injected so Node tests drive them without a browser.
import type { SiteId } from '@/lib/sites/catalog';
import type { ResonanceDB } from '@/lib/store/records';

export interface BackgroundEnv {
  db(): Promise<ResonanceDB>;
  /** A store request failed: the connection may be gone (lib/store/connection.ts). */
  dbFailed?(e: unknown): void;
  now(): number;
  /** Tell the content scripts of a site that tracking or history changed. */
  notifyTracking?(platform: SiteId): void;
  /** Start reading a self-hosted instance (register its content script); its permission is already granted. */
  registerInstance?(host: string): Promise<void>;
  /** Stop reading it (unregister its content script). */
  unregisterInstance?(host: string): Promise<void>;
  /** Whether the user granted the host permission for an instance. */
  hasHostPermission?(host: string): Promise<boolean>;
}

/** Who sent a message: a page's content script, or one of the extension's own pages. */
export interface SenderInfo {
  fromExtensionPage: boolean;
}
