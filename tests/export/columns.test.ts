import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageHours,
  exportFilename,
  POST_COLUMNS,
  postRow,
  SNAPSHOT_COLUMNS,
  sheetTime,
  snapshotRow,
} from '@/lib/export/columns';
import { csvRow } from '@/lib/export/csv';
import type { PostRecord, SnapshotRecord } from '@/lib/store/records';

const PUBLISHED = Date.UTC(2026, 10, 1, 10, 0, 0);
const MIN = 60_000;

function post(over: Partial<PostRecord> = {}): PostRecord {
  return {
    key: 'x:10',
    platform: 'x',
    id: '10',
    account: 'x:brand',
    author: 'Brand',
    url: 'https://x.com/Brand/status/10',
    publishedAt: PUBLISHED,
    format: 'image',
    firstSeenAt: PUBLISHED + 5 * MIN,
    lastSeenAt: Date.UTC(2026, 10, 3, 8, 30, 0),
    latest: { likes: { value: 600, min: 600, max: 600 } },
    snapshots: 4,
    ...over,
  };
}

// likes exact, comments and quotes not shown, shares and views abbreviated (ranges), saves shown as 0.
const SNAP: SnapshotRecord = {
  post: 'x:10',
  capturedAt: PUBLISHED + 135 * MIN,
  metrics: {
    likes: { value: 553, min: 553, max: 553 },
    shares: { value: 1200, min: 1150, max: 1250 },
    saves: { value: 0, min: 0, max: 0 },
    views: { value: 2_100_000, min: 2_050_000, max: 2_150_000 },
  },
};

