// @vitest-environment happy-dom
// Every insight table as CSV, beside the history's exports: for the accounts and dates the export section
// names, named for what they hold, written by lib/insights/csv.ts.
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { DashboardApi } from '@/components/dashboard/api';
import { ExportPanel } from '@/components/dashboard/ExportPanel';
import { INSIGHT_TABLES, InsightExports, insightFilename } from '@/components/dashboard/InsightExports';
import type { InsightsApi, InsightsReport } from '@/components/dashboard/insight-types';
import { insightTables } from '@/lib/insights/csv';
import { insightsFor } from '@/lib/insights/insights';
import { root, until } from '@/tests/helpers/dom-root';
import { endOf, history } from '@/tests/insights/synthetic';

const posts = history({ seed: 101, effect: (p) => (p.format === 'video' ? 2.5 : 1) });
const REPORT: InsightsReport = {
  insights: insightsFor(posts, { now: endOf(posts), timeZone: 'UTC' }),
  posts: posts.length,
  accounts: [{ key: 'x:lumenroasters', platform: 'x', handle: 'LumenRoasters' }],
  tagged: [],
  timeZone: 'UTC',
  familyTexts: {},
};
const ACCOUNT = { platform: 'x' as const, id: 'lumenroasters', handle: 'LumenRoasters' };

const button = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;
const field = (label: string) =>
  [...root.querySelectorAll('label')].find((l) => l.textContent?.includes(label))!.querySelector('input')!;

function mount() {
  const insights = {
    report: vi.fn(async () => REPORT),
    tables: vi.fn((r: InsightsReport) => insightTables(r.insights)),
  } satisfies InsightsApi;
  const download = vi.fn<(blob: Blob, name: string) => void>();
  render(
    <ExportPanel api={{} as DashboardApi} account={ACCOUNT} insights={insights} download={download} />,
    root,
  );
  return { insights, download };
}

describe('insight tables in the export section', () => {
  it('offers every table, and saves the one asked for as the CSV lib/insights writes', async () => {
    const { insights, download } = mount();
    expect(INSIGHT_TABLES.map((t) => t.name).sort()).toEqual(
      insightTables(REPORT.insights)
        .map((t) => t.name)
        .sort(),
    );
    for (const t of INSIGHT_TABLES) expect(button(`${t.label} (CSV)`)).toBeTruthy();
    button('Formats (CSV)').click();
    await until(() => download.mock.calls.length === 1, 'the download');
    const [blob, name] = download.mock.calls[0]!;
    expect(name).toMatch(/^resonance-insights-formats-all-\d{4}-\d\d-\d\d\.csv$/);
    const formats = insightTables(REPORT.insights).find((t) => t.name === 'formats')!.csv;
    expect(await blob.text()).toBe(formats);
    expect(insights.report).toHaveBeenCalledWith({ accounts: 'tracked', from: undefined, to: undefined });
    const rows = REPORT.insights.findings.filter((f) => f.kind === 'format').length;
    expect(root.querySelector('[role="status"]')?.textContent).toBe(`Saved ${rows} rows to ${name}`);
    // The same scope again: the report already worked out is used.
    button('Weekday × hour grid (CSV)').click();
    await until(() => download.mock.calls.length === 2, 'the second download');
    expect(insights.report).toHaveBeenCalledTimes(1);
    expect(await download.mock.calls[1]![0].text()).toContain('weekday,hour,posts,ratio');
  });

  it('follows the section’s account and dates, and refuses dates the wrong way round', async () => {
    const { insights, download } = mount();
    (root.querySelectorAll('input[name="export-scope"]')[1] as HTMLInputElement).click();
    const from = field('From');
    from.value = '2026-02-01';
    from.dispatchEvent(new Event('input', { bubbles: true }));
    button('Trend (CSV)').click();
    await until(() => download.mock.calls.length === 1, 'the download');
    expect(insights.report).toHaveBeenLastCalledWith({
      accounts: [{ platform: 'x', id: 'lumenroasters' }],
      from: Date.UTC(2026, 1, 1),
      to: undefined,
    });
    expect(download.mock.calls[0]![1]).toMatch(
      /^resonance-insights-trend-x-lumenroasters-2026-02-01_\d{4}-\d\d-\d\d\.csv$/,
    );
    const to = field('To');
    to.value = '2026-01-01';
    to.dispatchEvent(new Event('input', { bubbles: true }));
    button('Months (CSV)').click();
    const alert = await until(() => root.querySelector('[role="alert"]'), 'the refusal');
    expect(alert.textContent).toBe('The “From” date is after the “To” date. Nothing was exported.');
    expect(download).toHaveBeenCalledTimes(1);
  });
});

describe('insight tables asked for again', () => {
  it('are written from the same report within a minute, and worked out again after it', async () => {
    const insights = {
      report: vi.fn(async () => REPORT),
      tables: vi.fn((r: InsightsReport) => insightTables(r.insights)),
    } satisfies InsightsApi;
    const download = vi.fn<(blob: Blob, name: string) => void>();
    let clock = Date.UTC(2026, 10, 29, 12);
    render(<InsightExports api={insights} scope={() => ({})} download={download} now={() => clock} />, root);
    const save = async (label: string, downloads: number) => {
      button(label).click();
      await until(() => download.mock.calls.length === downloads, `download ${downloads}`);
    };
    await save('Formats (CSV)', 1);
    clock += 59_000;
    await save('Topics (CSV)', 2);
    expect(insights.report).toHaveBeenCalledTimes(1);
    clock += 2_000;
    await save('Topics (CSV)', 3);
    // Tags set or a restore made in the meantime are in the tables.
    expect(insights.report).toHaveBeenCalledTimes(2);
  });
});

describe('insightFilename', () => {
  it('names the table, whose posts and which dates, safe for any file system', () => {
    const now = Date.UTC(2026, 10, 29);
    expect(insightFilename('timing-grid', {}, now)).toBe('resonance-insights-timing-grid-all-2026-11-29.csv');
    expect(
      insightFilename('weeks', { account: { platform: 'linkedin', id: 'company/lumen' }, to: now }, now),
    ).toBe('resonance-insights-weeks-linkedin-company_lumen-until-2026-11-29.csv');
  });
});
