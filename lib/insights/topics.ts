// Topics: hashtags and recurring words of the posts' text, each against the posts without it. Only the
// terms carried by enough posts are tested, the most frequent first (config.ts says why).
import { MAX_TERMS, MIN_POSTS } from './config';
import type { Context } from './context';
import { type Candidate, countKeys, groupSentence, mostCommon, rankByRatio, split, vsRest } from './groups';
import { termsOf } from './terms';

export function topicFindings(ctx: Context): Candidate[] {
  const withText = ctx.scored.filter((s) => s.post.text);
  const terms = withText.map((s) => {
    const t = termsOf(s.post.text!);
    return [...t.hashtags, ...t.words];
  });
  const items = withText.map((s, i) => ({ log: s.log, terms: terms[i]! }));
  const chosen = mostCommon(
    countKeys(items, (it) => it.terms),
    MIN_POSTS,
    MAX_TERMS,
  );
  const groups = split(
    items,
    (it) => it.terms,
    (it) => it.log,
    chosen,
  );
  return rankByRatio(
    chosen.map((term) => {
      const g = groups.get(term)!;
      const subject = term.startsWith('#') ? `Posts with ${term}` : `Posts mentioning “${term}”`;
      return vsRest('topic', term, g.values, g.rest, (c, v) =>
        groupSentence(subject, `the rest${ctx.age}`, c, v),
      );
    }),
  );
}
