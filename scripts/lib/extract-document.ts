// The adapter code of the content scripts, run on a document: what the content script would report of it,
// every post, each post it can't read, and the page's health. No parser of its own, so it runs in a browser
// as well (tests/e2e/adapters-chromium.e2e.ts) as on a saved page parsed in Node (extract-page.ts).
import { assessHealth } from '@/lib/page/health';
import { isOwn, pageLocale, readSafely } from '@/lib/page/read-page';
import { ADAPTERS, adapterFor } from '@/lib/sites/adapters';
import type { PostReading, SiteAdapter, UnreadablePost } from '@/lib/sites/types';

export interface ExtractOptions {
  /** A handle to treat as the brand's own (else the logged-in account the page shows). */
  own?: string;
  /** The site, for a self-hosted one served on its own host (`mastodon`). */
  site?: string;
  /** Now, for relative times ("3h"); defaults to the clock. */
  now?: number;
  /** An adapter to use instead of the one the URL names (tests of an adapter not yet in the list). */
  adapter?: SiteAdapter;
}

function pickAdapter(url: URL, site: string | undefined, doc: Document): SiteAdapter {
  if (site) {
    const a = ADAPTERS.find((x) => x.site.id === site);
    if (!a)
      throw new Error(`no site adapter named ${site} (known: ${ADAPTERS.map((x) => x.site.id).join(', ')})`);
    return a;
  }
  const byHost = adapterFor(url);
  if (byHost) return byHost;
  // A self-hosted site on any host: its adapter recognises its pages.
  const selfHosted = ADAPTERS.find((a) => a.site.selfHosted && a.recognizes?.(doc));
  if (selfHosted) return selfHosted;
  throw new Error(`no site adapter for ${url.hostname}`);
}

export function extractDocument(doc: Document, pageUrl: URL, opts: ExtractOptions = {}) {
  const adapter = opts.adapter ?? pickAdapter(pageUrl, opts.site, doc);
  const viewer = adapter.viewer(doc);
  const ownName = adapter.site.accounts.parse(opts.own ?? viewer?.handle ?? '');
  const ownIds = new Set(ownName ? [ownName.id, ...(opts.own ? [] : (viewer?.aliases ?? []))] : []);
  const ctx = { locale: pageLocale(doc, 'en'), url: pageUrl, now: opts.now ?? Date.now() };
  const root = adapter.feedRoot(doc);
  const posts: PostReading[] = [];
  const problems: UnreadablePost[] = [];
  // A saved fragment (one post without the page around it) has no feed root: read the whole document.
  const found = adapter.findPosts(root ?? doc);
  for (const el of found) {
    const r = readSafely(adapter, el, ctx);
    if (r.ok) posts.push(r.post);
    else problems.push(r.problem);
  }
  const own = (author: string | undefined) => isOwn(adapter.site, author, ownIds);
  const health = assessHealth({
    kind: adapter.pageKind(pageUrl),
    feedFound: root !== null,
    found: found.length,
    readable: posts.length,
    own: posts.filter((p) => own(p.author)).length,
    firstProblem: problems[0]?.reason,
    signs: adapter.postSigns(doc),
    // A saved page has finished rendering.
    waitedMs: Number.POSITIVE_INFINITY,
  });
  // A page that can't be read is a problem of its own, beside any post that can't be.
  const pageProblem: (UnreadablePost & { page?: true; own?: boolean })[] =
    health.state === 'broken' ? [{ platform: adapter.site.id, page: true, reason: health.why }] : [];
  return {
    platform: adapter.site.id,
    viewer: viewer?.handle ?? null,
    pageAccount: adapter.pageAccount(doc, pageUrl)?.handle ?? null,
    health,
    posts: posts.map((p) => ({
      id: p.id,
      url: p.url,
      author: p.author,
      own: own(p.author),
      publishedAt: p.publishedAt === null ? null : new Date(p.publishedAt).toISOString(),
      ...(p.publishedPrecision !== undefined
        ? { publishedPrecisionMinutes: p.publishedPrecision / 60e3 }
        : {}),
      format: p.format,
      ...(p.text !== undefined ? { text: p.text } : {}),
      metrics: p.metrics,
      ...(p.hidden ? { hidden: p.hidden } : {}),
      ...(p.reactions ? { reactions: p.reactions } : {}),
    })),
    problems: [...pageProblem, ...problems.map((p) => ({ ...p, own: own(p.author) }))],
  };
}
