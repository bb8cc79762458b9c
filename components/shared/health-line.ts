// The sentence that says how reading a page goes: never silence, never a number the page did not give.
import type { PageHealth } from '@/lib/protocol/health';

const posts = (n: number) => `${n} post${n === 1 ? '' : 's'}`;

export function healthLine(h: PageHealth, accounts: readonly string[]): string {
  const whose = accounts.length ? accounts.join(', ') : 'an account you track';
  switch (h.state) {
    case 'reading':
      return h.own === 0
        ? `Found ${posts(h.posts)}, none by ${whose}.`
        : `Reading ${posts(h.own)} by ${whose}.`;
    case 'starting':
      return 'Looking for posts…';
    case 'no-posts':
      return h.why;
    case 'broken':
      return `Can’t find posts on this page: the site may have changed (${h.why}).`;
  }
}
