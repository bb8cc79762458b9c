// Each site adapter's cost per post in real Chromium, on the project's fixtures and the real captures in
// ../shared (when present): finding a post the page just added and `identify`, which run in the page's
// frame (lib/page/observe.ts, lib/page/capture.ts arrive), and `readPost`, which runs after it. Reported per site in µs a post, and as identify's share of a read timed
// alongside it in the same run (a busier machine moves both alike); a raw reference (each post's
// `textContent`) is printed beside them. Every pass works on fresh markup: the page is written again
// before each, as a feed's posts are new nodes. Informational: the feed's goals are measured end to end
// by scroll.bench.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { chromiumPath } from '@/scripts/lib/browser';
import { record } from './report';

const ROOT = resolve('.');
const REAL = resolve('../shared/fixtures/real');

interface Page {
  site: string;
  url: string;
  html: string;
}

/** The address each project fixture was saved at (its expected.json), else the site's home. */
function pagesOf(site: string, host: string): Page[] {
  const out: Page[] = [];
  for (const dir of [join(ROOT, 'tests', 'fixtures', site), join(REAL, site)]) {
    if (!existsSync(dir)) continue;
    const expectedFile = join(dir, 'expected.json');
    const expected: Record<string, { url?: string }> = existsSync(expectedFile)
      ? JSON.parse(readFileSync(expectedFile, 'utf8'))
      : {};
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.html'))) {
      // A page's own Content-Security-Policy (trusted types) would refuse the next pass's markup.
      const html = readFileSync(join(dir, f), 'utf8').replace(
        /<meta[^>]+Content-Security-Policy[^>]*>/gi,
        '',
      );
      out.push({ site, url: expected[basename(f)]?.url ?? `https://${host}/`, html });
    }
  }
  return out;
}

const bundle = await build({
  stdin: {
    contents: `import { ADAPTERS } from '@/lib/sites/adapters'; globalThis.adapters = ADAPTERS;`,
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'iife',
  target: 'es2022',
  alias: { '@': ROOT },
});
const script = bundle.outputFiles[0]!.text;

// Which sites there are, and their hosts, from the adapters themselves.
const browser = await chromium.launch({
  headless: true,
  executablePath: chromiumPath(),
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
await page.route('**/*', (r) =>
  r.request().isNavigationRequest()
    ? r.fulfill({
        contentType: 'text/html',
        // Cross-origin isolated: the page's clock then reads to 5 µs, not 100 µs.
        headers: {
          'Cross-Origin-Opener-Policy': 'same-origin',
          'Cross-Origin-Embedder-Policy': 'require-corp',
        },
        body: `<!doctype html><html><body><script>${script}</script>`,
      })
    : r.abort(),
);
await page.goto('https://example.com/');
await page.evaluate('globalThis.__name = (f) => f');
const sites = await page.evaluate(() =>
  (
    globalThis as unknown as { adapters: { site: { id: string; hosts: string[] }; identify?: unknown }[] }
  ).adapters
    .filter((a) => a.identify)
    .map((a) => ({ id: a.site.id, host: a.site.hosts[0]! })),
);

interface Times {
  posts: number;
  ref: number;
  find: number;
  identify: number;
  read: number;
}

const RUNS = 5;
const PASSES = 16;
// SITE_READ=threads,facebook measures only those sites (all by default).
const only = (process.env.SITE_READ ?? '').split(',').filter(Boolean);
for (const { id, host } of sites) {
  if (only.length && !only.includes(id)) continue;
  const runs: Times[] = Array.from({ length: RUNS }, () => ({
    posts: 0,
    ref: 0,
    find: 0,
    identify: 0,
    read: 0,
  }));
  for (const p of pagesOf(id, host)) {
    await page.goto(p.url);
    await page.evaluate('globalThis.__name = (f) => f');
    const t = await page.evaluate(
      ({ site, html, RUNS, PASSES }) => {
        type Adapter = {
          site: { id: string };
          feedRoot(doc: Document): Element | null;
          findPosts(root: ParentNode): Element[];
          postOf(node: Node): Element | null;
          identify(el: Element, ctx: unknown): unknown;
          readPost(el: Element, ctx: unknown): unknown;
        };
        const a = (globalThis as unknown as { adapters: Adapter[] }).adapters.find(
          (x) => x.site.id === site,
        )!;
        const lang = /<html[^>]*\blang="([^"]*)"/i.exec(html)?.[1];
        const bench = document.documentElement.innerHTML;
        let sink = 0;
        // A fresh copy of the page, and its posts found, before the clock starts (scripts written by
        // innerHTML never run).
        const fresh = () => {
          document.documentElement.innerHTML = html;
          if (lang) document.documentElement.lang = lang;
          return a.findPosts(a.feedRoot(document) ?? document);
        };
        const ctx = { locale: 'en', url: new URL(location.href), now: Date.parse('2026-11-20T12:00:00Z') };
        const readers = {
          ref: (el: Element) => {
            sink += el.textContent?.length ?? 0;
          },
          // As the feed's observer does with an element the page added: the post it is in, else those in it.
          // The element added is taken to be the post's cell: its outermost ancestor that holds nothing else.
          find: (el: Element) => {
            let added = el;
            while (added.parentElement?.childElementCount === 1 && added.parentElement !== document.body)
              added = added.parentElement;
            sink += a.postOf(added) ? 1 : a.findPosts(added).length;
          },
          identify: (el: Element) => {
            sink += a.identify(el, ctx) ? 1 : 0;
          },
          read: (el: Element) => {
            sink += a.readPost(el, ctx) ? 1 : 0;
          },
        };
        const time = (fn: (el: Element) => void) => {
          let spent = 0;
          for (let i = 0; i < PASSES; i++) {
            const posts = fresh();
            const t0 = performance.now();
            for (const el of posts) fn(el);
            spent += performance.now() - t0;
          }
          return spent / PASSES;
        };
        for (const fn of Object.values(readers)) time(fn); // JIT warm
        const out = Array.from({ length: RUNS }, () => ({
          posts: fresh().length + (sink < 0 ? 1 : 0),
          ref: time(readers.ref),
          find: time(readers.find),
          identify: time(readers.identify),
          read: time(readers.read),
        }));
        document.documentElement.innerHTML = bench;
        return out;
      },
      { site: id, html: p.html, RUNS, PASSES },
    );
    t.forEach((r, i) => {
      const sum = runs[i]!;
      sum.posts += r.posts;
      sum.ref += r.ref;
      sum.find += r.find;
      sum.identify += r.identify;
      sum.read += r.read;
    });
  }
  const posts = runs[0]!.posts;
  if (!posts) continue;
  const µs = (k: 'ref' | 'find' | 'identify' | 'read') => runs.map((r) => (r[k] / posts) * 1000);
  record('site-read', `${id}: finding a post just added, in the page's frame`, 'µs', µs('find'));
  record('site-read', `${id}: identify per post, in the page's frame`, 'µs', µs('identify'));
  record('site-read', `${id}: read per post`, 'µs', µs('read'));
  record(
    'site-read',
    `${id}: identify / read`,
    '×',
    runs.map((r) => r.identify / r.read),
  );
  console.log(
    `${id}: ${posts} posts; reference ${µs('ref')
      .map((x) => x.toFixed(1))
      .join(', ')} µs/post`,
  );
}
await browser.close();
