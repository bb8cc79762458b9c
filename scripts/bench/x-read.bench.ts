// The X adapter's read of a post (findPosts + readPost) in real Chromium, on the project's X fixtures and
// the real captures in ../shared (when present). Reported as a ratio to a raw reference timed alongside:
// `querySelectorAll('article')` and each article's `textContent`, so a busier machine moves both alike.
// Every pass reads fresh clones of the pages, as a feed's posts are fresh markup.
// XREAD_BASELINE=<folder holding another adapter.ts> times that one alongside too (before/after figures).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build, type Plugin } from 'esbuild';
import { chromiumPath } from '@/scripts/lib/browser';
import { record } from './report';

const ROOT = resolve('.');
const PROJECT = resolve('tests/fixtures/x');
const REAL = resolve('../shared/fixtures/real/x');
const htmlIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.html'))
        .map((f) => readFileSync(join(dir, f), 'utf8'))
    : [];
const pages = [...htmlIn(PROJECT), ...htmlIn(REAL)];
const baseline = process.env.XREAD_BASELINE ? resolve(process.env.XREAD_BASELINE, 'adapter.ts') : '';

// `@/` imports resolve from the repository even for a baseline adapter kept outside it.
const alias: Plugin = {
  name: 'alias',
  setup(b) {
    b.onResolve({ filter: /^@\// }, (a) => ({ path: `${join(ROOT, a.path.slice(2))}.ts` }));
  },
};
const entry = `
import { xAdapter } from '@/lib/sites/x/adapter';
${baseline ? `import { xAdapter as base } from ${JSON.stringify(baseline)};` : 'const base = null;'}
globalThis.adapters = { current: xAdapter, base };`;
const bundle = await build({
  stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
  bundle: true,
  write: false,
  format: 'iife',
  target: 'es2022',
  plugins: [alias],
});

const browser = await chromium.launch({
  headless: true,
  executablePath: chromiumPath(),
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
await page.route('https://x.com/**', (r) =>
  r.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><script>${bundle.outputFiles[0]!.text}</script>`,
  }),
);
await page.goto('https://x.com/home');
// tsx names the functions it compiles with a `__name` helper that the page lacks.
await page.evaluate('globalThis.__name = (f) => f');

interface Run {
  posts: number;
  /** Per run: the median over its chunks of each reader's time, in ms per pass. */
  ref: number[];
  current: number[];
  base: number[];
}
const runs = await page.evaluate(
  ({ pages, RUNS, CHUNKS, PASSES }): Run => {
    type Adapter = {
      findPosts(root: ParentNode): Element[];
      readPost(el: Element, ctx: unknown): { ok: boolean; post?: { id: string } };
    };
    const { current, base } = (
      globalThis as unknown as { adapters: { current: Adapter; base: Adapter | null } }
    ).adapters;
    const docs = pages.map((h) => new DOMParser().parseFromString(h, 'text/html'));
    const ctx = { locale: 'en', url: new URL('https://x.com/home'), now: Date.parse('2026-11-29T00:00:00Z') };
    let sink = 0;
    // Each pass reads fresh copies, cloned before its clock starts: in a feed every post is new markup,
    // and the first touch of each node from script (its wrapper made) is part of reading it.
    const fresh = () => docs.map((d) => d.body.cloneNode(true) as Element);
    const read = (a: Adapter) => (bodies: Element[]) => {
      for (const d of bodies) for (const p of a.findPosts(d)) sink += a.readPost(p, ctx).post?.id.length ?? 1;
    };
    const reference = (bodies: Element[]) => {
      for (const d of bodies)
        for (const a of d.querySelectorAll('article')) sink += a.textContent?.length ?? 0;
    };
    const time = (fn: (bodies: Element[]) => void) => {
      let spent = 0;
      for (let i = 0; i < PASSES; i++) {
        const bodies = fresh();
        const t0 = performance.now();
        fn(bodies);
        spent += performance.now() - t0;
      }
      return spent / PASSES;
    };
    const readers = [reference, read(current), ...(base ? [read(base)] : [])];
    for (const fn of readers) for (let i = 0; i < 20; i++) fn(fresh()); // JIT and style-sheet caches warm
    const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
    const out: number[][] = readers.map(() => []);
    for (let r = 0; r < RUNS; r++) {
      // A run's value is the median over its chunks: one chunk hit by other work doesn't move it.
      const chunks: number[][] = readers.map(() => []);
      for (let c = 0; c < CHUNKS; c++) for (const [i, fn] of readers.entries()) chunks[i]!.push(time(fn));
      for (const [i, xs] of chunks.entries()) out[i]!.push(mid(xs));
    }
    const posts = docs.reduce((n, d) => n + current.findPosts(d).length, 0);
    return { posts: posts + (sink === 0 ? 1 : 0), ref: out[0]!, current: out[1]!, base: out[2] ?? [] };
  },
  { pages, RUNS: 9, CHUNKS: 15, PASSES: 10 },
);
await browser.close();

const µs = (ms: number) => Math.round((ms / runs.posts) * 1000 * 10) / 10;
const ratio = (xs: number[]) => xs.map((x, i) => x / runs.ref[i]!);
record('x-read', 'X read / raw article text read', '×', ratio(runs.current));
record('x-read', 'X read per post (Chromium)', 'µs', runs.current.map(µs));
console.log(`${pages.length} pages, ${runs.posts} posts; reference ${runs.ref.map(µs).join(', ')} µs/post`);
if (runs.base.length) {
  record('x-read', 'baseline X read / raw article text read', '×', ratio(runs.base));
  record('x-read', 'baseline X read per post (Chromium)', 'µs', runs.base.map(µs));
  record(
    'x-read',
    'X read / baseline X read',
    '×',
    runs.current.map((x, i) => x / runs.base[i]!),
  );
}
