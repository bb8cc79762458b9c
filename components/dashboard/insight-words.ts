// How the Insights page names things and picks the sentences it leads with. Pure.
import { showAccount, siteName } from '@/components/shared/format';
import type { RatioRow } from '@/components/shared/RatioChart';
import type { Finding, InsightAccount } from './insight-types';

const FORMAT_NAMES: Record<string, string> = {
  text: 'Text posts',
  image: 'Images',
  video: 'Videos',
  carousel: 'Carousels',
  reel: 'Reels',
  link: 'Links',
  poll: 'Polls',
};

export const formatName = (f: string) => FORMAT_NAMES[f] ?? f;

/** "X @LumenRoasters" for an account key; the key itself when the account is not among those read. */
export function accountName(key: string | undefined, accounts: readonly InsightAccount[]): string {
  const a = accounts.find((x) => x.key === key);
  return a ? `${siteName(a.platform)} ${showAccount(a.platform, a.handle)}` : (key ?? '');
}

/**
 * The finding's sentence, its account named as people write it: with several accounts the core starts
 * per-account sentences with the account's key ("x:lumenroasters: …").
 */
export function sentenceOf(f: Finding, accounts: readonly InsightAccount[]): string {
  const prefix = f.account ? `${f.account}: ` : '';
  if (prefix && f.sentence.startsWith(prefix))
    return `${accountName(f.account, accounts)}: ${f.sentence.slice(prefix.length)}`;
  return f.sentence;
}

/** A finding's group without the account key the core puts before per-account groups. */
export function groupOf(f: Finding): string {
  return f.account && f.group.startsWith(`${f.account} `) ? f.group.slice(f.account.length + 1) : f.group;
}

export const strong = (f: Finding) => f.verdict === 'beyond noise';

/** The findings that stand out, the biggest difference first. */
export function standouts(findings: readonly Finding[]): Finding[] {
  const far = (f: Finding) => Math.abs(Math.log(f.ratio ?? 1));
  return findings.filter(strong).sort((a, b) => far(b) - far(a));
}

/**
 * What a section says first: every finding beyond noise; else, when groups were compared, that none
 * stands out; else why nothing can be said yet (the core's "too few posts (3 of 5)").
 */
export function leadSentences(
  findings: readonly Finding[],
  accounts: readonly InsightAccount[],
  what: [one: string, many: string],
): string[] {
  const out = standouts(findings);
  if (out.length) return out.map((f) => sentenceOf(f, accounts));
  const tested = findings.filter((f) => f.verdict === 'not beyond noise').length;
  if (tested === 1) return [`The one ${what[0]} compared does not stand out beyond noise.`];
  if (tested)
    return [
      `None of the ${tested} ${what[1]} compared stands out beyond noise: their differences are within what chance alone gives.`,
    ];
  return findings
    .filter((f) => f.verdict === 'too few posts')
    .slice(0, 3)
    .map((f) => sentenceOf(f, accounts));
}

/** A finding as a row of a RatioChart. */
export function ratioRow(f: Finding, label: string): RatioRow {
  return {
    key: `${f.account ?? ''}|${f.family ?? ''}|${f.group}`,
    label,
    ratio: f.ratio,
    low: f.low,
    high: f.high,
    n: f.n,
    need: f.need,
    strong: strong(f),
  };
}

/** "A", "A and B", "A, B and C". */
export function listWords(items: readonly string[]): string {
  if (items.length < 2) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Per-account findings across several accounts: those beyond noise in full, then in one sentence each
 * the accounts where nothing stands out (`quiet`) and those with too little history yet (`thin`), so
 * nine accounts don't make nine sentences that say nothing. With one account, its sentences as they are.
 */
export function acrossAccounts(
  found: readonly Finding[],
  accounts: readonly InsightAccount[],
  quiet: (names: string, all: boolean) => string,
  thin: (names: string, need: number) => string,
): string[] {
  if (new Set(found.map((f) => f.account)).size < 2) return found.map((f) => sentenceOf(f, accounts));
  const standing = new Set(found.filter(strong).map((f) => f.account));
  const out = found.filter((f) => standing.has(f.account) && strong(f)).map((f) => sentenceOf(f, accounts));
  const rest = [...new Set(found.map((f) => f.account))].filter((a) => !standing.has(a));
  const tested = rest.filter((a) => found.some((f) => f.account === a && f.verdict === 'not beyond noise'));
  const few = rest.filter((a) => !tested.includes(a));
  const names = (keys: readonly (string | undefined)[]) =>
    listWords(keys.map((k) => accountName(k, accounts)));
  if (tested.length) out.push(quiet(names(tested), !standing.size));
  const need = Math.max(0, ...found.filter((f) => few.includes(f.account)).map((f) => f.need));
  if (few.length) out.push(thin(names(few), need));
  return out;
}
