// One message, every site: posts whose text is the same once normalised, on two sites or more, form a
// family; each copy is shown against its own account's usual, side by side. One post is judged by its
// rank among the posts it was compared with, a test that needs no assumption about their spread.

import { platformConfig } from '@/lib/score/config';
import { formatRatio } from '@/lib/score/explain';
import { FAMILY_MIN_CHARS, LEVEL, MIN_POSTS } from './config';
import { type Context, groupBy } from './context';
import { tCritical } from './distributions';
import { type Candidate, interval } from './groups';
import type { ScoredPost } from './scored';
import type { FamilyRow } from './types';

/** Same words in the same order: case, accents' forms, links, mentions and punctuation aside. */
export function familyKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\bhttps?:\/\/\S+|\bwww\.\S+/gu, ' ')
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .trim();
}

const excerpt = (text: string) => {
  const t = text.replace(/\s+/gu, ' ').trim();
  return [...t].length > 40 ? `${[...t].slice(0, 39).join('')}…` : t;
};

/** Two-sided rank p-value of the post among its n comparison posts (Hazen percentile → rank). */
function rankP(percentile: number, n: number): number {
  const r = (percentile / 100) * (n + 1) + 0.5;
  return Math.min(1, (2 * Math.min(r, n + 2 - r)) / (n + 1));
}

function copy(s: ScoredPost, family: string, age: string): { row: FamilyRow; candidate: Candidate } {
  const sc = s.score;
  const site = platformConfig(s.post.platform).name;
  const who = s.post.handle ?? s.post.account;
  const p = sc.percentile === undefined ? Number.NaN : rankP(sc.percentile, sc.n);
  // The interval is how well the account's usual is known (the score's standard error of its median).
  const half = tCritical(LEVEL, Math.max(1, sc.n - 1)) * Math.log1p(sc.se ?? 0);
  const est = { ratio: sc.ratio!, low: sc.ratio! * Math.exp(-half), high: sc.ratio! * Math.exp(half), p };
  const rank = sc.percentile === undefined ? '' : `, ${rankWords(sc.percentile)}`;
  const candidate: Candidate = {
    kind: 'family',
    group: `${s.post.platform}:${who}`,
    n: sc.n,
    rest: sc.n,
    need: MIN_POSTS,
    est,
    account: s.post.account,
    family,
    words: (v) =>
      `“${family}” on ${site} (${who}): ${formatRatio(est.ratio)}× that account's usual${age} ${interval(est)}, against ${sc.n} of its posts${rank}: ${v}${v === 'beyond noise' ? '' : ' on its own'}.`,
  };
  const row: FamilyRow = {
    family,
    platform: s.post.platform,
    account: s.post.account,
    postId: s.post.id,
    ratio: sc.ratio ?? null,
    n: sc.n,
    percentile: sc.percentile ?? null,
  };
  return { row, candidate };
}

function rankWords(p: number): string {
  return p >= 50 ? `top ${Math.max(1, Math.round(100 - p))}%` : `bottom ${Math.max(1, Math.round(p))}%`;
}

export function familyFindings(ctx: Context): { candidates: Candidate[]; families: FamilyRow[] } {
  const texts = ctx.scored.filter((s) => s.post.text && familyKey(s.post.text).length >= FAMILY_MIN_CHARS);
  const candidates: Candidate[] = [];
  const families: FamilyRow[] = [];
  // A family is named by its opening words; two messages that open alike are told apart by a number.
  const named = new Map<string, number>();
  for (const copies of groupBy(texts, (s) => familyKey(s.post.text!)).values()) {
    if (new Set(copies.map((s) => s.post.platform)).size < 2) continue;
    const opening = excerpt(copies[0]!.post.text!);
    const seen = (named.get(opening) ?? 0) + 1;
    named.set(opening, seen);
    const name = seen === 1 ? opening : `${opening} (${seen})`;
    for (const s of copies) {
      const c = copy(s, name, ctx.age);
      candidates.push(c.candidate);
      families.push(c.row);
    }
  }
  return { candidates, families };
}
