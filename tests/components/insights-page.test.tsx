// @vitest-environment happy-dom
// The Insights page: each insight a plain sentence first, its chart second, its numbers behind a
// disclosure; a planted effect found with its sample size; a thin history says "too few posts".
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DashboardApi } from '@/components/dashboard/api';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { InsightsPage } from '@/components/dashboard/InsightsPage';
import type { InsightScope, InsightsApi, InsightsReport } from '@/components/dashboard/insight-types';
import { insightTables } from '@/lib/insights/csv';
import { insightsFor } from '@/lib/insights/insights';
import type { InsightPost } from '@/lib/insights/types';
import type { AccountView } from '@/lib/protocol/messages';
import { endOf, history } from '@/tests/insights/synthetic';

const ACCOUNT = { platform: 'x' as const, id: 'lumenroasters', handle: 'LumenRoasters' };

/** A report as the dashboard's worker makes it, from these posts. */
function reportOf(posts: InsightPost[]): InsightsReport {
  return {
    insights: insightsFor(posts, { now: endOf(posts), timeZone: 'UTC' }),
    posts: posts.length,
    accounts: [{ key: 'x:lumenroasters', platform: 'x', handle: 'LumenRoasters' }],
    tagged: [{ tag: 'new hook', posts: 1 }],
    timeZone: 'UTC',
    familyTexts: {},
  };
}

// Videos planted at 2.5× engagement; nothing else.
const RICH = reportOf(history({ seed: 101, effect: (p) => (p.format === 'video' ? 2.5 : 1) }));
// Eight posts: three videos, five text posts.
const THIN = reportOf(
  history({ seed: 7, posts: 8, days: 20 }).map((p, i) => ({ ...p, format: i < 3 ? 'video' : 'text' })),
);

function fakeInsights(report: InsightsReport | ((s: InsightScope) => Promise<InsightsReport>)) {
  return {
    report: vi.fn(typeof report === 'function' ? report : async () => report),
    tables: vi.fn((r: InsightsReport) => insightTables(r.insights)),
  } satisfies InsightsApi;
}

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  globalThis.history.replaceState(null, '', location.pathname);
});

