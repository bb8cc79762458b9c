// Facts from the JSON Facebook embeds in `<script type="application/json">` (read as text, never run):
// the logged-in account (`"CurrentUserInitialData",[],{"USER_ID":"0","NAME":""…}`: "0" when logged out)
// and each story's creation time next to its URL (`"story":{"creation_time":1748581325,…,"url":"…"}`),
// both seen in the real capture of a post page
// (tanjinadnanabir/Web-Scraping-Facebook-Post-Comments facebook_post.html, 2025-06). The JSON comes with
// the first load only.
import { perRun } from '@/lib/sites/shared/per-run';
import { parsePostHref } from './links';
import { FB } from './selectors';

/** The page's JSON scripts, searched for once per run of our script (shared/per-run.ts), not once per post read. */
const jsonScripts = perRun((doc: Document) => doc.querySelectorAll(FB.json.css));

function jsonTexts(doc: Document, marker: string): string[] {
  const out: string[] = [];
  for (const s of jsonScripts(doc)) {
    const text = s.textContent ?? '';
    if (text.includes(marker)) out.push(text);
  }
  return out;
}

function unescapeJson(raw: string): string | null {
  try {
    const v: unknown = JSON.parse(`"${raw}"`);
    return typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
}

/** The logged-in account's numeric id and name; null when logged out or not shown. */
export function currentUser(doc: Document): { id: string; name?: string } | null {
  for (const text of jsonTexts(doc, '"CurrentUserInitialData"')) {
    const m = /"CurrentUserInitialData",\[\],(\{[^{}]{0,4000}\})/.exec(text);
    if (!m?.[1]) continue;
    let data: unknown;
    try {
      data = JSON.parse(m[1]);
    } catch {
      continue;
    }
    if (typeof data !== 'object' || data === null) continue;
    const { USER_ID: id, NAME: name } = data as Record<string, unknown>;
    if (typeof id !== 'string' || !/^\d{5,20}$/.test(id)) return null;
    const shown = typeof name === 'string' ? name.trim().slice(0, 100) : '';
    return shown ? { id, name: shown } : { id };
  }
  return null;
}

// `[^{}]` keeps the url in the same JSON object as the creation time.
const STORY = /"creation_time":(\d{9,11}),[^{}]{0,2000}?"url":"((?:[^"\\]|\\.){1,2000})"/g;

interface Cached {
  scripts: number;
  times: Map<string, number>;
}
const cache = new WeakMap<Document, Cached>();

/** Creation times (epoch ms) by post id, for the stories the page's JSON names by URL. */
function storyTimes(doc: Document): Map<string, number> {
  const scripts = jsonScripts(doc).length;
  const hit = cache.get(doc);
  if (hit && hit.scripts === scripts) return hit.times;
  const times = new Map<string, number>();
  for (const text of jsonTexts(doc, '"creation_time"')) {
    for (const m of text.matchAll(STORY)) {
      const url = unescapeJson(m[2] ?? '');
      const post = url ? parsePostHref(url) : null;
      if (post && !times.has(post.id)) times.set(post.id, Number(m[1]) * 1000);
    }
  }
  cache.set(doc, { scripts, times });
  return times;
}

/** The exact creation time the page's JSON gives for this post, by its permalink's id. */
export function creationTime(doc: Document, postId: string): number | null {
  return storyTimes(doc).get(postId) ?? null;
}
