// Each kind of finding on synthetic histories: a planted effect is found, with a sentence that gives
// the sample size first; too few posts make no claim; the time zone decides weekdays and hours.
import { describe, expect, it } from 'vitest';
import { DAY } from '@/lib/core/time';
import { insightsFor } from '@/lib/insights/insights';
import type { Finding, InsightPost } from '@/lib/insights/types';
import { endOf, history, type Synth } from './synthetic';

const START = Date.UTC(2026, 0, 5);

function run(o: Synth, timeZone = 'UTC') {
  const posts = history(o);
  return insightsFor(posts, { now: endOf(posts), timeZone });
}

const found = (fs: Finding[], kind: string, group: string) =>
  fs.find((f) => f.kind === kind && f.group === group && f.verdict === 'beyond noise');

describe('planted effects are found', () => {
  it('formats: videos at 2.5× engagement', () => {
    const { findings } = run({ seed: 101, effect: (p) => (p.format === 'video' ? 2.5 : 1) });
    const f = found(findings, 'format', 'video')!;
    expect(f.ratio).toBeGreaterThan(1.8);
    expect(f.low).toBeGreaterThan(1);
    expect(f.sentence).toMatch(new RegExp(`^Videos: \\d\\.\\d× your other posts at 24 h, ${f.n} posts \\(`));
  });

  it('topics: a hashtag at 2.5×, ranked with its sample size', () => {
    const { findings } = run({ seed: 102, effect: (p) => (p.text?.includes('#espresso') ? 2.5 : 1) });
    const f = found(findings, 'topic', '#espresso')!;
    expect(f.ratio).toBeGreaterThan(1.8);
    expect(f.sentence).toContain(`Posts with #espresso: `);
    expect(f.sentence).toContain(`, ${f.n} posts (`);
    const ratios = findings.filter((t) => t.kind === 'topic').map((t) => t.ratio!);
    expect(ratios).toEqual([...ratios].sort((a, b) => b - a));
    expect(ratios[0]).toBe(f.ratio);
    // Stop words never become topics.
    expect(findings.filter((t) => t.kind === 'topic').map((t) => t.group)).not.toContain('the');
  });

  it('timing: an evening in New York, seen in New York time and not in UTC', () => {
    const hourIn = (t: number, timeZone: string) =>
      Number(new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(t));
    const o: Synth = {
      seed: 103,
      posts: 220,
      effect: (p) =>
        hourIn(p.publishedAt, 'America/New_York') >= 18 && hourIn(p.publishedAt, 'America/New_York') < 21
          ? 2.5
          : 1,
    };
    const ny = run(o, 'America/New_York');
    expect(found(ny.findings, 'timing', '18:00–21:00')?.sentence).toContain('(America/New_York)');
    expect(found(run(o, 'UTC').findings, 'timing', '18:00–21:00')).toBeUndefined();
    const cells = ny.tables.timing;
    expect(cells).toHaveLength(7 * 24);
    expect(cells.reduce((s, c) => s + c.n, 0)).toBe(ny.accounts[0]!.compared);
  });

  it('quantity: weeks with more posts go with worse scores', () => {
    const { findings, tables } = run({
      seed: 104,
      perWeek: (_w, r) => 1 + Math.floor(r() * 8),
      effect: (_p, k) => (k / 4) ** -0.6,
    });
    const f = found(findings, 'quantity', 'posts per week')!;
    expect(f.ratio).toBeLessThan(0.85);
    expect(f.sentence).toContain('posting more went with worse scores');
    expect(f.sentence).toContain(`over ${f.n} weeks`);
    expect(tables.weeks.every((w) => w.posts >= w.compared)).toBe(true);
  });

  it('trend: a rise over the months, beyond the noise band', () => {
    const { findings, tables } = run({
      seed: 105,
      effect: (p) => 2.5 ** ((p.publishedAt - START) / (180 * DAY)),
    });
    const line = findings.find((f) => f.kind === 'trend' && f.group.includes(' to '))!;
    expect(line.verdict).toBe('beyond noise');
    expect(line.ratio).toBeGreaterThan(1.5);
    expect(line.sentence).toContain('it rose');
    const first = tables.months[0]!;
    expect(first.ratio).toBeLessThan(first.bandLow!);
  });

  it('trend: a late dip is marked; an ordinary month is said to be ordinary', () => {
    const dip = run({ seed: 106, effect: (p) => (p.publishedAt - START > 148 * DAY ? 0.4 : 1) });
    expect(found(dip.findings, 'trend', '2026-06')!.ratio).toBeLessThan(1);
    const calm = run({ seed: 107 });
    const months = calm.findings.filter((f) => f.kind === 'trend' && f.verdict === 'not beyond noise');
    expect(months.length).toBeGreaterThan(3);
    for (const m of months.filter((f) => !f.group.includes(' to ')))
      expect(m.sentence).toMatch(/(a dip|a rise|no change) within normal variation \(not beyond noise\)\.$/);
  });

  it('experiments: a tagged hook at 2.5× is beyond noise; a tag on 3 posts is too few to say', () => {
    const posts = history({ seed: 108, effect: (p) => (p.tags?.includes('question hook') ? 2.5 : 1) });
    for (const p of posts.slice(10, 13)) p.tags = [...(p.tags ?? []), 'Posted at 7am'];
    const { findings } = insightsFor(posts, { now: endOf(posts) });
    expect(found(findings, 'experiment', 'question hook')!.ratio).toBeGreaterThan(1.8);
    const few = findings.find((f) => f.group === 'posted at 7am')!;
    expect(few).toMatchObject({ kind: 'experiment', verdict: 'too few posts', n: 3, ratio: null, low: null });
    expect(few.sentence).toBe('Posts tagged “posted at 7am”: too few posts (3 of 5) to say.');
  });
});

