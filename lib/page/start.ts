// What every site's script does, given its adapter: capture, badges, and answers to the popup. The
// entrypoints (entrypoints/site-<id>.ts) only name their adapter, so each bundles its own site alone.
// No framework runs here: nothing is posted to the page, so a page's own scripts can't detect or stop
// Resonance through it.
import type { Reply } from '@/lib/protocol/messages';
import type { SiteAdapter } from '@/lib/sites/types';
import { BADGE_CSS } from './badge-dom';
import { BadgeLayer } from './badge-layer';
import { CaptureSession } from './capture';
import { pageLocale } from './read-page';
import { extensionAlive, runtime, sendFromContent } from './runtime';

export async function startCapture(adapter: SiteAdapter): Promise<void> {
  const rt = runtime();
  if (!rt) return;
  const life = new AbortController();
  // A snapshot's key needs only be unique among the flushes the worker groups: one random prefix per page
  // and a counter, where a UUID per snapshot cost 4-6 µs each on the scroll path.
  const keys = crypto.randomUUID();
  let made = 0;
  const session = new CaptureSession({
    adapter,
    doc: document,
    locale: pageLocale(document, navigator.language),
    signal: life.signal,
    send: (type, payload) => {
      // The extension was reloaded or removed under this page: this script's work is over.
      if (!extensionAlive()) life.abort();
      return sendFromContent(type, payload);
    },
    badges: new BadgeLayer({ css: BADGE_CSS }),
    now: () => Date.now(),
    newKey: () => `${keys}:${made++}`,
  });

  const onMessage = (
    message: unknown,
    sender: { id?: string },
    sendResponse: (r: Reply<unknown>) => void,
  ) => {
    if (sender.id !== rt.id) return;
    const type = (message as { type?: unknown } | null)?.type;
    if (type === 'getPageState') {
      sendResponse({ ok: true, data: session.pageState() });
      return;
    }
    if (type === 'trackingChanged') {
      void session.refreshTracking().then(() => session.rescan());
      sendResponse({ ok: true, data: { ok: true } });
    }
  };
  rt.onMessage.addListener(onMessage);
  life.signal.addEventListener('abort', () => rt.onMessage.removeListener(onMessage), { once: true });
  await session.start();
}
