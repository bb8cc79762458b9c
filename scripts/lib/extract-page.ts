// The adapter code of the content script, run on a saved page. Used by `npm run extract` and the fixture tests.
import { isOwn, pageLocale, readAllPosts } from '@/lib/page/read-page';
import { adapterFor } from '@/lib/sites/adapters.ts';
import { normalizeHandle } from '@/lib/sites/types';
import { parsePage } from './dom';

export async function extractPage(html: string, url: string, ownHandle?: string) {
  let pageUrl: URL;
  try {
    pageUrl = new URL(url);
  } catch {
    throw new Error(`--url is not a URL: ${url}`);
  }
  const adapter = adapterFor(pageUrl);
  if (!adapter) throw new Error(`no site adapter for ${pageUrl.hostname}`);
  const page = parsePage(html, pageUrl.href);
  try {
    const doc = page.document;
    const viewer = adapter.viewer(doc);
    const own = ownHandle?.replace(/^@/, '') || viewer;
    const ownSet = new Set(own ? [normalizeHandle(own)] : []);
    const { posts, problems } = readAllPosts(adapter, doc, { locale: pageLocale(doc, 'en'), url: pageUrl });
    return {
      platform: adapter.id,
      viewer,
      pageAccount: adapter.pageAccount(doc, pageUrl),
      posts: posts.map((p) => ({
        id: p.id,
        url: p.url,
        author: p.author,
        own: isOwn(p.author, ownSet),
        publishedAt: p.publishedAt === null ? null : new Date(p.publishedAt).toISOString(),
        format: p.format,
        metrics: p.metrics,
      })),
      problems: problems.map((p) => ({ ...p, own: isOwn(p.author, ownSet) })),
    };
  } finally {
    await page.close();
  }
}
