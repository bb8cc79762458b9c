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

/** Re-registers every remembered instance (content scripts registered at run time may not survive an update). */
export async function restoreInstances(env: BackgroundEnv): Promise<void> {
  for (const host of await readInstances(await env.db())) {
    if (env.hasHostPermission && !(await env.hasHostPermission(host))) continue;
    await env.registerInstance?.(host).catch(() => {});
  }
}
