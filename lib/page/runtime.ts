// The extension API a site script uses: the browser's own. Chrome (MV3) and Firefox both return promises
// for the two calls a site script makes, so webextension-polyfill (which the extension's pages use) is
// left out here: it was 2.5 kB of the script's 15 kB gzip budget.
import type { ContentSend, Reply } from '@/lib/protocol/messages';
import { unwrap } from '@/lib/protocol/messages';

type Listener = (
  message: unknown,
  sender: { id?: string },
  sendResponse: (r: Reply<unknown>) => void,
) => void;

interface Runtime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(l: Listener): void; removeListener(l: Listener): void };
}

export function runtime(): Runtime | null {
  const g = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  return g.browser?.runtime ?? g.chrome?.runtime ?? null;
}

/** False once the extension was reloaded or removed under this page: the script then stops. */
export function extensionAlive(): boolean {
  try {
    return Boolean(runtime()?.id);
  } catch {
    return false;
  }
}

export const sendFromContent: ContentSend = async (type, payload) => {
  const rt = runtime();
  if (!rt) throw new Error(`${type}: the extension is gone`);
  return unwrap((await rt.sendMessage({ type, ...payload })) as Reply<never> | undefined, type);
};
