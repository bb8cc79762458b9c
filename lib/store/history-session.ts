// An account's history as the dashboard pages through it. The first pages by date come straight from
// the week buckets (./history-scan.ts); meanwhile the whole account is read once, scored once and
// prepared for bands once, and from then on every sort, filter and page is answered from memory
// (./history-query.ts), with each row's curve against the usual worked out for that page only.
import { DEFAULT_QUERY, type HistoryPage, type HistoryQuery, type PostBand } from '@/lib/protocol/history';
import { type BandAccount, postBand, prepareBand } from '@/lib/score/band';
import { type Score, scoreAccount } from '@/lib/score/score';
import { accountKey, type SiteId } from '@/lib/sites/catalog';
import { accountPosts } from './buckets';
import { historyRow, scoringInputs } from './history';
import { HistoryIndex, indexed } from './history-query';
import { quickable, quickPage } from './history-scan';
import type { ResonanceDB, StoredPost } from './records';

interface Loaded {
  index: HistoryIndex;
  entries: Map<string, StoredPost>;
  scores: Map<string, Score>;
  band: BandAccount;
  /** Bands worked out so far: a page seen again, in another sort, costs nothing. */
  bands: Map<string, PostBand | null>;
}

export class HistorySession {
  readonly account: string;
  private loading: Promise<Loaded> | null = null;
  private loaded: Loaded | null = null;

  constructor(
    private readonly db: ResonanceDB,
    private readonly platform: SiteId,
    id: string,
    private readonly now: number,
  ) {
    this.account = accountKey(platform, id);
  }

  /**
   * Reads and scores every post of the account, once; resolves when every query can be answered. The
   * page the dashboard shows first (newest first) is worked out with it: asked again once every post is
   * scored, it had cost 76-97 ms for 10,000 posts in a fresh worker, the next page 16-19
   * (scripts/bench/dashboard.bench.ts), nearly all of it the first sort and code not yet run.
   */
  load(): Promise<void> {
    this.loading ??= this.readAll().then((l) => {
      this.loaded = l;
      this.answer(l, DEFAULT_QUERY);
      return l;
    });
    return this.loading.then(() => {});
  }

  /** How many sort orders of the posts read are worked out and kept (0 before they are read). */
  get sortedOrders(): number {
    return this.loaded?.index.sorted ?? 0;
  }

  /** A page by date straight from the buckets, without scores (`quickable` queries only). */
  async quick(q: HistoryQuery): Promise<HistoryPage> {
    const quick = await quickPage(this.db, this.account, q);
    return {
      rows: quick.rows.map(({ entry }) => historyRow(entry, undefined)),
      offset: q.offset,
      total: quick.total,
      formats: [],
      pending: true,
    };
  }

  /** The page asked for: at once from the buckets while the account is being read, when the query allows. */
  async page(q: HistoryQuery): Promise<HistoryPage> {
    if (!this.loaded && quickable(q)) {
      const quick = await this.quick(q);
      if (!this.loaded) return quick;
    }
    await this.load();
    return this.answer(this.loaded!, q);
  }

  /** A page from the posts read and scored; each row's band is worked out once. */
  private answer(l: Loaded, q: HistoryQuery): HistoryPage {
    const { index, entries, scores, band, bands } = l;
    const found = index.query(q);
    const bandOf = (id: string) => {
      if (!bands.has(id)) bands.set(id, postBand(band, id));
      return bands.get(id)!;
    };
    return {
      rows: found.rows.map((r) =>
        historyRow(entries.get(r.post.key)!, scores.get(r.post.id), bandOf(r.post.id)),
      ),
      offset: q.offset,
      total: found.total,
      formats: found.formats,
      pending: false,
    };
  }

  private async readAll(): Promise<Loaded> {
    const posts = await accountPosts(this.db, this.account);
    const { curves, options } = await scoringInputs(this.db, this.account, this.platform, this.now, posts);
    const scores = scoreAccount(curves, options);
    const ratioOf = (id: string) => scores.get(id)?.ratio ?? null;
    return {
      index: new HistoryIndex(posts.map((e) => indexed(e.post, ratioOf(e.post.id)))),
      entries: new Map(posts.map((e) => [e.post.key, e])),
      scores,
      band: prepareBand(curves, options),
      bands: new Map(),
    };
  }
}
