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
  // The checked reading holds exactly a snapshot's fields but its key: built once, not copied (the worker
  // checks every row of every flush; copying was half of a row's checks).
  const r = checkReading(x, ctx) as CheckedSnapshot;
  r.key = key;
  return r;
}
