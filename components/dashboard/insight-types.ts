// What the Insights page shows, as plain data: the findings and tables of the pure core (lib/insights,
// docs/insights.md), read as types only; the dashboard's worker fills them (entrypoints/dashboard/insights-host.ts).
import type { AccountAge, FamilyRow, Finding, MonthRow, TimingCell, WeekRow } from '@/lib/insights/types';
import type { SiteId } from '@/lib/sites/catalog';

export type { AccountAge, FamilyRow, Finding, MonthRow, TimingCell, WeekRow };

export interface InsightsView {
  accounts: AccountAge[];
  falseFindingRate: number;
  findings: Finding[];
  tables: { timing: TimingCell[]; weeks: WeekRow[]; months: MonthRow[]; families: FamilyRow[] };
}

/** An account read, as the page names it. */
export interface InsightAccount {
  key: string;
  platform: SiteId;
  handle: string;
}

/** Everything the page shows for one scope. */
export interface InsightsReport {
  insights: InsightsView;
  /** Posts read (with a known time), compared or not. */
  posts: number;
  accounts: InsightAccount[];
  /** Every tag on the posts read and how many posts carry it, compared or not (tags grouped as the experiments group them). */
  tagged: { tag: string; posts: number }[];
  /** The IANA zone of every weekday, hour, week and month. */
  timeZone: string;
  /** Each message posted on several sites (a family, as the findings name it), as its first copy says it. */
  familyTexts: Record<string, string>;
}

/** Which posts: some accounts (or every tracked one), published between two times when given. */
export interface InsightScope {
  accounts: { platform: SiteId; id: string }[] | 'tracked';
  from?: number;
  to?: number;
}

/** One table as a CSV file: `formats`, `timing-grid`… (lib/insights/csv.ts). */
export interface InsightCsv {
  name: string;
  csv: string;
}

/** What the Insights page and the insight exports need; the real one computes in a Web Worker. */
export interface InsightsApi {
  report(scope: InsightScope): Promise<InsightsReport>;
  /** Every insight table of a report as CSV. */
  tables(report: InsightsReport): InsightCsv[];
}
