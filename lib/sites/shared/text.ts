// A post's text read off its element as text, never as HTML: text nodes, and the `alt` of inline images
// (X and Facebook draw emoji as `<img alt="🇨🇳">`), then collapsed and cut (lib/core/text.ts).
import { snippet } from '@/lib/core/text';

/** Elements that end a line or a paragraph: the words on either side of them are two words. Facebook draws
 *  each line of a message as a `div[dir=auto]` (real post page capture, 2025-06). */
const BREAKS = /^(br|p|li|blockquote)$/;
/** Elements whose content is never the post's words: buttons ("See more", "…and 2 more") among them. */
const UNSEEN = /^(script|style|svg|button)$/;

/**
 * Each child by its siblings and each element told by its name, not by `matches` over `childNodes`: on the
 * real X profile capture's posts (fresh clones, Chromium), a post's words went from ~24 to ~15 µs.
 */
function collect(node: Node, skip: string, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out.push((child as Text).data);
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const name = el.localName;
    if (UNSEEN.test(name) || el.getAttribute('role') === 'button' || (skip && el.matches(skip))) continue;
    const gap = BREAKS.test(name) || (name === 'div' && el.matches('[dir=auto]')) ? ' ' : '';
    // A tag link is a word of its own: TikTok and Mastodon's tag bar draw it with no space before it.
    const tag = name === 'a' && /^\s*#/.test(el.textContent ?? '') ? ' ' : '';
    out.push(gap || tag, name === 'img' ? (el.getAttribute('alt') ?? '') : '');
    collect(el, skip, out);
    out.push(gap);
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
    if (el) collect(el, skip, out);
    out.push(' ');
  }
  return textField(out.join(''));
}

/** `{ text }` of a text the page gives as such (an attribute: Reddit's `post-title`), or `{}` when empty. */
export function textField(raw: string | null | undefined): { text?: string } {
  const text = snippet(raw ?? '');
  return text ? { text } : {};
}
