// What every kind of finding is computed from: the posts scored at their account's comparison age.
import type { ScoredPost } from './scored';
import type { InsightPost } from './types';

export interface Context {
  scored: ScoredPost[];
  /** Every post given, compared or not (a week's posting counts them all). */
  posts: readonly InsightPost[];
  /** " at 24 h", or " at each account's comparison age" when accounts differ. */
  age: string;
  timeZone: string;
  now: number;
  /** Several accounts: name the account in per-account groups. */
  manyAccounts: boolean;
}

/** "x:lumenroasters " before a per-account group's name when there are several accounts, else nothing. */
export function accountPrefix(ctx: Context, account: string): string {
  return ctx.manyAccounts ? `${account} ` : '';
}

/** Items grouped by a key (an account, a week, a text), in first-seen order. */
export function groupBy<T>(items: readonly T[], account: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const key = account(it);
    const list = out.get(key);
    if (list) list.push(it);
    else out.set(key, [it]);
  }
  return out;
}
