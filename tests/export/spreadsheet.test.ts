// The CSV exports as Excel, Google Sheets and LibreOffice open them (tests/export/sheet.ts): every id
// survives as its exact digits, nothing a page wrote becomes a formula, and no column is always empty.
import { describe, expect, it } from 'vitest';
import { exactCount, type Metrics } from '@/lib/core/metrics';
import type { ExportKind, ExportScope } from '@/lib/export/columns';
import { csvRow, digitsAsText } from '@/lib/export/csv';
import { EXPORTERS } from '@/lib/export/stream';
import { checkSnapshot } from '@/lib/protocol/checks/snapshots';
import { type SiteId, siteInfo } from '@/lib/sites/catalog';
import { setTracking } from '@/lib/store/accounts';
import { IngestState, settle, writeSnapshots } from '@/lib/store/ingest/write';
import type { ResonanceDB } from '@/lib/store/records';
import { freshDb } from '@/tests/helpers/db';
import { openSheet, readCell, sheetTable, shown } from './sheet';

const T0 = Date.UTC(2026, 10, 1, 12);
const H = 3600e3;
const ctx = { now: T0 + 30 * 24 * H, instances: [] };

interface Spec {
  platform: SiteId;
  handle: string;
  id: string;
  url: string;
  metrics: Metrics;
}

const m = (likes: number, more: Metrics = {}): Metrics => ({ likes: exactCount(likes), ...more });

// Real shapes: X's 19-digit ids (one past 2^53), an all-digit X handle, a Facebook Page known by its
// numeric id, an Instagram shortcode and a YouTube id that starts with "-".
const POSTS: Spec[] = [
  {
    platform: 'x',
    handle: 'LumenRoasters',
    id: '1981398750557065646',
    url: 'https://x.com/LumenRoasters/status/1981398750557065646',
    metrics: m(553, { comments: exactCount(12), shares: exactCount(4), views: exactCount(30_000) }),
  },
  {
    platform: 'x',
    handle: '1234567890',
    id: '9007199254740993',
    url: 'https://x.com/1234567890/status/9007199254740993',
    metrics: m(7, { saves: exactCount(2) }),
  },
  {
    platform: 'facebook',
    handle: '100064123456789012',
    id: '0012345678901234567',
    url: 'https://www.facebook.com/100064123456789012/posts/0012345678901234567',
    metrics: m(181, { comments: exactCount(9), shares: exactCount(3) }),
  },
  {
    platform: 'instagram',
    handle: 'lumenroasters',
    id: 'C1a2B3xYz_Q',
    url: 'https://www.instagram.com/p/C1a2B3xYz_Q/',
    metrics: m(412, { comments: exactCount(31) }),
  },
  {
    platform: 'youtube',
    handle: '@lumenroasters',
    id: '-dQw4w9WgXc',
    url: 'https://www.youtube.com/watch?v=-dQw4w9WgXc',
    metrics: m(90, { views: exactCount(4_000), comments: exactCount(1) }),
  },
];

async function store(posts: Spec[] = POSTS): Promise<ResonanceDB> {
  const db = await freshDb();
  const st = new IngestState();
  for (const [i, p] of posts.entries()) {
    const name = siteInfo(p.platform).accounts.parse(p.handle)!;
    await setTracking(db, p.platform, name, true, T0);
    // Through the real check, as a page's reading arrives: the ids and links are valid on their site.
    const snap = checkSnapshot(
      {
        key: `k${i}`,
        platform: p.platform,
        postId: p.id,
        url: p.url,
        author: p.handle,
        publishedAt: T0,
        capturedAt: T0 + H,
        metrics: p.metrics,
      },
      ctx,
    );
    await writeSnapshots(db, [snap], st);
  }
  await settle(db, st);
  return db;
}

async function exported(db: ResonanceDB, kind: ExportKind, scope: ExportScope = {}) {
  let text = '';
  await EXPORTERS[kind](db, scope, { now: ctx.now, sink: (c) => (text += c) });
  return text;
}

const FORMULA_START = /^[=+\-@\t\r\n＝＋－＠]/;

