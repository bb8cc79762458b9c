// Thin wiring: pick the site's adapter, start capturing, answer the popup.
import { browser } from 'wxt/browser';
import { BADGE_CSS } from '@/components/badge/ScoreBadge';
import { BadgeLayer } from '@/lib/page/badge-layer';
import { CaptureSession } from '@/lib/page/capture';
import { pageLocale } from '@/lib/page/read-page';
import { send } from '@/lib/protocol/client';
import type { Reply } from '@/lib/protocol/messages';
import { adapterFor } from '@/lib/sites/adapters.ts';
import { HOST_MATCHES } from '@/lib/sites/catalog';

export default defineContentScript({
  matches: HOST_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = adapterFor(new URL(location.href));
    if (!adapter) return;
    const session = new CaptureSession({
      adapter,
      doc: document,
      locale: pageLocale(document, navigator.language),
      signal: ctx.signal,
      send,
      badges: new BadgeLayer(BADGE_CSS),
      now: () => Date.now(),
      newKey: () => crypto.randomUUID(),
    });

    browser.runtime.onMessage.addListener(
      (message: unknown, sender, sendResponse: (r: Reply<unknown>) => void) => {
        if (sender.id !== browser.runtime.id || typeof message !== 'object' || message === null) return;
        const type = (message as { type?: unknown }).type;
        if (type === 'getPageState') {
          sendResponse({ ok: true, data: session.pageState() });
          return;
        }
        if (type === 'trackingChanged') {
          void session.refreshTracking().then(() => session.rescan());
          sendResponse({ ok: true, data: { ok: true } });
        }
      },
    );
    ctx.addEventListener(window, 'wxt:locationchange', () => session.rescan());
    await session.start();
  },
});
