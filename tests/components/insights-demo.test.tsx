// @vitest-environment happy-dom
// The demo (`npm start`) restored as the dashboard restores a backup, and read as the Insights page's
// worker reads it: every planted effect is found, and nothing is beyond noise where nothing was planted,
// for every tracked account together and for each alone; the page leads with the planted findings.
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { InsightsPage } from '@/components/dashboard/InsightsPage';
import type { Finding, InsightScope, InsightsReport } from '@/components/dashboard/insight-types';
import { insightsReport } from '@/entrypoints/dashboard/insights-host';
import { insightTables } from '@/lib/insights/csv';
import { parseBackup } from '@/lib/store/backup/format';
import { restoreBackup } from '@/lib/store/backup/restore';
import type { ResonanceDB } from '@/lib/store/records';
import { demoPages } from '@/scripts/demo/all-sites';
import { PLANTED } from '@/scripts/demo/insights-history';
import { freshDb } from '@/tests/helpers/db';

// A Sunday afternoon in New York: weekdays, hours and months are read in the zone the demo plants in.
const NOW = Date.UTC(2026, 10, 29, 19, 41);
const ZONE = 'America/New_York';

/** What the demo plants (scripts/demo/insights-history.ts), as the findings name it. */
function planted(f: Finding, scope: string): boolean {
  if (f.kind === 'format') return f.group === 'video' && scope.startsWith('x:');
  if (f.kind === 'topic') return f.group === '#espresso';
  if (f.kind === 'timing') return f.group === '18:00–21:00';
  if (f.kind === 'experiment') return f.group === 'question hook';
  if (f.kind === 'quantity') return f.account!.startsWith('instagram:');
  if (f.kind === 'trend') return f.account!.startsWith('x:');
  // One message on several sites is shown side by side, never claimed: any verdict is the copy's own.
  return f.kind === 'family';
}

let db: ResonanceDB;
const reports = new Map<string, InsightsReport>();
const ask = (scope: InsightScope) => insightsReport(db, { scope, now: NOW, timeZone: ZONE });

beforeAll(async () => {
  const { backup } = await demoPages(NOW, '', ZONE);
  db = await freshDb();
  await restoreBackup(db, parseBackup(JSON.stringify(backup), { now: NOW, instances: [] }), {
    dryRun: false,
    now: NOW,
  });
  reports.set('all', await ask({ accounts: 'tracked' }));
  for (const a of await db.getAll('accounts'))
    reports.set(a.key, await ask({ accounts: [{ platform: a.platform, id: a.id }] }));
}, 120_000);

const standing = (r: InsightsReport) => r.insights.findings.filter((f) => f.verdict === 'beyond noise');

describe('the demo’s insights', () => {
  it('find each planted effect: videos on X, #espresso, weekday evenings, the question hook, Instagram’s busy weeks, X’s rise', () => {
    const all = reports.get('all')!;
    expect(all.accounts).toHaveLength(9);
    const found = standing(all).map((f) => `${f.kind} ${f.group}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'topic #espresso',
        'timing 18:00–21:00',
        'experiment question hook',
        'quantity instagram:lumenroasters posts per week',
        expect.stringMatching(/^trend x:lumenroasters \d{4}-\d\d to \d{4}-\d\d$/),
      ]),
    );
    const x = reports.get('x:lumenroasters')!;
    const videos = standing(x).find((f) => f.kind === 'format' && f.group === 'video')!;
    expect(videos.ratio).toBeGreaterThan(1.2);
    expect(videos.ratio).toBeLessThan(PLANTED.xVideo * 1.4);
    // The rise: X's line goes up by about the planted 2×.
    const line = standing(x).find((f) => f.kind === 'trend' && / to /.test(f.group))!;
    expect(line.ratio).toBeGreaterThan(1.4);
    expect(line.ratio).toBeLessThan(PLANTED.xRise * 1.5);
  });

  it('find nothing beyond noise where nothing was planted, for all accounts and for each alone', () => {
    expect(reports.size).toBe(10);
    const unplanted = [...reports].flatMap(([scope, r]) =>
      standing(r)
        .filter((f) => !planted(f, scope))
        .map((f) => `${scope}: ${f.sentence}`),
    );
    expect(unplanted).toEqual([]);
  });

  it('carry the messages posted on several sites, whole, and every table as CSV', () => {
    const all = reports.get('all')!;
    expect(Object.values(all.familyTexts).sort()).toEqual([
      'Spring blend is back: Guji, Huila and a touch of Kenya. Pre-orders open Friday!',
      'We planted 1,200 shade trees with our growers this year. Thank you for every cup.',
    ]);
    const families = insightTables(all.insights).find((t) => t.name === 'family-copies')!.csv;
    expect(families.trim().split('\r\n')).toHaveLength(1 + 5);
  });
});

describe('the demo’s Insights page', () => {
  const root = document.createElement('div');
  afterEach(() => render(null, root));

  it('leads each section with what was planted', async () => {
    document.body.append(root);
    const all = reports.get('all')!;
    render(<InsightsPage api={{ report: async () => all, tables: () => [] }} chosen={null} />, root);
    for (let i = 0; i < 100 && !root.querySelector('.insight-summary'); i++)
      await new Promise((r) => setTimeout(r, 5));
    const lead = (kind: string) =>
      root.querySelector(`section.insight[data-kind="${kind}"] p.finding`)?.textContent ?? '';
    expect(lead('topic')).toMatch(/^Posts with #espresso: 1\.\d× the rest at 24 h, \d+ posts/);
    expect(lead('timing')).toMatch(/^Posts published 18:00–21:00 \(America\/New_York\): 1\.\d× the rest/);
    expect(lead('experiment')).toMatch(/^Posts tagged “question hook”: 1\.\d× the rest/);
    expect(lead('quantity')).toMatch(
      /^Instagram @lumenroasters: Weeks with twice the posts went with 0\.\d×/,
    );
    expect(lead('trend')).toMatch(/^X @LumenRoasters: Engagement at 24 h, .+: beyond noise; it rose\.$/);
    expect(lead('format')).toBe(
      'None of the 6 formats compared stands out beyond noise: their differences are within what chance alone gives.',
    );
    // Forty hashtags and words compared: the fifteen farthest from 1× drawn, #espresso first; all in the table.
    const topics = root.querySelector('section.insight[data-kind="topic"]')!;
    expect(topics.querySelectorAll('svg g.row')).toHaveLength(15);
    expect(topics.querySelector('svg g.row.strong')?.textContent).toContain('#espresso');
    expect(topics.querySelectorAll('details tbody tr')).toHaveLength(40);
    // Nine accounts, one sentence for those where nothing stands out.
    const said = (kind: string) =>
      [...root.querySelectorAll(`section.insight[data-kind="${kind}"] p.finding`)].map((p) => p.textContent);
    expect(said('quantity')).toHaveLength(2);
    expect(said('quantity')[1]).toMatch(
      /^No clear link between how often you post and how posts do on (.+, ){6}.+ and .+\.$/,
    );
    expect(said('trend').at(-1)).toMatch(
      /^On the other accounts \((.+, ){6}.+\), engagement did not change beyond noise over the months: .+ within normal variation\.$/,
    );
    const family = root.querySelector('section.insight[data-kind="family"] .family h4')?.textContent;
    expect(family).toBe('“Spring blend is back: Guji, Huila and a touch of Kenya. Pre-orders open Friday!”');
  });
});
