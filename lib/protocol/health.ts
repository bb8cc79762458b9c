// How reading a page went, in terms a user can act on. A page that can't be read says so and why;
// it never shows wrong numbers, and never says nothing.

export type PageHealth =
  /** Posts found and read; `own` of them by tracked accounts. */
  | { state: 'reading'; posts: number; own: number; unreadable: number }
  /** The page is still rendering: no verdict yet. */
  | { state: 'starting' }
  /** No posts here, and none expected or none yet (a settings page, an empty profile): not a fault. */
  | { state: 'no-posts'; why: string }
  /** Posts should be here but can't be found or read: the site may have changed. */
  | { state: 'broken'; why: string };

export interface HealthEvent {
  at: number;
  url: string;
}

/** One site's last good reading and last problem, as the dashboard shows them. */
export interface SiteHealth {
  platform: string;
  lastGood: (HealthEvent & { posts: number; own: number }) | null;
  lastProblem: (HealthEvent & { why: string }) | null;
}
