import { ratioWords } from '@/components/shared/insight-geometry';
import { RatioChart } from '@/components/shared/RatioChart';
import { FindingsTable, InsightSection } from './InsightSection';
import type { Finding, InsightsReport } from './insight-types';
import { accountName, ratioRow, strong } from './insight-words';

/** The copies of each message, in the order the core found them. */
function families(found: readonly Finding[]): [string, Finding[]][] {
  const out = new Map<string, Finding[]>();
  for (const f of found) {
    const list = out.get(f.family ?? '') ?? [];
    list.push(f);
    out.set(f.family ?? '', list);
  }
  return [...out];
}

/** Where the message did best and least well, each against its own account's usual. */
function compared(copies: readonly Finding[], report: InsightsReport): string | null {
  const rated = copies.filter((f) => f.ratio !== null).sort((a, b) => b.ratio! - a.ratio!);
  const best = rated[0];
  const worst = rated[rated.length - 1];
  if (!best || !worst || best === worst) return null;
  const name = (f: Finding) => accountName(f.account, report.accounts);
  const standing = copies.filter(strong).map(name);
  return `Did best on ${name(best)} (${ratioWords(best.ratio!)} its usual) and least well on ${name(worst)} (${ratioWords(worst.ratio!)}); ${
    standing.length
      ? `beyond noise on its own: ${standing.join(', ')}.`
      : 'no copy stands out beyond noise on its own.'
  }`;
}

/**
 * One message, every site: each copy of a text posted on several sites against its own account's usual,
 * side by side, where it did best and least well said first; each copy's sentence is in the numbers. A
 * side-by-side view, not a claim: one post is rarely beyond noise on its own.
 */
export function FamiliesInsight({ report, scoped }: { report: InsightsReport; scoped: boolean }) {
  const found = report.insights.findings.filter((f) => f.kind === 'family');
  const groups = families(found);
  const none = scoped
    ? 'One message across sites needs every account: choose “All tracked accounts”.'
    : 'No text was posted on two sites or more among the compared posts (texts are matched whatever their case, links and punctuation).';
  return (
    <InsightSection
      kind="family"
      title="One message, every site"
      sentences={
        groups.length
          ? [
              `${groups.length} ${groups.length === 1 ? 'message was' : 'messages were'} posted on several sites; each copy is shown against its own account’s usual.`,
            ]
          : [none]
      }
      chart={groups.map(([family, copies]) => {
        const lead = compared(copies, report);
        return (
          <div class="family" key={family}>
            <h4>“{report.familyTexts[family] ?? family}”</h4>
            {lead ? <p class="family-lead">{lead}</p> : null}
            <RatioChart
              rows={copies.map((f) => ratioRow(f, accountName(f.account, report.accounts)))}
              unit="posts compared"
              caption="Each copy against its own account’s usual at the same age; its line, how well that usual is known."
            />
          </div>
        );
      })}
      numbers={
        <FindingsTable
          name="One message, every site: each copy"
          findings={found}
          accounts={report.accounts}
          label={(f) => `“${f.family}” on ${accountName(f.account, report.accounts)}`}
          unit="Compared with"
          against="× its usual"
          words
        />
      }
      rows={found.length}
    />
  );
}
