// A post's tags, as the user sets them (popup, dashboard): what the post tries, for the insights'
// experiments. A backup's tags are checked by this same rule (lib/store/backup/format.ts), so a tag set here
// always survives a backup and its restore.
import { at, checkList, checkString, fail } from './basics';

/** At most this many tags on one post, each at most this many characters. */
export const MAX_POST_TAGS = 20;
export const MAX_TAG_LENGTH = 64;

/** Two tags are one experiment whatever their case, spacing or Unicode form ("Question  hook"). */
export const tagKey = (tag: string) => tag.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();

/**
 * The tags as stored: each one line of text, its spaces collapsed, none blank; a tag given twice (in any
 * case or spacing) is kept once, as first written. An empty list clears the post's tags.
 */
export function checkTags(x: unknown): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  checkList(x, 'tags', MAX_POST_TAGS).forEach((t, i) => {
    at(`tags[${i}]`, () => {
      if (typeof t === 'string' && /\p{Cc}/u.test(t)) fail('a tag must be one line of text');
      const tag = checkString(t, 'a tag', 4 * MAX_TAG_LENGTH)
        .trim()
        .replace(/\s+/gu, ' ');
      if (!tag) fail('a tag must not be blank');
      // UTF-16 units, as the backup's check counts them.
      if (tag.length > MAX_TAG_LENGTH) fail(`a tag is longer than ${MAX_TAG_LENGTH} characters`);
      const key = tagKey(tag);
      if (seen.has(key)) return;
      seen.add(key);
      out.push(tag);
    });
  });
  return out;
}
