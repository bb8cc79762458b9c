// The action's popup names each tab Resonance reads, once per document the tab loads.
import { describe, expect, it, vi } from 'vitest';
import { popupPathFor, tabPopups } from '@/lib/background/tab-popup';

const sender = (tabId: number | undefined, documentId?: string, frameId = 0) => ({
  tab: tabId === undefined ? undefined : { id: tabId },
  frameId,
  documentId,
  url: `https://x.com/${documentId}`,
});

describe("the action's popup for each tab read", () => {
  it('names the tab once per document, again when the tab loads another', async () => {
    const set = vi.fn(async () => {});
    const note = tabPopups(set);
    for (let i = 0; i < 5; i++) note(sender(4, 'doc-a'));
    note(sender(9, 'doc-b'));
    expect(set.mock.calls).toEqual([
      [4, 'popup.html?tab=4'],
      [9, 'popup.html?tab=9'],
    ]);
    note(sender(4, 'doc-c'));
    expect(set).toHaveBeenLastCalledWith(4, popupPathFor(4));
    expect(set).toHaveBeenCalledTimes(3);
  });

  it('leaves alone messages of no tab, of frames inside a page, and keys by address where there is no document id', () => {
    const set = vi.fn(async () => {});
    const note = tabPopups(set);
    note(sender(undefined, 'doc-a'));
    note(sender(-1, 'doc-a'));
    note(sender(4, 'frame-doc', 2));
    expect(set).not.toHaveBeenCalled();
    note({ tab: { id: 5 }, url: 'https://x.com/a' });
    note({ tab: { id: 5 }, url: 'https://x.com/a' });
    note({ tab: { id: 5 }, url: 'https://x.com/b' });
    expect(set).toHaveBeenCalledTimes(2);
  });

  it('tries again on the next message when the browser refused (a tab closing)', async () => {
    const set = vi.fn().mockRejectedValueOnce(new Error('No tab with id: 4')).mockResolvedValue(undefined);
    const note = tabPopups(set);
    note(sender(4, 'doc-a'));
    await vi.waitFor(() => expect(set).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r));
    note(sender(4, 'doc-a'));
    expect(set).toHaveBeenCalledTimes(2);
  });
});
