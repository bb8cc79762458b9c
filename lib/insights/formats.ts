// Formats: how each kind of post does against the account's other posts at the same age.
import type { PostFormat } from '@/lib/core/formats';
import type { Context } from './context';
import { type Candidate, countKeys, groupSentence, rankByRatio, split, vsRest } from './groups';

const NAMES: Record<PostFormat, string> = {
  text: 'Text posts',
  image: 'Images',
  video: 'Videos',
  carousel: 'Carousels',
  reel: 'Reels',
  link: 'Links',
  poll: 'Polls',
};

export function formatFindings(ctx: Context): Candidate[] {
  const formatOf = (s: Context['scored'][number]) => (s.post.format ? [s.post.format] : []);
  const chosen = [...countKeys(ctx.scored, formatOf).keys()].sort();
  const groups = split(ctx.scored, formatOf, (s) => s.log, chosen);
  return rankByRatio(
    chosen.map((f) => {
      const g = groups.get(f)!;
      const name = NAMES[f as PostFormat] ?? f;
      return vsRest('format', f, g.values, g.rest, (c, v) =>
        groupSentence(name, `your other posts${ctx.age}`, c, v),
      );
    }),
  );
}
