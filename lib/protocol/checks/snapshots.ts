// A snapshot as a content script sends it: a reading of one post, with the key its acknowledgement names.
import type { SnapshotInput } from '@/lib/protocol/messages';
import { checkString, fail, isRecord } from './basics';
import { type CheckContext, checkReading, type PostFacts } from './posts';

/** At most this many snapshots, or post ids, in one message. */
export const MAX_BATCH = 500;

export type CheckedSnapshot = SnapshotInput & Pick<PostFacts, 'authorId'>;

export function checkSnapshot(x: unknown, ctx: CheckContext): CheckedSnapshot {
  if (!isRecord(x)) fail('snapshot must be an object');
  const key = checkString(x.key, 'key', 64);
  const r = checkReading(x, ctx);
  return {
    key,
    platform: r.platform,
    postId: r.postId,
    url: r.url,
    author: r.author,
    authorId: r.authorId,
    publishedAt: r.publishedAt,
    ...(r.publishedPrecision !== undefined ? { publishedPrecision: r.publishedPrecision } : {}),
    ...(r.format ? { format: r.format } : {}),
    ...(r.text !== undefined ? { text: r.text } : {}),
    capturedAt: r.capturedAt,
    metrics: r.metrics,
  };
}
