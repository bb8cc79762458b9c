// The action's popup names the tab it opens for (`popup.html?tab=ID`), set for each page a Resonance
// script runs in: the popup then asks that tab for its state at once, and the browser where the tab is
// only when it doesn't answer, instead of one round trip after the other (components/popup/page-state.ts).
// Chrome drops a tab's own popup when the tab loads another document, so it is set again for each one.

/** What the worker knows of a message's sender, as the browser gives it. */
export interface TabSender {
  tab?: { id?: number };
  frameId?: number;
  /** Chrome's id of the sending document; where a browser has none, the page's address stands in. */
  documentId?: string;
  url?: string;
}

/** The popup's path naming one tab, as `action.setPopup` takes it. */
export const popupPathFor = (tabId: number): string => `popup.html?tab=${tabId}`;

/**
 * Returns what the worker calls for each content script's message: sets the tab's popup the first time
 * a document of that tab writes, and never again for the same document (a feed sends hundreds).
 */
export function tabPopups(setPopup: (tabId: number, popup: string) => Promise<unknown>) {
  /** Each tab's document whose popup is set: one entry per tab, replaced when the tab loads another. */
  const setFor = new Map<number, string>();
  return (sender: TabSender): void => {
    const tabId = sender.tab?.id;
    // A frame inside the page is the same tab; its own document would only churn the entry.
    if (tabId === undefined || tabId < 0 || (sender.frameId ?? 0) !== 0) return;
    const doc = sender.documentId ?? sender.url ?? '';
    if (setFor.get(tabId) === doc) return;
    setFor.set(tabId, doc);
    // A tab closed meanwhile refuses; the popup then finds its tab as before.
    setPopup(tabId, popupPathFor(tabId)).catch(() => setFor.delete(tabId));
  };
}
