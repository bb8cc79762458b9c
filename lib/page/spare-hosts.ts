// Badge hosts made ahead, outside the page's frame: making a host (its element, its closed shadow root,
// the root's style and empty box) was over half of placing a badge in the frame that added its post
// (observe.ts), where every millisecond lengthens a long task of the page's. A post then takes a ready
// host; the few a frame took are made again at the end of the read that follows that frame (capture.ts),
// a task the page runs for Resonance anyway, rather than in a task of their own.

export interface MadeHost {
  host: HTMLElement;
  root: ShadowRoot;
}

export interface SpareHosts {
  /** A host of `doc`, ready or made now. */
  take(doc: Document): MadeHost;
  /** Makes the hosts taken since the last refill. */
  refill(): void;
}

/** How many hosts are kept ready: a frame of a feed scrolled fast adds a few posts, a long page ~10. */
const READY = 12;

/**
 * Keeps hosts ready. One badge layer serves one document (a content script runs per frame), so every
 * ready host is of the document asked for. A host taken with no read after it (a score's arrival
 * putting back a host the site dropped) is made again at the next read.
 */
export function spareHosts(make: (doc: Document) => MadeHost): SpareHosts {
  const ready: MadeHost[] = [];
  let of: Document | undefined;
  return {
    take(doc) {
      of = doc;
      return ready.pop() ?? make(doc);
    },
    refill() {
      while (of && ready.length < READY) ready.push(make(of));
    },
  };
}