describe('no claim without enough posts', () => {
  it('four posts: nothing is beyond noise and no number is claimed', () => {
    const { findings } = run({ seed: 109, posts: 4, effect: (p) => (p.format === 'video' ? 5 : 1) });
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.verdict).toBe('too few posts');
      expect([f.ratio, f.low, f.high]).toEqual([null, null, null]);
    }
  });

  it('a line needs 60 days: 40 posts over 40 days are too short a history to see one', () => {
    const { findings } = run({ seed: 113, posts: 40, days: 40 });
    const line = findings.find((f) => f.kind === 'trend' && f.group.includes(' to '))!;
    expect(line).toMatchObject({ verdict: 'too few posts', ratio: null, n: 40 });
    expect(line.sentence).toMatch(/: too short a history \(\d\d of 60 days\) to see a line\.$/);
  });

  it('a format seen on 4 posts is too few; the others are still compared', () => {
    const posts = history({ seed: 110 });
    posts.slice(0, 4).forEach((p) => {
      p.format = 'poll';
    });
    const { findings } = insightsFor(posts, { now: endOf(posts) });
    expect(findings.find((f) => f.group === 'poll')!.sentence).toBe('Polls: too few posts (4 of 5) to say.');
    expect(findings.find((f) => f.group === 'video')!.verdict).not.toBe('too few posts');
  });
});

describe('one message, every site', () => {
  it('two messages that open alike stay two families', () => {
    const x = history({ seed: 111 });
    const bsky = history({ seed: 112, platform: 'bluesky', handle: 'lumen.bsky.social' });
    const opening = 'Spring blend is back: bright, floral and sweet';
    x[40]!.text = `${opening}, in 250 g bags`;
    bsky[42]!.text = `${opening}, in 250 g bags`;
    x[41]!.text = `${opening}, now in 1 kg bags`;
    bsky[43]!.text = `${opening}, now in 1 kg bags`;
    const { tables } = insightsFor([...x, ...bsky], { now: Math.max(endOf(x), endOf(bsky)) });
    const byFamily = new Map<string, string[]>();
    for (const r of tables.families) byFamily.set(r.family, [...(byFamily.get(r.family) ?? []), r.postId]);
    expect([...byFamily.keys()].sort()).toEqual([
      'Spring blend is back: bright, floral an…',
      'Spring blend is back: bright, floral an… (2)',
    ]);
    expect([...byFamily.values()].map((ids) => ids.length)).toEqual([2, 2]);
  });

  it('puts the copies of a message side by side, each against its own account', () => {
    const x = history({ seed: 111 });
    const bsky = history({ seed: 112, platform: 'bluesky', handle: 'lumen.bsky.social' });
    const text = 'Spring blend is back: bright, floral and sweet';
    x[40]!.text = `${text} https://lumen.example/spring`;
    bsky[42]!.text = `spring blend is BACK — bright, floral and sweet!`;
    const all: InsightPost[] = [...x, ...bsky];
    const { findings, tables } = insightsFor(all, { now: Math.max(endOf(x), endOf(bsky)) });
    const copies = findings.filter((f) => f.kind === 'family');
    expect(copies.map((f) => f.group).sort()).toEqual(['bluesky:lumen.bsky.social', 'x:LumenRoasters']);
    expect(new Set(copies.map((f) => f.family))).toEqual(
      new Set(['Spring blend is back: bright, floral an…']),
    );
    expect(tables.families.map((r) => r.postId).sort()).toEqual([x[40]!.id, bsky[42]!.id].sort());
    for (const c of copies) {
      expect(c.n).toBe(30);
      // One post against 30 cannot be told from noise by its rank alone.
      expect(c.verdict).toBe('not beyond noise');
      expect(c.sentence).toMatch(
        /that account's usual at 24 h \(\S+×\), against 30 of its posts, (top|bottom) \d+%: not beyond noise on its own\.$/,
      );
    }
    // Per-account findings name their account when there are several.
    expect(findings.filter((f) => f.kind === 'quantity').map((f) => f.account)).toEqual([
      'x:lumenroasters',
      'bluesky:lumen.bsky.social',
    ]);
  });
});
