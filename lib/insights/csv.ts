// Every insight table as CSV: the findings of each kind, the weekday × hour grid, the weeks, the months
// and the copies of each message. Cells go through the project's CSV rules (lib/export/csv.ts: RFC 4180
// quoting, formula neutralisation, ids kept whole), so a hashtag or a post's text can never run as a
// spreadsheet formula. Pure.
import { CSV_BOM, type CsvValue, csvRow, digitsAsText } from '@/lib/export/csv';
import type { Finding, FindingKind, Insights } from './types';

export interface CsvTable {
  /** A file name without extension: `formats`, `timing-grid`. */
  name: string;
  csv: string;
}

const KIND_TABLES: [FindingKind, string][] = [
  ['format', 'formats'],
  ['topic', 'topics'],
  ['timing', 'timing'],
  ['quantity', 'quantity'],
  ['trend', 'trend'],
  ['experiment', 'experiments'],
  ['family', 'families'],
];

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Ratios to 4 decimals, p-values to 3 significant digits: what a reader can use, no float noise. */
const r4 = (x: number | null) => (x === null ? null : Number(x.toFixed(4)));
const p3 = (x: number | null) => (x === null ? null : Number(x.toPrecision(3)));

function table(name: string, header: readonly string[], rows: readonly (readonly CsvValue[])[]): CsvTable {
  return { name, csv: CSV_BOM + csvRow(header) + rows.map((r) => csvRow(r)).join('') };
}

function findingRow(f: Finding): CsvValue[] {
  return [
    f.group,
    f.account,
    f.family,
    f.n,
    f.need,
    r4(f.ratio),
    r4(f.low),
    r4(f.high),
    p3(f.p),
    f.verdict,
    f.sentence,
  ];
}

/** One CSV per table, each with a header row and the UTF-8 byte order mark Excel needs. */
export function insightTables(insights: Insights): CsvTable[] {
  const header = [
    'group',
    'account',
    'family',
    'posts',
    'needed',
    'ratio',
    'low',
    'high',
    'p',
    'verdict',
    'sentence',
  ];
  const t = insights.tables;
  return [
    ...KIND_TABLES.map(([kind, name]) =>
      table(name, header, insights.findings.filter((f) => f.kind === kind).map(findingRow)),
    ),
    table(
      'timing-grid',
      ['weekday', 'hour', 'posts', 'ratio'],
      t.timing.map((c) => [DAYS[c.weekday], c.hour, c.n, r4(c.ratio)]),
    ),
    table(
      'weeks',
      ['account', 'week', 'posts', 'compared', 'median'],
      t.weeks.map((w) => [w.account, w.week, w.posts, w.compared, r4(w.median)]),
    ),
    table(
      'months',
      ['account', 'month', 'posts', 'ratio', 'low', 'high', 'band low', 'band high', 'verdict'],
      t.months.map((m) => [
        m.account,
        m.month,
        m.n,
        r4(m.ratio),
        r4(m.low),
        r4(m.high),
        r4(m.bandLow),
        r4(m.bandHigh),
        m.verdict,
      ]),
    ),
    table(
      'family-copies',
      ['family', 'site', 'account', 'post id', 'ratio', 'compared with', 'percentile'],
      t.families.map((f) => [
        f.family,
        f.platform,
        f.account,
        digitsAsText(f.postId),
        r4(f.ratio),
        f.n,
        r4(f.percentile),
      ]),
    ),
  ];
}