async function until<T>(find: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const found = find();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting for ${what}\n${root.textContent}`);
}
const section = (kind: string) => root.querySelector<HTMLElement>(`section.insight[data-kind="${kind}"]`);

describe('the Insights page', () => {
  it('leads each insight with a sentence, then its chart, then its numbers behind a disclosure', async () => {
    render(<InsightsPage api={fakeInsights(RICH)} chosen={ACCOUNT} />, root);
    await until(() => section('format'), 'the formats insight');
    for (const kind of ['format', 'topic', 'timing', 'quantity', 'trend', 'experiment', 'family']) {
      const s = section(kind)!;
      const parts = [...s.children].map((c) => c.tagName.toLowerCase());
      expect(parts[0], kind).toBe('h3');
      expect(parts[1], kind).toBe('div');
      expect(s.querySelector('.sentences p.finding')?.textContent?.length, kind).toBeGreaterThan(20);
      expect(parts[parts.length - 1], kind).toBe('details');
      const details = s.querySelector('details.numbers') as HTMLDetailsElement;
      expect(details.open, kind).toBe(false);
      expect(details.querySelector('table'), kind).not.toBeNull();
    }
    // The planted format: its sentence with the sample size first, then the chart, then the table.
    const formats = section('format')!;
    const videos = RICH.insights.findings.find((f) => f.kind === 'format' && f.group === 'video')!;
    expect(videos.verdict).toBe('beyond noise');
    const lead = formats.querySelector('p.finding')!.textContent!;
    expect(lead).toBe(videos.sentence);
    expect(lead).toMatch(
      new RegExp(
        `^Videos: \\d\\.\\d× your other posts at 24 h, ${videos.n} posts \\(.+\\): beyond noise\\.$`,
      ),
    );
    const chart = formats.querySelector('figure.ratio-chart svg')!;
    expect(
      formats.querySelector('.sentences')!.compareDocumentPosition(chart) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(chart.querySelectorAll('g.row')).toHaveLength(3);
    expect(chart.querySelector('g.row.strong')?.getAttribute('data-group')).toContain('video');
    // Each row of the table: the group, its posts and its verdict, as the findings have them.
    const all = RICH.insights.findings.filter((f) => f.kind === 'format');
    const rows = [...formats.querySelectorAll('details table tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-verdict'))).toEqual(all.map((f) => f.verdict));
    expect(rows[0]!.querySelector('th')?.textContent).toBe('Videos');
    expect(rows[0]!.querySelectorAll('td')[0]?.textContent).toBe(String(videos.n));
    expect(chart.querySelectorAll('g.row.strong')).toHaveLength(
      all.filter((f) => f.verdict === 'beyond noise').length,
    );
  });

  it('draws the timing heat map in the user’s zone, with counts, and names what was read', async () => {
    render(<InsightsPage api={fakeInsights(RICH)} chosen={ACCOUNT} />, root);
    const timing = await until(() => section('timing'), 'the timing insight');
    const cells = [...timing.querySelectorAll('svg g.cell')];
    expect(cells).toHaveLength(7 * 24);
    const counted = cells.reduce((n, c) => n + Number(c.getAttribute('data-n')), 0);
    expect(counted).toBe(RICH.insights.accounts[0]!.compared);
    expect(timing.querySelector('figure.timing-heatmap figcaption')?.textContent).toContain('(UTC)');
    expect(root.querySelector('.insight-summary')?.textContent).toContain(
      `${RICH.posts} posts of 1 account read`,
    );
    // The trend: months with their noise band; the quantity: a dot per finished week.
    expect(section('trend')!.querySelectorAll('svg rect.band').length).toBeGreaterThan(3);
    expect(section('quantity')!.querySelectorAll('svg circle.week').length).toBeGreaterThan(8);
    // A tag on posts none of which is compared yet is named, not lost.
    expect(section('experiment')!.textContent).toContain(
      '“new hook”: 1 tagged post, none old enough to compare yet.',
    );
  });

  it('says “too few posts (3 of 5)” on a thin history, and claims nothing', async () => {
    render(<InsightsPage api={fakeInsights(THIN)} chosen={ACCOUNT} />, root);
    const formats = await until(() => section('format'), 'the formats insight');
    expect([...formats.querySelectorAll('p.finding')].map((p) => p.textContent)).toEqual([
      'Text posts: too few other posts to compare with (3 of 5).',
      'Videos: too few posts (3 of 5) to say.',
    ]);
    expect(formats.querySelector('svg')?.textContent).toContain('too few posts (3 of 5)');
    expect(root.querySelector('section.insights')?.textContent).not.toContain('beyond noise:');
    expect(root.querySelector('.insight-summary')?.textContent).toContain(
      'Nothing stands out beyond noise yet.',
    );
    expect(section('trend')!.textContent).toContain('too few posts');
  });

  it('reads every tracked account, or only the chosen one; a failure is said', async () => {
    const api = fakeInsights(async (s) => {
      if (s.accounts !== 'tracked') throw new Error('the store is closed');
      return RICH;
    });
    render(<InsightsPage api={api} chosen={ACCOUNT} />, root);
    await until(() => section('format'), 'the formats insight');
    expect(api.report).toHaveBeenLastCalledWith({ accounts: 'tracked' });
    const only = [...root.querySelectorAll('label')].find((l) =>
      l.textContent?.includes('Only X @LumenRoasters'),
    )!;
    (only.querySelector('input') as HTMLInputElement).click();
    await until(() => root.querySelector('[role="alert"]'), 'the failure');
    expect(api.report).toHaveBeenLastCalledWith({ accounts: [{ platform: 'x', id: 'lumenroasters' }] });
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Couldn’t work out the insights: the store is closed',
    );
  });
});

describe('the dashboard offers the Insights view', () => {
  const ACCOUNTS: AccountView[] = [{ ...ACCOUNT, tracked: true, source: 'user', posts: 3 }];
  const api = {
    accounts: async () => ACCOUNTS,
    history: () => ({ page: () => new Promise(() => {}), ready: new Promise(() => {}), close: () => {} }),
    settings: async () => ({ basis: 'auto', weights: 'equal' }),
    storage: async () => ({ ok: true, error: null, at: null, usage: null, quota: null, persisted: null }),
    siteHealth: async () => [],
    instances: async () => [],
  } as unknown as DashboardApi;

  it('beside the posts, and opens it on a click', async () => {
    const insights = fakeInsights(RICH);
    render(<DashboardApp api={api} insights={insights} now={Date.now()} />, root);
    const tab = await until(
      () => [...root.querySelectorAll('nav.views button')].find((b) => b.textContent === 'Insights'),
      'the Insights tab',
    );
    expect(tab.getAttribute('aria-pressed')).toBe('false');
    expect(insights.report).not.toHaveBeenCalled();
    (tab as HTMLButtonElement).click();
    await until(() => section('format'), 'the formats insight');
    expect(tab.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('#history-h')).toBeNull();
    expect(location.hash).toBe('#insights');
  });

  it('opened at #insights, reads no account’s history until Posts is chosen', async () => {
    globalThis.history.replaceState(null, '', '#insights');
    const history = vi.fn(api.history);
    render(<DashboardApp api={{ ...api, history }} insights={fakeInsights(RICH)} now={Date.now()} />, root);
    await until(() => section('format'), 'the formats insight');
    await until(() => root.textContent?.includes('Only X @LumenRoasters'), 'the chosen account');
    expect(history).not.toHaveBeenCalled();
    const posts = [...root.querySelectorAll('nav.views button')].find((b) => b.textContent === 'Posts');
    (posts as HTMLButtonElement).click();
    await until(() => root.querySelector('#history-h'), 'the history');
    expect(history).toHaveBeenCalledTimes(1);
    expect(history).toHaveBeenCalledWith({ platform: 'x', id: 'lumenroasters' });
    expect(section('format')).toBeNull();
  });

  it('not at all without an insights API', async () => {
    render(<DashboardApp api={api} now={Date.now()} />, root);
    await until(() => root.querySelector('#accounts-h'), 'the accounts');
    expect(root.querySelector('nav.views')).toBeNull();
  });
});
