// A page's health as a content script reports it.
import type { PageHealth } from '@/lib/protocol/health';
import { checkString, fail, isRecord } from './basics';

const count = (x: unknown, what: string) => {
  if (typeof x !== 'number' || !Number.isInteger(x) || x < 0 || x > 100_000) fail(`${what} must be a count`);
  return x;
};

export function checkHealth(x: unknown): PageHealth {
  if (!isRecord(x)) fail('health must be an object');
  switch (x.state) {
    case 'reading':
      return {
        state: 'reading',
        posts: count(x.posts, 'posts'),
        own: count(x.own, 'own'),
        unreadable: count(x.unreadable, 'unreadable'),
      };
    case 'starting':
      return { state: 'starting' };
    case 'no-posts':
    case 'broken':
      return { state: x.state, why: checkString(x.why, 'why', 300) };
    default:
      return fail('unknown health state');
  }
}
