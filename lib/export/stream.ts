// Exports stream out of IndexedDB in batches: a million snapshots never sit in memory at once. The
// caller's sink takes each chunk (the dashboard turns chunks into Blob parts, a test keeps strings).
// Exports only read: the background stays the one writer.

import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from '@/lib/store/backup/format';
import { readInstances } from '@/lib/store/instances';
import type { AccountRecord, PostRecord, ResonanceDB } from '@/lib/store/records';
import { accountScores } from '@/lib/store/stored-scores';
import {
  type ExportKind,
  type ExportScope,
  postColumns,
  postHead,
  postRow,
  snapshotColumns,
  snapshotTail,
} from './columns';
import { CSV_BOM, csvCells, csvRow } from './csv';
import { maskOf, PlanBuilder } from './metric-columns';
import { inRange, postsInScope, type Scoped } from './scope';
import { BATCH, checkAbort, eachSnapshotBatch } from './snapshot-walk';

export interface ExportRun {
  sink(chunk: string): void;
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
  now: number;
}

export async function exportSnapshotsCsv(
  db: ResonanceDB,
  scope: ExportScope,
  run: ExportRun,
): Promise<number> {
  const { posts, display, only, snapshotPlan: plan } = await postsInScope(db, scope);
  const byKey = new Map(posts.map((p) => [p.key, p]));
  // Progress counts the rows the posts say they have: counting a million rows in the store took a second.
  const total = posts.reduce((n, p) => n + p.snapshots, 0);
  run.sink(CSV_BOM + csvRow(snapshotColumns(plan)));
  run.onProgress?.(0, total);
  let done = 0;
  let rows = 0;
  // Rows come post by post: a post's own cells are written once, as text, for all its rows.
  let headOf: PostRecord | undefined;
  let head = '';
  await eachSnapshotBatch(
    db,
    posts,
    !only,
    (batch) => {
      let chunk = '';
      for (const s of batch) {
        const post = byKey.get(s.post);
        if (!post || !inRange(s.capturedAt, scope)) continue;
        if (post !== headOf) {
          headOf = post;
          head = `${csvCells(postHead(post, display(post)))},`;
        }
        chunk += head + csvRow(snapshotTail(post, s, plan));
        rows++;
      }
      if (chunk) run.sink(chunk);
      done += batch.length;
      run.onProgress?.(Math.min(done, total), total);
    },
    run.signal,
  );
  return rows;
}

export async function exportPostsCsv(db: ResonanceDB, scope: ExportScope, run: ExportRun): Promise<number> {
  const { posts, display } = await postsInScope(db, scope);
  const picked = posts.filter((p) => inRange(p.publishedAt ?? p.firstSeenAt, scope));
  // The posts CSV writes each post's latest counts: its columns are the metrics those hold.
  const builder = new PlanBuilder();
  for (const p of picked) builder.add(p.platform, maskOf(p.latest));
  const plan = builder.plan();
  run.sink(CSV_BOM + csvRow(postColumns(plan)));
  run.onProgress?.(0, picked.length);
  const scores = new Map<string, Awaited<ReturnType<typeof accountScores>>>();
  let chunk = '';
  for (const [i, p] of picked.entries()) {
    checkAbort(run.signal);
    if (!scores.has(p.account)) scores.set(p.account, await accountScores(db, p.account, run.now));
    const s = scores.get(p.account)?.get(p.id);
    const score = s
      ? {
          ratio: s.ratio ?? null,
          percentile: s.percentile ?? null,
          confidence: s.confidence,
          n: s.n,
          line: s.explanation,
        }
      : null;
    chunk += csvRow(postRow(p, display(p), score, plan));
    if ((i + 1) % BATCH === 0 || i === picked.length - 1) {
      run.sink(chunk);
      chunk = '';
      run.onProgress?.(i + 1, picked.length);
    }
  }
  return picked.length;
}

const iso = (t: number) => new Date(t).toISOString();

/** An account as the backup holds it. */
function backupAccount(a: AccountRecord): BackupFile['accounts'][number] {
  return {
    platform: a.platform,
    handle: a.handle,
    tracked: a.tracked,
    ...(a.name !== undefined ? { name: a.name } : {}),
    ...(a.aliases.length ? { aliases: a.aliases } : {}),
  };
}

/** A post as the backup holds it, without its snapshots. */
function backupPost(p: PostRecord): BackupFile['posts'][number] {
  return {
    platform: p.platform,
    id: p.id,
    url: p.url,
    author: p.author,
    publishedAt: p.publishedAt === null ? null : iso(p.publishedAt),
    ...(p.publishedPrecision !== undefined ? { publishedPrecision: p.publishedPrecision } : {}),
    ...(p.format ? { format: p.format } : {}),
    // Page text and the user's tags: read back as plain strings, for search and the insights.
    ...(p.text ? { text: p.text } : {}),
    ...(p.tags?.length ? { tags: p.tags } : {}),
  };
}

/** The backup's opening: its format, instances, accounts and posts, up to its list of snapshots. */
async function writeBackupHead(
  db: ResonanceDB,
  { posts, accounts, only }: Scoped,
  run: ExportRun,
): Promise<void> {
  const instances = await readInstances(db);
  const accountList = [...accounts.values()].filter((a) => !only || a.key === only).map(backupAccount);
  run.sink(
    `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exportedAt":${JSON.stringify(iso(run.now))},` +
      (instances.length ? `"instances":${JSON.stringify(instances)},` : '') +
      `"accounts":${JSON.stringify(accountList)},"posts":[`,
  );
  for (let i = 0; i < posts.length; i += BATCH) {
    run.sink(
      (i ? ',' : '') +
        posts
          .slice(i, i + BATCH)
          .map((p) => JSON.stringify(backupPost(p)))
          .join(','),
    );
  }
  run.sink('],"snapshots":[');
}

/** The JSON backup (docs/backup-format.md), written as it is read. */
export async function exportBackup(db: ResonanceDB, scope: ExportScope, run: ExportRun): Promise<number> {
  const scoped = await postsInScope(db, scope);
  const { posts, only } = scoped;
  const total = posts.reduce((n, p) => n + p.snapshots, 0);
  await writeBackupHead(db, scoped, run);
  run.onProgress?.(0, total);
  const byKey = new Map(posts.map((p) => [p.key, p]));
  let rows = 0;
  let done = 0;
  await eachSnapshotBatch(
    db,
    posts,
    !only,
    (batch) => {
      const out: string[] = [];
      for (const s of batch) {
        const post = byKey.get(s.post);
        if (!post || !inRange(s.capturedAt, scope)) continue;
        const snap: BackupFile['snapshots'][number] = {
          platform: post.platform,
          postId: post.id,
          capturedAt: iso(s.capturedAt),
          metrics: s.metrics,
        };
        out.push(JSON.stringify(snap));
      }
      if (out.length) run.sink((rows ? ',' : '') + out.join(','));
      rows += out.length;
      done += batch.length;
      run.onProgress?.(Math.min(done, total), total);
    },
    run.signal,
  );
  run.sink(']}\n');
  return rows;
}

export const EXPORTERS: Record<ExportKind, typeof exportSnapshotsCsv> = {
  'snapshots-csv': exportSnapshotsCsv,
  'posts-csv': exportPostsCsv,
  'backup-json': exportBackup,
};
