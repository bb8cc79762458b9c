// Scores read from the store: post curves in, score views out, with the user's settings applied.

import { type Score, scoreAccount } from '@/lib/score/score';
import { type ScoreView, toScoreView } from '@/lib/score/view';
import type { SiteId } from '@/lib/sites/catalog';
import { accountCurves } from './accounts';
import { postKey, type ResonanceDB, type StoredPost, type SummaryRecord } from './records';
import { readSettings } from './settings';

/** Every post of one account, scored together (each curve is cleaned once). */
export async function accountScores(
  db: ResonanceDB,
  account: string,
  now: number,
  overlay: readonly SummaryRecord[] = [],
  /** The account's posts, when the caller has just read them (not read again). */
  posts?: readonly StoredPost[],
): Promise<Map<string, Score>> {
  const platform = account.slice(0, account.indexOf(':'));
  const { basis, weights } = await readSettings(db);
  return scoreAccount(await accountCurves(db, account, overlay, posts), { platform, now, basis, weights });
}

/** What the worker knows that the store may not hold yet: curves written behind, posts not yet bucketed. */
export interface PendingHistory {
  overlay(account: string): readonly SummaryRecord[];
  accountOf(postKey: string): string | undefined;
}

const NOTHING_PENDING: PendingHistory = { overlay: () => [], accountOf: () => undefined };

/** Score views for some posts of a platform, grouped so each account is scored once. */
export async function scoresFor(
  db: ResonanceDB,
  platform: SiteId,
  ids: readonly string[],
  now: number,
  pending: PendingHistory = NOTHING_PENDING,
): Promise<Record<string, ScoreView>> {
  const byAccount = new Map<string, string[]>();
  for (const id of ids) {
    const key = postKey(platform, id);
    const account = pending.accountOf(key) ?? (await db.get('postBuckets', key))?.account;
    if (account) byAccount.set(account, [...(byAccount.get(account) ?? []), id]);
  }
  const out: Record<string, ScoreView> = {};
  for (const [account, wanted] of byAccount) {
    const scores = await accountScores(db, account, now, pending.overlay(account));
    for (const id of wanted) {
      const s = scores.get(id);
      if (s) out[id] = toScoreView(s, platform);
    }
  }
  return out;
}
