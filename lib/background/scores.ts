// The worker's scores for the posts a page shows. Each account's curves are read once (a couple of
// buckets per request, so other messages are answered meanwhile) and then follow what ingest writes; a
// request scores only the posts it names against them. The scores are those of scoring the whole account
// from the store (lib/store/stored-scores.ts scoresFor), for milliseconds instead of a read of its history.
import { checkSettings } from '@/lib/protocol/settings';
import { bandOf, type PostBand, postBand } from '@/lib/score/band';
import { platformConfig, WEIGHTS } from '@/lib/score/config';
import { type Account, type ScoreOptions, scoreSome } from '@/lib/score/score';
import { type ScoreView, toScoreView } from '@/lib/score/view';
import type { SiteId } from '@/lib/sites/catalog';
import { accountBuckets } from '@/lib/store/buckets';
import type { HistoryWatcher } from '@/lib/store/ingest/queue';
import { GENERATION_KEY } from '@/lib/store/rebuild';
import {
  type BucketKey,
  postKey,
  type ResonanceDB,
  type StoredPost,
  type WeekBucket,
} from '@/lib/store/records';
import { AccountCurves } from './account-curves';

/** Buckets read per request while an account is first read: each answer is a few tens of milliseconds of work. */
const BUCKETS_PER_READ = 2;
/** Buckets written and not yet applied, at most, per account held. */
const MAX_LATER = 64;

/** What the cache needs of ingest: what lags in memory, and word of what it writes. */
export interface IngestView {
  lagging(account: string): StoredPost[];
  accountOf(postKey: string): string | undefined;
  watch(watcher: HistoryWatcher): () => void;
}

interface Entry {
  /** The store's history generation when the account was read. */
  generation: unknown;
  ready?: Promise<AccountCurves>;
  /** The curves once read: they also say which posts are this account's, without asking the store. */
  curves?: AccountCurves;
  /** Buckets written since the account was read (or while it was): applied, in order, by its next request. */
  later: WeekBucket[];
}

const platformOf = (account: string) => account.slice(0, account.indexOf(':'));

export class ScoreCache {
  private readonly accounts = new Map<string, Entry>();

  constructor(
    private readonly db: () => Promise<ResonanceDB>,
    private readonly ingest: IngestView,
    /** When curves are cleaned: any time after their readings gives the same curve. */
    private readonly now: () => number,
  ) {
    ingest.watch((written) => {
      if (!written) this.accounts.clear();
      else for (const bucket of written.values()) this.written(bucket);
    });
  }

  /**
   * Kept for the account's next request, so a settle's write chain does not wait for the curves' cleaning;
   * an account written to at length without being asked for is let go (read again if it is).
   */
  private written(bucket: WeekBucket): void {
    const e = this.accounts.get(bucket.account);
    if (!e) return;
    e.later.push(bucket);
    if (e.later.length > MAX_LATER) this.accounts.delete(bucket.account);
  }

  /** Reads one account's buckets into memory, a few per request. */
  private async fill(account: string): Promise<AccountCurves> {
    const db = await this.db();
    const curves = new AccountCurves(platformConfig(platformOf(account)).aSatH);
    let range = accountBuckets(account);
    for (;;) {
      const chunk = await db.getAll('buckets', range, BUCKETS_PER_READ);
      for (const b of chunk) curves.put(b, this.now());
      if (chunk.length < BUCKETS_PER_READ) break;
      const from: BucketKey = [account, chunk[chunk.length - 1]!.week];
      range = IDBKeyRange.bound(from, [account, Infinity], true);
    }
    return curves;
  }

