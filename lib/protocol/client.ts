// Sending protocol messages from Resonance's own pages (popup, dashboard). Site scripts send with
// lib/page/runtime.ts, which can only name the requests a page's script may make.
import { browser } from 'wxt/browser';
import type { BackgroundMessage, ContentScriptRequests, ProtocolMap, Reply } from './messages';
import { unwrap } from './messages';

async function send<T extends BackgroundMessage>(type: T, payload: ProtocolMap[T][0]) {
  const reply = (await browser.runtime.sendMessage({ type, ...payload })) as
    | Reply<ProtocolMap[T][1]>
    | undefined;
  return unwrap(reply, type);
}

export type PageSend = <T extends BackgroundMessage>(
  type: T,
  payload: ProtocolMap[T][0],
) => Promise<ProtocolMap[T][1]>;

export const sendFromPage: PageSend = send;

/** Asks the content script of a tab; the popup uses it to learn what the page shows. */
export async function askTab<T extends keyof ContentScriptRequests>(
  tabId: number,
  type: T,
  payload: ContentScriptRequests[T][0],
): Promise<ContentScriptRequests[T][1]> {
  const reply = (await browser.tabs.sendMessage(tabId, { type, ...payload })) as
    | Reply<ContentScriptRequests[T][1]>
    | undefined;
  return unwrap(reply, type);
}
