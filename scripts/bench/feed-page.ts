// Bundled into the synthetic feed page by scroll.bench.ts: the page's own work. It takes the X cells the
// page was captured with as templates and shows new posts made from them, a few per frame, the way a
// timeline grows as you scroll: either recycling a fixed window of cells (X's virtualised list: cells
// absolutely placed, their content replaced, their heights learnt with a ResizeObserver as
// react-native-web's onLayout does) or keeping every post in the flow of the page.

export type FeedKind = 'recycling' | 'keeping';

export interface FeedRun {
  kind: FeedKind;
  /** Each new post: its id and its time (ISO). */
  posts: [string, string][];
  perFrame: number;
}

export interface FeedApi {
  /** The author of the template posts (the account whose posts the feed shows). */
  author: string;
  run(r: FeedRun): Promise<void>;
  /** Ids of the posts a badge host was inserted for, since the page loaded. */
  badged(): string[];
  /** Long tasks since `since` (performance.now()): how many, their total and their time past 50 ms. */
  longTasks(since: number): { count: number; total: number; blocking: number };
}

const CELL = '[data-testid="cellInnerDiv"]';
/** The first time link of a cell is its post's own (a quoted post's card comes after it). */
const OWN_LINK = /href="\/(\w+)\/status\/(\d+)"[^>]*><time datetime="([^"]+)"/;
/** How many cells X keeps mounted around the viewport, about. */
const WINDOW = 30;
const GUESS_PX = 500;

interface Template {
  html: string;
  id: string;
  time: string;
}

const cells = [...document.querySelectorAll<HTMLElement>(CELL)];
const list = cells[0]!.parentElement!;
const templates: Template[] = [];
const authors = new Map<string, number>();
for (const cell of cells) {
  const html = cell.innerHTML.replace(/>\s+</g, '><');
  const m = OWN_LINK.exec(html);
  if (!m) continue;
  authors.set(m[1]!, (authors.get(m[1]!) ?? 0) + 1);
  templates.push({ html, id: m[2]!, time: m[3]! });
}
const author = [...authors].sort((a, b) => b[1] - a[1])[0]![0];
const own = templates.filter((t) => OWN_LINK.exec(t.html)![1] === author);

function postHtml(n: number, [id, time]: [string, string]): string {
  const t = own[n % own.length]!;
  return t.html
    .replaceAll(`/status/${t.id}`, `/status/${id}`)
    .replace(`datetime="${t.time}"`, `datetime="${time}"`);
}

const badged = new Set<string>();
new MutationObserver((records) => {
  for (const r of records)
    for (const n of r.addedNodes)
      if (n.nodeName === 'RESONANCE-BADGE') badged.add((n as Element).getAttribute('data-post') ?? '');
}).observe(list, { childList: true, subtree: true });

const longTasks: PerformanceEntry[] = [];
new PerformanceObserver((l) => longTasks.push(...l.getEntries())).observe({ type: 'longtask' });

const frame = () => new Promise<number>((r) => requestAnimationFrame(r));

/** Every post stays, in the flow of the page: a taller post moves everything below it. */
function keeping(): (htmls: string[]) => void {
  list.removeAttribute('style');
  for (const c of list.children) (c as HTMLElement).removeAttribute('style');
  const root = document.scrollingElement!;
  return (htmls) => {
    root.scrollTop = root.scrollHeight;
    for (const html of htmls) {
      const cell = document.createElement('div');
      cell.className = cells[0]!.className;
      cell.setAttribute('data-testid', 'cellInnerDiv');
      cell.innerHTML = html;
      list.append(cell);
    }
  };
}

/** A fixed window of absolutely placed cells: the oldest takes the next post, placed below the last. */
function recycling(): (htmls: string[]) => void {
  const order = [...cells];
  const heights = new Map<Element, number>();
  const tops = new Map<Element, number>();
  let start = 0;
  const place = () => {
    let y = start;
    for (const c of order) {
      if (tops.get(c) !== y) c.style.transform = `translateY(${y}px)`;
      tops.set(c, y);
      y += heights.get(c) ?? GUESS_PX;
    }
    list.style.minHeight = `${y}px`;
    return y;
  };
  const sizes = new ResizeObserver((entries) => {
    for (const e of entries) heights.set(e.target, e.borderBoxSize[0]!.blockSize);
    place();
  });
  for (const c of order) sizes.observe(c);
  let bottom = place();
  return (htmls) => {
    document.scrollingElement!.scrollTop = bottom - innerHeight;
    for (const html of htmls) {
      let cell: HTMLElement;
      if (order.length < WINDOW) {
        cell = cells[0]!.cloneNode(false) as HTMLElement;
        list.append(cell);
        sizes.observe(cell);
      } else {
        cell = order.shift()!;
        start += heights.get(cell) ?? GUESS_PX;
      }
      cell.innerHTML = html;
      order.push(cell);
    }
    bottom = place();
  };
}

const api: FeedApi = {
  author,
  async run({ kind, posts, perFrame }) {
    const show = kind === 'keeping' ? keeping() : recycling();
    for (let i = 0; i < posts.length; i += perFrame) {
      await frame();
      show(posts.slice(i, i + perFrame).map((p, k) => postHtml(i + k, p)));
    }
    await frame();
    await frame();
  },
  badged: () => [...badged],
  longTasks(since) {
    const recent = longTasks.filter((t) => t.startTime >= since);
    return {
      count: recent.length,
      total: recent.reduce((s, t) => s + t.duration, 0),
      blocking: recent.reduce((s, t) => s + Math.max(0, t.duration - 50), 0),
    };
  },
};
(globalThis as unknown as { feed: FeedApi }).feed = api;
