// Badge hosts made ahead, in a task of their own after the page's frame: making a host (its element, its
// closed shadow root, the root's style and empty box) was over half of placing a badge in the frame that
// added its post (observe.ts), where every millisecond lengthens a long task of the page's. A post then
// takes a ready host; the few a frame took are made again right after it.

export interface MadeHost {
  host: HTMLElement;
  root: ShadowRoot;
}

/** How many hosts are kept ready: a frame of a feed scrolled fast adds a few posts, a long page ~10. */
const READY = 12;

/**
 * Takes a host of `doc`, ready or made now. One badge layer serves one document (a content script runs
 * per frame), so every ready host is of the document asked for.
 */
export function spareHosts(make: (doc: Document) => MadeHost): (doc: Document) => MadeHost {
  const ready: MadeHost[] = [];
  let refilling = false;
  return (doc) => {
    if (!refilling) {
      refilling = true;
      setTimeout(() => {
        refilling = false;
        while (ready.length < READY) ready.push(make(doc));
      });
    }
    return ready.pop() ?? make(doc);
  };
}
