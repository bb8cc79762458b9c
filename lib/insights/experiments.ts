// Experiments: posts tagged with what they try, against the posts without that tag at the same age.
import { MAX_TAGS } from './config';
import type { Context } from './context';
import { type Candidate, countKeys, groupSentence, mostCommon, rankByRatio, split, vsRest } from './groups';

/** Tags group whatever their case and spacing: "Question hook" and "question  hook" are one experiment. */
const tagKey = (t: string) => t.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();

export function experimentFindings(ctx: Context): Candidate[] {
  const tagsOf = (s: Context['scored'][number]) => (s.post.tags ?? []).map(tagKey).filter(Boolean);
  const chosen = mostCommon(countKeys(ctx.scored, tagsOf), 1, MAX_TAGS);
  const groups = split(ctx.scored, tagsOf, (s) => s.log, chosen);
  return rankByRatio(
    chosen.map((tag) => {
      const g = groups.get(tag)!;
      return vsRest('experiment', tag, g.values, g.rest, (c, v) =>
        groupSentence(`Posts tagged “${tag}”`, `the rest${ctx.age}`, c, v),
      );
    }),
  );
}
