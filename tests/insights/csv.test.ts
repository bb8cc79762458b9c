// Every insight table as CSV, through the project's CSV rules: a header per table, one row per finding
// or cell, and page text (a message's words) that can never run as a spreadsheet formula.
import { describe, expect, it } from 'vitest';
import { CSV_BOM } from '@/lib/export/csv';
import { insightTables } from '@/lib/insights/csv';
import { insightsFor } from '@/lib/insights/insights';
import { parseCsv } from '@/tests/helpers/csv-parse';
import { endOf, history } from './synthetic';

function tables() {
  const x = history({ seed: 201, effect: (p) => (p.format === 'video' ? 2.5 : 1) });
  const bsky = history({ seed: 202, platform: 'bluesky', handle: 'lumen.bsky.social' });
  // A message whose text starts like a formula, posted on both sites.
  x[30]!.text = '=HYPERLINK("https://evil.example","spring blend is back, come and taste")';
  bsky[31]!.text = x[30]!.text;
  const insights = insightsFor([...x, ...bsky], { now: Math.max(endOf(x), endOf(bsky)) });
  return { insights, byName: new Map(insightTables(insights).map((t) => [t.name, t.csv])) };
}

describe('insight tables as CSV', () => {
  const { insights, byName } = tables();
  const rows = (name: string) => parseCsv(byName.get(name)!.slice(CSV_BOM.length));

  it('writes every table, each with the byte order mark and a header', () => {
    expect([...byName.keys()]).toEqual([
      'formats',
      'topics',
      'timing',
      'quantity',
      'trend',
      'experiments',
      'families',
      'timing-grid',
      'weeks',
      'months',
      'family-copies',
    ]);
    for (const csv of byName.values()) expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(rows('formats')[0]).toEqual([
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
    ]);
  });

  it('has one row per finding of the kind, with its numbers and sentence', () => {
    const formats = insights.findings.filter((f) => f.kind === 'format');
    const body = rows('formats').slice(1);
    expect(body).toHaveLength(formats.length);
    const video = body.find((r) => r[0] === 'video')!;
    const f = formats.find((x) => x.group === 'video')!;
    expect(Number(video[3])).toBe(f.n);
    expect(Number(video[5])).toBeCloseTo(f.ratio!, 4);
    expect(video[9]).toBe('beyond noise');
    expect(video[10]).toBe(f.sentence);
  });

  it('has the full weekday × hour grid and every week and month', () => {
    expect(rows('timing-grid')).toHaveLength(1 + 7 * 24);
    expect(rows('timing-grid')[1]!.slice(0, 2)).toEqual(['Monday', '0']);
    expect(rows('weeks')).toHaveLength(1 + insights.tables.weeks.length);
    expect(rows('months')).toHaveLength(1 + insights.tables.months.length);
  });

  it('neutralises a message that starts like a formula and keeps post ids whole', () => {
    const copies = rows('family-copies').slice(1);
    expect(copies).toHaveLength(2);
    for (const c of copies) {
      expect(c[0]!.startsWith("'=HYPERLINK")).toBe(true);
      expect(c[3]).toMatch(/^="\d+"$/);
    }
    expect(rows('families').slice(1)[0]![2]!.startsWith("'=")).toBe(true);
  });
});