describe('snapshot rows', () => {
  it('has value/min/max for every metric in METRICS order', () => {
    const metrics = ['likes', 'comments', 'shares', 'quotes', 'saves', 'views'];
    expect(SNAPSHOT_COLUMNS).toEqual([
      ...'site account post_id url format published_at_utc captured_at_utc age_hours'.split(' '),
      ...metrics.flatMap((m) => [m, `${m}_min`, `${m}_max`]),
    ]);
    expect(SNAPSHOT_COLUMNS).toHaveLength(26);
  });

  it('writes empty cells for metrics not shown, ranges as value/min/max, a shown 0 as 0', () => {
    const row = snapshotRow(post(), SNAP, 'Brand');
    const head = ['x', 'Brand', { digits: '10' }, 'https://x.com/Brand/status/10', 'image'];
    const times = ['2026-11-01 10:00:00', '2026-11-01 12:15:00', 2.25];
    // likes exact | comments none | shares range | quotes none | saves 0 | views range
    const counts = [553, 553, 553, null, null, null, 1200, 1150, 1250, null, null, null, 0, 0, 0];
    expect(row).toEqual([...head, ...times, ...counts, 2_100_000, 2_050_000, 2_150_000]);
    expect(row).toHaveLength(SNAPSHOT_COLUMNS.length);
    expect(csvRow(row)).toBe(
      'x,Brand,"=""10""",https://x.com/Brand/status/10,image,2026-11-01 10:00:00,2026-11-01 12:15:00,' +
        '2.25,553,553,553,,,,1200,1150,1250,,,,0,0,0,2100000,2050000,2150000\r\n',
    );
  });

  it('leaves published_at_utc, age_hours and format empty when unknown', () => {
    const row = snapshotRow(post({ publishedAt: null, format: undefined }), SNAP, 'Brand');
    expect(row.slice(4, 8)).toEqual([null, null, '2026-11-01 12:15:00', null]);
  });

  it('writes times as UTC a spreadsheet reads as a date, and leaves impossible ones empty', () => {
    expect(sheetTime(Date.UTC(2026, 0, 2, 3, 4, 5, 678))).toBe('2026-01-02 03:04:05');
    // Outside four-digit years there is no spreadsheet form: the ISO text is kept, still in order.
    expect(sheetTime(Date.UTC(10000, 0, 1))).toBe('+010000-01-01T00:00:00.000Z');
    expect([sheetTime(null), sheetTime(Number.NaN), sheetTime(9e15)]).toEqual([null, null, null]);
  });

  it('writes every time as its ISO form says, in any order of calls (the day it keeps is never stale)', () => {
    const iso = (ms: number) => {
      const t = new Date(ms).toISOString();
      return t.length === 24 ? `${t.slice(0, 10)} ${t.slice(11, 19)}` : t;
    };
    const near = fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 });
    const time = fc.oneof(
      fc.integer({ min: -8.64e15, max: 8.64e15 }),
      fc.double({ min: -8.64e15, max: 8.64e15, noNaN: true }),
      near.map((d) => Date.UTC(2026, 10, 1) + d),
      near.map((d) => d), // around 1970, both sides
      near.map((d) => Date.UTC(9999, 11, 31) + d), // across the last four-digit year
      near.map((d) => Date.UTC(0, 0, 1) - 1900 * 365.2425 * 86_400_000 + d),
    );
    fc.assert(
      fc.property(fc.array(time, { minLength: 1, maxLength: 20 }), (times) => {
        for (const ms of times) expect(sheetTime(ms)).toBe(iso(ms));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    [10 * MIN, 0.17], // 0.1666… rounds up
    [20 * MIN, 0.33], // 0.3333… rounds down
    [135 * MIN, 2.25],
    [49 * 60 * MIN + 30_000, 49.01], // 49 h 0 min 30 s = 49.00833…
    [-30 * MIN, -0.5], // captured before the stated publish time: kept as data
    [0, 0],
  ])('age %d ms after publication is %d h', (dt, hours) => {
    expect(ageHours(PUBLISHED, PUBLISHED + dt)).toBe(hours);
  });

  it('neutralises a hostile handle or format in the CSV it becomes', () => {
    const row = snapshotRow(post(), SNAP, '=HYPERLINK("http://e.invalid")');
    expect(csvRow(row).startsWith('x,"\'=HYPERLINK(""http://e.invalid"")","=""10""",')).toBe(true);
  });
});

describe('post rows', () => {
  const score = {
    ratio: 2.04,
    percentile: 90,
    confidence: 'normal',
    n: 27,
    line: '▲ 2.0× usual · top 10% · vs 27 posts at 6h',
  };

  it('has the score columns, then what the post says', () => {
    expect(POST_COLUMNS.slice(0, 9)).toEqual([
      'site',
      'account',
      'post_id',
      'url',
      'format',
      'published_at_utc',
      'first_seen_at_utc',
      'last_seen_at_utc',
      'snapshots',
    ]);
    expect(POST_COLUMNS.slice(9, 27)).toEqual(SNAPSHOT_COLUMNS.slice(8));
    expect(POST_COLUMNS.slice(27)).toEqual([
      'score_ratio',
      'score_percentile',
      'score_confidence',
      'baseline_posts',
      'score_explanation',
      'text',
      'hashtags',
      'mentions',
    ]);
  });

  it('writes the latest counts and the score', () => {
    const row = postRow(post(), 'Brand', score);
    expect(row).toHaveLength(POST_COLUMNS.length);
    const head = [
      'x',
      'Brand',
      { digits: '10' },
      'https://x.com/Brand/status/10',
      'image',
      '2026-11-01 10:00:00',
    ];

    const seen = ['2026-11-01 10:05:00', '2026-11-03 08:30:00', 4];
    expect(row.slice(0, 12)).toEqual([...head, ...seen, 600, 600, 600]);
    expect(row.slice(12, 27)).toEqual(Array(15).fill(null));
    expect(row.slice(27, 32)).toEqual([2.04, 90, 'normal', 27, '▲ 2.0× usual · top 10% · vs 27 posts at 6h']);
    expect(row.slice(32)).toEqual([null, null, null]);
  });

  it('writes the post’s text with its hashtags and mentions, each once in any case, links left out', () => {
    const text =
      '@lumen and @Mill@mastodon.social: #Spring blend is back #coffee #spring https://lumen.example/#menu';
    const row = postRow(post({ text }), 'Brand', null);
    expect(row.slice(32)).toEqual([text, '#Spring #coffee', '@lumen @Mill@mastodon.social']);
    // A text that opens with a mention is still a text in a spreadsheet, never a formula.
    expect(csvRow(row)).toContain(`,'${text},`);
  });

  it('rounds the score to what a reader needs: ratio to 0.001, percentile to 0.1', () => {
    const row = postRow(post(), 'Brand', {
      ...score,
      ratio: 0.7871108264001832,
      percentile: 30.64516129032258,
    });
    expect(row.slice(27, 29)).toEqual([0.787, 30.6]);
  });

  it('writes a learning score without ratio or percentile, and no score as empty cells', () => {
    const learning = { ratio: null, percentile: null, confidence: 'learning', n: 3, line: 'learning (3/5)' };
    const cells = postRow(post(), 'Brand', learning).slice(27, 32);
    expect(cells).toEqual([null, null, 'learning', 3, 'learning (3/5)']);
    expect(postRow(post(), 'Brand', null).slice(27)).toEqual(Array(8).fill(null));
    expect(csvRow(postRow(post(), 'Brand', null)).endsWith(`,600,600,600${','.repeat(23)}\r\n`)).toBe(true);
  });
});

describe('export filenames', () => {
  const NOW = Date.UTC(2026, 10, 26, 23, 59, 0);
  const brand = { platform: 'x', id: 'brand' };

  it.each([
    [
      'snapshots-csv',
      { account: brand, from: Date.UTC(2026, 10, 1), to: Date.UTC(2026, 10, 26, 23, 59, 59, 999) },
      'resonance-snapshots-x-brand-2026-11-01_2026-11-26.csv',
    ],
    ['posts-csv', {}, 'resonance-posts-all-2026-11-26.csv'],
    ['backup-json', {}, 'resonance-backup-2026-11-26.json'],
    ['backup-json', { account: brand }, 'resonance-backup-x-brand-2026-11-26.json'],
    ['posts-csv', { from: Date.UTC(2026, 9, 1) }, 'resonance-posts-all-2026-10-01_2026-11-26.csv'],
    ['snapshots-csv', { to: Date.UTC(2026, 10, 20, 12) }, 'resonance-snapshots-all-until-2026-11-20.csv'],
    ['posts-csv', { from: Number.NaN }, 'resonance-posts-all-2026-11-26.csv'],
  ] as const)('%s %j → %s', (kind, scope, name) => {
    expect(exportFilename(kind, scope, NOW)).toBe(name);
  });

  it.each([
    ['../../etc/passwd', 'resonance-posts-x-....etcpasswd-2026-11-26.csv'],
    ['<b>:"|?*\\', 'resonance-posts-x-b-2026-11-26.csv'],
    ['a\u0000b\nc\u202Ed', 'resonance-posts-x-abcd-2026-11-26.csv'],
    ['日本語', 'resonance-posts-x-account-2026-11-26.csv'],
    ['Brand_Name.2', 'resonance-posts-x-Brand_Name.2-2026-11-26.csv'],
    ['a'.repeat(200), `resonance-posts-x-${'a'.repeat(64)}-2026-11-26.csv`],
  ])('sanitises the account id %j', (id, name) => {
    const got = exportFilename('posts-csv', { account: { platform: 'x', id } }, NOW);
    expect(got).toBe(name);
    expect(got).toMatch(/^[A-Za-z0-9._-]+$/);
  });

  it('sanitises the site id too', () => {
    expect(exportFilename('posts-csv', { account: { platform: 'x/..\\', id: 'b' } }, NOW)).toBe(
      'resonance-posts-x..-b-2026-11-26.csv',
    );
  });
});