  /**
   * The account's curves, read if not held or if history changed since. If history changes again while
   * they are read (a restore in steps), the second read is used as it is, as a read of the store would be.
   */
  private async held(account: string, generation: unknown): Promise<AccountCurves> {
    for (let tries = 0; ; tries++) {
      let e = this.accounts.get(account);
      if (!e || e.generation !== generation) {
        const entry: Entry = { generation, later: [] };
        entry.ready = this.fill(account);
        entry.ready.then(
          (curves) => {
            entry.curves = curves;
          },
          // A failed read is not kept: the next request reads again.
          () => {
            if (this.accounts.get(account) === entry) this.accounts.delete(account);
          },
        );
        this.accounts.set(account, entry);
        e = entry;
      }
      const curves = await e.ready!;
      for (const b of e.later) curves.put(b, this.now());
      e.later = [];
      if (this.accounts.get(account) === e || tries > 0) return curves;
    }
  }

  /** The account arranged for scoring at `options.now` with its settings: its curves, held and fresh. */
  private async arranged(account: string, generation: unknown, options: ScoreOptions): Promise<Account> {
    let curves = await this.held(account, generation);
    let list = curves.curves(this.ingest.lagging(account), options.now);
    if (!list) {
      // The clock turned back past readings held: the account is read again.
      this.accounts.delete(account);
      curves = await this.held(account, generation);
      list = curves.curves(this.ingest.lagging(account), options.now) ?? [];
    }
    const acc = curves.arrange(list, options);
    acc.now = options.now;
    acc.basis = options.basis ?? 'auto';
    acc.weights = WEIGHTS[options.weights ?? 'equal'];
    return acc;
  }

  /** The account holding `key` among those read at `generation`; undefined if none does (yet). */
  private heldAccountOf(key: string, generation: unknown): string | undefined {
    for (const [account, e] of this.accounts)
      if (e.generation === generation && e.curves?.holds(key)) return account;
    return undefined;
  }

  /**
   * The settings, the generation, and each post's account in one transaction: from memory (what ingest
   * lags, then the accounts held, read at this generation), else from its location in the store. A page
   * asks for its posts' scores again and again, and a restarted worker (one stopped while idle) holds no
   * post in ingest's memory: each request then cost the store and the browser process a request a post.
   */
  private async lookUp(keys: readonly string[]) {
    const db = await this.db();
    const tx = db.transaction(['meta', 'postBuckets']);
    const meta = tx.objectStore('meta');
    const [settings, generation] = await Promise.all([meta.get('settings'), meta.get(GENERATION_KEY)]);
    const located = (k: string) =>
      this.ingest.accountOf(k) ??
      this.heldAccountOf(k, generation) ??
      tx
        .objectStore('postBuckets')
        .get(k)
        .then((l) => l?.account);
    const accounts = await Promise.all(keys.map(located));
    return { ...checkSettings(settings), generation, accounts };
  }

  /** Score views for some posts of a platform, at `now`, each account's scored against its whole history. */
  async scoresFor(platform: SiteId, ids: readonly string[], now: number): Promise<Record<string, ScoreView>> {
    const { basis, weights, generation, accounts } = await this.lookUp(
      ids.map((id) => postKey(platform, id)),
    );
    const byAccount = new Map<string, string[]>();
    ids.forEach((id, i) => {
      const account = accounts[i];
      if (account) byAccount.set(account, [...(byAccount.get(account) ?? []), id]);
    });
    const out: Record<string, ScoreView> = {};
    for (const [account, wanted] of byAccount) {
      const options = { platform: platformOf(account), now, basis, weights };
      const scores = scoreSome(await this.arranged(account, generation, options), wanted, options);
      for (const id of wanted) {
        const s = scores.get(id);
        if (s) out[id] = toScoreView(s, platform);
      }
    }
    return out;
  }

  /**
   * One post's curve against the posts it is compared with (lib/store/history.ts postCurve, read from
   * memory); null when the store has no such post.
   */
  async postCurve(platform: SiteId, id: string, now: number): Promise<PostBand | null> {
    const { basis, weights, generation, accounts } = await this.lookUp([postKey(platform, id)]);
    const account = accounts[0];
    if (!account) return null;
    const options = { platform: platformOf(account), now, basis, weights };
    return postBand(bandOf(await this.arranged(account, generation, options)), id);
  }
}
