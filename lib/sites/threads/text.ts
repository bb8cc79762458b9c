// A Threads post's words. They have no attribute of their own: they are the first text run after the post's
// permalink that sits in no link and no button (names and counts do), outside a quoted post's card. What
// comes before the permalink (a repost's "… reposted" header) is not the post's.
import { postText } from '@/lib/sites/shared/text';
import { ownAll } from './scope';
import { TH } from './selectors';

/** `Node.DOCUMENT_POSITION_FOLLOWING`, without the Node global (the adapter also runs on a Node DOM). */
const FOLLOWING = 4;

export function textOf(post: Element, time: Element, cards: Element[]): { text?: string } {
  const words = ownAll(post, TH.textRun.css).find(
    (run) =>
      (time.compareDocumentPosition(run) & FOLLOWING) !== 0 &&
      !run.contains(time) &&
      !run.closest('a, [role="button"]') &&
      !cards.some((c) => c.contains(run)),
  );
  return postText(words);
}
