// An Instagram post's caption: its author's words, never a comment's. On a post page (and a post opened over a
// grid) the caption is the first entry of the comment list, told apart by its <time> in no link (a comment's
// time links to /p/<code>/c/<id>/; real post page capture, 2025-11). In a feed article it follows the action
// bar, after the author's name. The author's name, times and buttons ("more", "Reply") are not its words.
import { postText } from '@/lib/sites/shared/text';
import { IG } from './selectors';

/** `Node.DOCUMENT_POSITION_FOLLOWING`, without the Node global (the adapter also runs on a Node DOM). */
const FOLLOWING = 4;

/** Where the caption is: its own time, else in a feed article the author's name after the post's time (on a
 *  post page the name after it is "More posts from <author>"). */
function anchorOf(around: Element, authorLink: string, time: Element): Element | null {
  for (const t of around.querySelectorAll(IG.captionTime.css)) if (!t.closest('a')) return t;
  if (!around.matches(IG.article.css)) return null;
  for (const a of around.querySelectorAll(authorLink))
    if (time.compareDocumentPosition(a) & FOLLOWING) return a;
  return null;
}

/** `around`: the post with its comment list; `time`: its permalink's time. */
export function captionOf(around: Element, author: string, time: Element): { text?: string } {
  const authorLink = `a[href="/${author}/"]`;
  const anchor = anchorOf(around, authorLink, time);
  const skip = `time, ${authorLink}`;
  // Up from the anchor to the first box with words: the caption's; a box holding a linked time (a
  // comment's, the post's) is past it.
  for (let n = anchor?.parentElement; n && around.contains(n); n = n.parentElement) {
    if (n.querySelector('a time')) break;
    const words = postText(n, skip);
    if (words.text) return words;
  }
  return {};
}