describe('CSV exports as a spreadsheet opens them', () => {
  it.each(['snapshots-csv', 'posts-csv'] as const)(
    '%s: every id is its exact text, the only formulas are digit ids',
    async (kind) => {
      const { header, rows } = openSheet(await exported(await store(), kind));
      expect(rows).toHaveLength(POSTS.length);
      const col = (name: string) => header.indexOf(name);
      for (const row of rows) expect(row).toHaveLength(header.length);

      const ids = rows.map((r) => r[col('post_id')]!);
      const byUrl = new Map(rows.map((r) => [shown(r[col('url')]!), r]));
      for (const p of POSTS) {
        const row = byUrl.get(p.url)!;
        const id = row[col('post_id')]!;
        const account = row[col('account')]!;
        if (/^\d+$/.test(p.id)) expect(id).toEqual({ kind: 'formula-text', text: p.id });
        // Not digits: plain text, with the apostrophe any text starting like a formula gets.
        else expect(id).toEqual({ kind: 'text', text: FORMULA_START.test(p.id) ? `'${p.id}` : p.id });
        if (/^\d+$/.test(p.handle)) expect(account).toEqual({ kind: 'formula-text', text: p.handle });
        else expect(account.kind).toBe('text');
      }
      expect(ids.filter((c) => c.kind === 'formula-text')).toHaveLength(3);

      rows.forEach((row) => {
        row.forEach((cell, i) => {
          expect(cell.kind, `${header[i]}: ${JSON.stringify(cell)}`).not.toBe('formula');
          if (cell.kind === 'formula-text') {
            expect(['post_id', 'account']).toContain(header[i]);
            expect(cell.text).toMatch(/^\d+$/);
          }
        });
      });
    },
  );

  it('would lose the ids without it: the same digits as a bare cell are rounded to 15 digits', () => {
    expect(shown(readCell('1981398750557065646'))).toBe('1981398750557070000');
    expect(shown(readCell('0012345678901234567'))).toBe('12345678901234600');
    expect(
      shown(
        readCell(
          csvRow([digitsAsText('1981398750557065646')])
            .slice(1, -3)
            .replaceAll('""', '"'),
        ),
      ),
    ).toBe('1981398750557065646');
  });

  it('writes only the metric columns some row fills, named as each exported site names them', async () => {
    const db = await store();
    const { header, rows } = openSheet(await exported(db, 'snapshots-csv'));
    const metricCols = header.slice(header.indexOf('age_hours') + 1);
    expect(metricCols.filter((h) => !h.includes('_'))).toEqual([
      'likes (reactions on Facebook)',
      'comments (replies on X)',
      'shares (reposts on X)',
      'saves (bookmarks on X)',
      'views',
    ]);
    // No quotes anywhere: no quotes columns. Every metric column has at least one number.
    expect(header.some((h) => h.startsWith('quotes'))).toBe(false);
    for (const h of metricCols) {
      const i = header.indexOf(h);
      expect(
        rows.some((r) => r[i]!.kind === 'number'),
        h,
      ).toBe(true);
    }
  });

  it('one account: its own metrics only, in its own words', async () => {
    const db = await store();
    const ig = sheetTable(
      await exported(db, 'posts-csv', { account: { platform: 'instagram', id: 'lumenroasters' } }),
    );
    expect(Object.keys(ig[0]!).filter((h) => /^(likes|comments|shares|quotes|saves|views)/.test(h))).toEqual([
      'likes',
      'likes_min',
      'likes_max',
      'comments',
      'comments_min',
      'comments_max',
    ]);
    const youtube = siteInfo('youtube').accounts.parse('@lumenroasters')!.id;
    const yt = openSheet(
      await exported(db, 'snapshots-csv', { account: { platform: 'youtube', id: youtube } }),
    );

    expect(yt.header.slice(-3)).toEqual(['views', 'views_min', 'views_max']);
  });

  it('leaves out a metric shown only in readings outside the date range', async () => {
    const db = await freshDb();
    const st = new IngestState();
    await setTracking(db, 'x', { handle: 'Brand', id: 'brand' }, true, T0);
    const reading = (capturedAt: number, metrics: Metrics, key: string) =>
      checkSnapshot(
        {
          key,
          platform: 'x',
          postId: '1981398750557065646',
          url: 'https://x.com/Brand/status/1981398750557065646',
          author: 'Brand',
          publishedAt: T0,
          capturedAt,
          metrics,
        },
        ctx,
      );
    // Quotes were shown once, on the post's own page; the feed shows none.
    await writeSnapshots(db, [reading(T0 + H, m(5, { quotes: exactCount(2) }), 'a')], st);
    await writeSnapshots(db, [reading(T0 + 3 * H, m(9), 'b')], st);
    await settle(db, st);
    const all = openSheet(await exported(db, 'snapshots-csv'));
    expect(all.header).toContain('quotes');
    expect(all.rows.map((r) => shown(r[all.header.indexOf('quotes')]!))).toEqual(['2', '']);
    const later = openSheet(await exported(db, 'snapshots-csv', { from: T0 + 2 * H }));
    expect(later.header.some((h) => h.startsWith('quotes'))).toBe(false);
    expect(later.rows).toHaveLength(1);
    // The posts CSV writes the latest counts: no quotes there either.
    expect(openSheet(await exported(db, 'posts-csv')).header.some((h) => h.startsWith('quotes'))).toBe(false);
  });

  it('an empty export is a header a spreadsheet opens, with no metric columns', async () => {
    const { header, rows } = openSheet(await exported(await freshDb(), 'snapshots-csv'));
    expect(header).toEqual(
      'site account post_id url format published_at_utc captured_at_utc age_hours'.split(' '),
    );
    expect(rows).toEqual([]);
  });
});
