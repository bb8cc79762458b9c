// The exact counts in the data Threads renders its first page from (script[type="application/json"] in the real
// profile capture: thread_items[].post with code, like_count and text_post_app_info.{direct_reply_count,
// repost_count, quote_count}). Only the posts of the first load are there (later ones arrive by XHR, which an
// adapter never sees), and the data is not updated as the page is: a record is used only for the post with
// its code and its author, and each count only where it agrees with the number the page shows (counts.ts).
// The data is parsed as JSON, never as markup.
import { perRun } from '@/lib/sites/shared/per-run';
import { TH } from './selectors';

export interface PostData {
  author: string;
  likes?: number;
  replies?: number;
  reposts?: number;
  quotes?: number;
  /** The author hid the like count (`like_and_view_counts_disabled`). */
  likesHidden: boolean;
  /** The account a reply answers (`reply_to_author`); absent on a post that answers none. */
  replyTo?: string;
}

type Index = Map<string, PostData | null>;

const cache = new WeakMap<Document, { scripts: number; index: Index }>();

const num = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined);
const obj = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined);

function recordOf(o: Record<string, unknown>): PostData | null {
  const info = obj(o.text_post_app_info);
  const author = obj(o.user)?.username;
  if (!info || typeof author !== 'string' || num(o.like_count) === undefined) return null;
  const replyTo = info.is_reply === true ? obj(info.reply_to_author)?.username : undefined;
  return {
    author,
    likes: num(o.like_count),
    replies: num(info.direct_reply_count),
    reposts: num(info.repost_count),
    quotes: num(info.quote_count),
    likesHidden: o.like_and_view_counts_disabled === true,
    ...(typeof replyTo === 'string' ? { replyTo } : {}),
  };
}

const same = (a: PostData, b: PostData) => JSON.stringify(a) === JSON.stringify(b);

function add(index: Index, root: unknown): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (!v || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
      continue;
    }
    const o = v as Record<string, unknown>;
    const rec = typeof o.code === 'string' ? recordOf(o) : null;
    if (rec && typeof o.code === 'string') {
      const had = index.get(o.code);
      // Two records of one post that disagree (two loads of it): neither is certain.
      index.set(o.code, had === undefined || (had && same(had, rec)) ? rec : null);
    }
    for (const k in o) stack.push(o[k]);
  }
}

function build(scripts: NodeListOf<Element>): Index {
  const index: Index = new Map();
  for (const s of scripts) {
    const text = s.textContent ?? '';
    if (!text.includes('"text_post_app_info"')) continue;
    try {
      add(index, JSON.parse(text));
    } catch {
      // Not JSON after all: nothing is taken from it.
    }
  }
  return index;
}

/**
 * The page data's scripts, searched for once per run of our script, not once per post: finding a post just
 * added went from 24-26 to 17-20 µs (site-read bench, the Threads fixtures and capture, alternating runs).
 */
const dataScripts = perRun((doc: Document) => doc.querySelectorAll(TH.pageData.css));

/** The page data's record of the post `code` by `author`, or null when there is none or it is not certain. */
export function postData(doc: Document, code: string, author: string): PostData | null {
  const scripts = dataScripts(doc);
  let c = cache.get(doc);
  if (!c || c.scripts !== scripts.length) {
    c = { scripts: scripts.length, index: build(scripts) };
    cache.set(doc, c);
  }
  const rec = c.index.get(code);
  return rec && rec.author.toLowerCase() === author.toLowerCase() ? rec : null;
}
