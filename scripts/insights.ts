// npm run insights -- BACKUP.json [--account SITE:HANDLE] [--now ISO] [--tz ZONE] [--age HOURS] [--csv DIR]
// Reads a Resonance backup (docs/backup-format.md) and prints ONE JSON object:
// { "findings": [{ kind, group, ratio, n, low, high, verdict, sentence, … }], "accounts": [...] }
// (docs/insights.md). With --csv DIR it also writes every insight table there as CSV.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { insightTables } from '@/lib/insights/csv';
import { type InsightPost, type Insights, insightsFor } from '@/lib/insights/insights';
import { checkAccount, checkSite } from '@/lib/protocol/checks/accounts';
import { type Backup, parseBackup } from '@/lib/store/backup/format';

const usage =
  'usage: npm run insights -- BACKUP.json [--account SITE:HANDLE] [--now ISO-TIME] [--tz ZONE] [--age HOURS] [--csv DIR]';

function fail(message: string): never {
  process.stderr.write(`insights: ${message}\n`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        account: { type: 'string' },
        now: { type: 'string' },
        tz: { type: 'string' },
        age: { type: 'string' },
        csv: { type: 'string' },
      },
    });
  } catch (e) {
    fail(`${(e as Error).message}\n${usage}`);
  }
}

/** The account keys to read: the one named, else every tracked account (every account when none is). */
function chosenAccounts(backup: Backup, named: string | undefined): Set<string> {
  if (named !== undefined) {
    const cut = named.indexOf(':');
    if (cut < 0) fail(`--account must be SITE:HANDLE, like x:LumenRoasters (got ${named})`);
    let key: string;
    try {
      const site = checkSite(named.slice(0, cut));
      key = `${site}:${checkAccount(site, named.slice(cut + 1)).id}`;
    } catch (e) {
      fail(`--account: ${(e as Error).message}`);
    }
    if (!backup.accounts.some((a) => `${a.platform}:${a.id}` === key))
      fail(`no account ${named} in the file`);
    return new Set([key]);
  }
  const tracked = backup.accounts.filter((a) => a.tracked);
  if (!tracked.length)
    process.stderr.write('insights: no tracked account in the file: reading every account\n');
  return new Set((tracked.length ? tracked : backup.accounts).map((a) => `${a.platform}:${a.id}`));
}

/** The chosen accounts' posts with a known time, each with its snapshots' counts. */
function postsOf(backup: Backup, keys: Set<string>): InsightPost[] {
  // An account's other names (a YouTube channel id beside its @handle) lead to the account itself.
  const owner = new Map<string, Backup['accounts'][number]>();
  for (const a of backup.accounts) {
    owner.set(`${a.platform}:${a.id}`, a);
    for (const alias of a.aliases) owner.set(`${a.platform}:${alias}`, a);
  }
  const byPost = new Map<string, InsightPost>();
  for (const p of backup.posts) {
    const a = owner.get(`${p.platform}:${p.authorId}`);
    if (!a || !keys.has(`${a.platform}:${a.id}`) || p.publishedAt === null) continue;
    byPost.set(`${p.platform}:${p.id}`, {
      platform: p.platform,
      account: `${a.platform}:${a.id}`,
      handle: a.handle,
      id: p.id,
      publishedAt: p.publishedAt,
      ...(p.format ? { format: p.format } : {}),
      ...(p.text ? { text: p.text } : {}),
      ...(p.tags ? { tags: p.tags } : {}),
      snapshots: [],
    });
  }
  for (const s of backup.snapshots) {
    const metrics = Object.fromEntries(Object.entries(s.metrics).map(([k, c]) => [k, c!.value]));
    byPost.get(`${s.platform}:${s.postId}`)?.snapshots.push({ at: s.capturedAt, metrics });
  }
  return [...byPost.values()];
}

const round = (x: number | null) => (x === null ? null : Number(x.toFixed(4)));

/** The checked backup; a replay at an earlier --now still reads a file written later (the score ignores what came after). */
function readBackup(path: string, now: number): Backup {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    fail(`cannot read ${path}: ${(e as Error).message}`);
  }
  try {
    return parseBackup(text, { now: Math.max(now, Date.now()), instances: [] });
  } catch (e) {
    fail(`${path}: ${(e as Error).message}`);
  }
}

/** The findings as printed: numbers to 4 decimals, the account and family only where they apply. */
function printable(result: Insights) {
  return result.findings.map((f) => ({
    kind: f.kind,
    group: f.group,
    ratio: round(f.ratio),
    n: f.n,
    low: round(f.low),
    high: round(f.high),
    verdict: f.verdict,
    sentence: f.sentence,
    ...(f.account ? { account: f.account } : {}),
    ...(f.family ? { family: f.family } : {}),
  }));
}

function main() {
  const args = parse();
  const path = args.positionals[0];
  if (!path || args.positionals.length > 1) fail(usage);
  const now = args.values.now === undefined ? Date.now() : Date.parse(args.values.now);
  if (!Number.isFinite(now)) fail(`--now is not a time: ${args.values.now}`);
  const age = args.values.age === undefined ? undefined : Number(args.values.age);
  if (age !== undefined && !(age > 0 && age <= 24 * 365))
    fail(`--age must be hours after posting, like 24 (got ${args.values.age})`);
  const backup = readBackup(path, now);
  const posts = postsOf(backup, chosenAccounts(backup, args.values.account));
  const timeZone = args.values.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  let result: Insights;
  try {
    result = insightsFor(posts, { now, timeZone, ...(age ? { ageHours: age } : {}) });
  } catch (e) {
    fail((e as Error).message);
  }
  if (args.values.csv) {
    mkdirSync(args.values.csv, { recursive: true });
    for (const t of insightTables(result)) writeFileSync(join(args.values.csv, `${t.name}.csv`), t.csv);
  }
  const out = { findings: printable(result), accounts: result.accounts, timeZone };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

main();
