// Each site's script must stay small: it loads on every page of its site. Fails past the budget, per
// script and per build, and prints every size so a change that grows one shows in the test output.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * 16 kB of gzip per site script: an adapter with its count and time readers (about 13 kB), and the badge
 * with its keyboard disclosure and theme (about 1.3 kB). Past it, something like a UI library has leaked in.
 * Raised from 16,000 by 100 B when the page layer's score requests became a module of their own (a function
 * boundary and its parameters, ~70 B) and learnt to clear a request's error once one succeeds; by 150 B
 * when the scripts learnt to adopt the count units the worker learned (133-154 B: a message and building the
 * table from it), which took ~35 ms of learning off each page's first read (3-5 ms adopted, 33-41 learned);
 * by 50 B when a page showing posts as it starts stopped reading them all to judge its health before its
 * first pass read them again (38 B; 14 ms of the feed's start); by 150 B when badge hosts began to be made
 * ahead, out of the page's frames (lib/page/spare-hosts.ts, with the address parsed once per address and
 * the mutation records' removed nodes no longer copied: 113 B), a sixth less of our script in the page's
 * long tasks; by 50 B when a host the badge layer did not make began to be looked for only where its badge
 * goes, and an earlier script's removed once as it starts (23-28 B): each new post's whole subtree had been
 * searched in the page's frame (~9-10 µs a real X or Facebook post); and by 50 B when it began to be
 * looked for only beside that place, following siblings (25-30 B): listing the place's parent's children
 * cost 3-5 µs a real X post in the frame, its siblings ~0.5.
 */
export const BUDGET_BYTES = 16_550;

/**
 * A site whose pages need more, and why. Facebook's time links carry no machine-readable time, so its
 * script reads dates in any language both as "30 May at 11:02" and as "4d" (about 4 kB of gzip). Its
 * budget grew by 0.2 kB when the page layer every script shares did, for the feed's sake (sending in
 * the page's idle time, scores for shown posts only, the popup's health from the scroll's tally), and
 * by 0.2 kB again when it learnt to place a badge in the page's frame and read its post after it, and
 * by 0.1 kB when the page layer learnt to let go of posts a recycling feed detached, and to ask no score
 * for a post still being saved, and by 50 B when it learnt to ask for a burst of saves' scores once (a
 * feed keeping 1,000 posts: 22 requests, each re-arranging the account in the worker, became 4), and by
 * 100 B with every site's (BUDGET_BYTES), and by 250 B when every script learnt to adopt the worker's count
 * units (BUDGET_BYTES; Facebook's script grew by 225 B, the others by 133-154 B), and by 50 B with every
 * site's when a page's start stopped judging its health from a read of every post it shows, and by 100 B
 * when its script learnt to adopt the time words the worker learned and to read the runtime's own zone from
 * Date (91 B): a fresh page's first reads of "4d" and "30 May at 11:02" took 3-8 ms instead of 45-48,
 * and by 150 B with every site's when badge hosts began to be made ahead of their posts (BUDGET_BYTES), and
 * by 50 B when its page JSON began to be searched once per run of script rather than once per post read
 * (lib/sites/shared/per-run.ts, 86 B): on the real capture that search costs 41 µs a post.
 * YouTube's script reads its upload times ("3 days ago", "Aug 15, 2021") with words of its own, which it
 * adopts from the worker, and tells Pacific summer time by the US rules rather than an Intl formatter
 * (109 B): a fresh page's first two time reads took 1.5-4 ms instead of 30-43. Both grew by 50 B with every
 * site's when badge hosts began to be looked for only where a badge goes, and again when only beside
 * that place (BUDGET_BYTES). LinkedIn's, the largest of the rest, grew past the common budget by 70 B
 * when its posts began to be found down a feed item's chain of only children rather than by a query of the
 * item (lib/sites/shared/only-post.ts; 62-70 B on each of the three sites using it): finding a post just
 * added took 15.9 µs instead of 34.3 (site-read bench). Facebook's and YouTube's grew by 50 B when learning a
 * locale's count units (lib/sites/shared/count/intl.ts, in every script for a page the worker can't answer)
 * was split into two functions of under 60 lines, as the rest of the code base is (35-44 B on every site).
 * All three grew by 100 B when the feed observer's hand-over of posts and its watch of the address were
 * split from it (lib/page/observe.ts; 70-93 B on every site).
 */
const SITE_BUDGETS: Record<string, number> = { facebook: 20_500, youtube: 16_800, linkedin: 16_750 };

const budgetOf = (file: string): number => SITE_BUDGETS[file.replace(/^site-|\.js$/g, '')] ?? BUDGET_BYTES;

const builds = process.argv.slice(2);
let failed = 0;
let seen = 0;
for (const dir of builds) {
  const scripts = readdirSync(dir).filter((f) => /^site-[a-z]+\.js$/.test(f));
  for (const f of scripts) {
    seen++;
    const size = gzipSync(readFileSync(join(dir, f)), { level: 9 }).length;
    const budget = budgetOf(f);
    const over = size > budget;
    if (over) failed++;
    const room = over ? `${size - budget} B over` : `${budget - size} B to spare`;
    console.log(`${over ? 'OVER' : 'ok  '} ${join(dir, f)}: ${size} bytes gzip (budget ${budget}, ${room})`);
  }
}
if (seen === 0) {
  console.log(`no site scripts found in ${builds.join(', ')}`);
  process.exit(1);
}
process.exit(failed ? 1 : 0);
