// A post's text read off its element as text, never as HTML: text nodes, and the `alt` of inline images
// (X and Facebook draw emoji as `<img alt="🇨🇳">`), then collapsed and cut (lib/core/text.ts).
import { snippet } from '@/lib/core/text';

/** Elements that end a line or a paragraph: the words on either side of them are two words. Facebook draws
 *  each line of a message as a `div[dir=auto]` (real post page capture, 2025-06). */
const BREAKS = 'br,p,li,blockquote,div[dir="auto"]';
/** Elements whose content is never the post's words: buttons ("See more", "…and 2 more") among them. */
const UNSEEN = 'script,style,svg,button,[role="button"]';

function collect(node: Node, skip: string, out: string[]): void {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) out.push((child as Text).data);
    else if (child.nodeType === 1 && !(child as Element).matches(skip)) {
      const el = child as Element;
      const gap = el.matches(BREAKS) ? ' ' : '';
      // A tag link is a word of its own: TikTok and Mastodon's tag bar draw it with no space before it.
      const tag = el.tagName === 'A' && /^\s*#/.test(el.textContent ?? '') ? ' ' : '';
      out.push(gap || tag, el.tagName === 'IMG' ? (el.getAttribute('alt') ?? '') : '');
      collect(el, skip, out);
      out.push(gap);
    }
  }
}

type Part = Element | null | undefined;

/**
 * `{ text }`: the text of `parts` (a post's words; or its warning, words and tags, each a part, in page
 * order) as the page shows it, collapsed and cut to a snippet; `{}` when it has none, so a reading without
 * words has no `text` at all. `skip`: descendants that are not its words (the author's name, a time).
 */
export function postText(parts: Part | readonly Part[], skip = ''): { text?: string } {
  const out: string[] = [];
  for (const el of [parts].flat()) {
    if (el) collect(el, skip ? `${UNSEEN},${skip}` : UNSEEN, out);
    out.push(' ');
  }
  return textField(out.join(''));
}

/** `{ text }` of a text the page gives as such (an attribute: Reddit's `post-title`), or `{}` when empty. */
export function textField(raw: string | null | undefined): { text?: string } {
  const text = snippet(raw ?? '');
  return text ? { text } : {};
}
