// The sender's queue: a post is "being saved" while any of its snapshots waits for the background's
// answer, and no longer once each is committed or refused.
import { describe, expect, it } from 'vitest';
import { SnapshotSender } from '@/lib/page/snapshot-sender';
import type { ContentSend, SnapshotInput } from '@/lib/protocol/messages';

const snapshot = (postId: string, key: string) => ({ postId, key }) as unknown as SnapshotInput;

/** A background that commits only the keys a test lets through, one answer per send. */
function background() {
  const answers: ((keys: string[]) => void)[] = [];
  const send = ((_type: string, payload: { batch: SnapshotInput[] }) =>
    new Promise((resolve) => {
      answers.push((keys) =>
        resolve({
          committed: payload.batch.map((s) => s.key).filter((k) => keys.includes(k)),
          rejected: [],
        }),
      );
    })) as unknown as ContentSend;
  const answer = async (keys: string[]) => {
    answers.shift()!(keys);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { send, answer };
}

describe('SnapshotSender', () => {
  it('counts a post as being saved until every snapshot of it is answered', async () => {
    const bg = background();
    const answered: string[][] = [];
    const sender = new SnapshotSender(bg.send, new AbortController().signal, {
      answered: (ids) => void answered.push(ids),
      failed: () => {},
    });
    expect(sender.isPending('a')).toBe(false);
    sender.add(snapshot('a', 'k1'));
    sender.add(snapshot('a', 'k2'));
    sender.add(snapshot('b', 'k3'));
    sender.flush();
    expect([sender.isPending('a'), sender.isPending('b')]).toEqual([true, true]);
    // One of a's snapshots and b's are committed; a's other one stays queued, and is sent again.
    await bg.answer(['k1', 'k3']);
    expect([sender.isPending('a'), sender.isPending('b'), sender.pending]).toEqual([true, false, 1]);
    await bg.answer(['k2']);
    expect([sender.isPending('a'), sender.pending]).toEqual([false, 0]);
    expect(answered).toEqual([['a', 'a', 'b'], ['a']]);
  });
});
