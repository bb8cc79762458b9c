// Self-hosted instances (Mastodon). The dashboard asks the browser for the host permission on the user's
// click, then tells the background, which checks the grant, registers the site's content script for that
// host and remembers it; removing an instance unregisters it (the page then drops the permission).
import { fail } from '@/lib/protocol/checks/basics';
import type { ExtensionPageRequests } from '@/lib/protocol/messages';
import { isInstanceHost, readInstances, saveInstances } from '@/lib/store/instances';
import type { BackgroundEnv } from './env';
import type { Handlers } from './handler-types';

function checkHost(x: unknown): string {
  const host = typeof x === 'string' ? x.trim().toLowerCase() : '';
  if (!isInstanceHost(host)) fail('host must be a host name like mastodon.social');
  return host;
}

type InstanceRequests = Pick<ExtensionPageRequests, 'listInstances' | 'addInstance' | 'removeInstance'>;

export function instanceHandlers(env: BackgroundEnv): Handlers<InstanceRequests> {
  return {
    async listInstances() {
      return readInstances(await env.db());
    },
    async addInstance(p) {
      const host = checkHost(p.host);
      if (env.hasHostPermission && !(await env.hasHostPermission(host)))
        fail(`Resonance has no permission to read ${host}: allow it when the browser asks`);
      await env.registerInstance?.(host);
      const db = await env.db();
      return saveInstances(db, [...(await readInstances(db)), host]);
    },
    async removeInstance(p) {
      const host = checkHost(p.host);
      await env.unregisterInstance?.(host);
      const db = await env.db();
      return saveInstances(
        db,
        (await readInstances(db)).filter((h) => h !== host),
      );
    },
  };
}

/** `https://host/*` → host, for origins of granted or removed permissions; anything else → null. */
export function hostOfOrigin(origin: string): string | null {
  const m = /^https:\/\/([^/*]+)\/\*$/.exec(origin);
  return m && isInstanceHost(m[1]) ? m[1] : null;
}

/**
 * The browser granted or removed host permissions (from our pages or its own settings): instances follow.
 * The popup may close while the browser asks (Firefox does), so the grant itself starts the reading.
 * Hosts of the sites Resonance reads anyway (`fixed`) are not instances.
 */
export async function permissionsChanged(
  env: BackgroundEnv,
  change: { added?: string[]; removed?: string[] },
  fixed: readonly string[],
): Promise<string[]> {
  const db = await env.db();
  let hosts = await readInstances(db);
  const pick = (origins: string[] = []) =>
    origins.map(hostOfOrigin).filter((h): h is string => h !== null && !fixed.includes(h));
  for (const host of pick(change.added)) {
    await env.registerInstance?.(host);
    hosts = [...hosts, host];
  }
  for (const host of pick(change.removed)) {
    await env.unregisterInstance?.(host);
    hosts = hosts.filter((h) => h !== host);
  }
  return saveInstances(db, hosts);
}

/** Re-registers every remembered instance (content scripts registered at run time may not survive an update). */
export async function restoreInstances(env: BackgroundEnv): Promise<void> {
  for (const host of await readInstances(await env.db())) {
    if (env.hasHostPermission && !(await env.hasHostPermission(host))) continue;
    await env.registerInstance?.(host).catch(() => {});
  }
}
