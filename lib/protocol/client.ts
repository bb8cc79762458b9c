// Sending a protocol message from a content script or an extension page to the background.
import { browser } from 'wxt/browser';
import type { MessageType, ProtocolMap, Reply } from './messages';
import { unwrap } from './messages';

export async function send<T extends MessageType>(
  type: T,
  payload: ProtocolMap[T][0],
): Promise<ProtocolMap[T][1]> {
  const reply = (await browser.runtime.sendMessage({ type, ...payload })) as
    | Reply<ProtocolMap[T][1]>
    | undefined;
  return unwrap(reply, type);
}

/** Asks the content script of a tab; the popup uses it to learn what the page shows. */
export async function askTab<T extends MessageType>(
  tabId: number,
  type: T,
  payload: ProtocolMap[T][0],
): Promise<ProtocolMap[T][1]> {
  const reply = (await browser.tabs.sendMessage(tabId, { type, ...payload })) as
    | Reply<ProtocolMap[T][1]>
    | undefined;
  return unwrap(reply, type);
}
