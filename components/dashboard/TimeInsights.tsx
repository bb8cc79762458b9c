import { WeeksChart } from '@/components/shared/WeeksChart';
import { FindingsTable, InsightSection, ScrollTable } from './InsightSection';
import type { InsightsReport, WeekRow } from './insight-types';
import { accountName, acrossAccounts } from './insight-words';

const num = (x: number | null, digits = 2) => (x === null ? '—' : `${x.toFixed(digits)}×`);

/** Each account of the report that has rows, in the order the accounts were read. */
export const byAccount = <T extends { account: string }>(r: InsightsReport, rows: readonly T[]) =>
  r.accounts
    .map((a) => ({ account: a.key, rows: rows.filter((x) => x.account === a.key) }))
    .filter((g) => g.rows.length);

function WeeksTable({ rows, report }: { rows: readonly WeekRow[]; report: InsightsReport }) {
  return (
    <ScrollTable name="Each finished week">
      <table class="insight-numbers">
        <thead>
          <tr>
            <th scope="col">Account</th>
            <th scope="col">Week from</th>
            <th scope="col" class="num">
              Posts
            </th>
            <th scope="col" class="num">
              Compared
            </th>
            <th scope="col" class="num">
              Median score
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((w) => (
            <tr key={`${w.account}|${w.week}`}>
              <td>{accountName(w.account, report.accounts)}</td>
              <th scope="row">{w.week}</th>
              <td class="num">{w.posts}</td>
              <td class="num">{w.compared}</td>
              <td class="num">{num(w.median)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

const WEEKS_WORDS =
  'Each dot is a finished week: how many posts, against the median score of that week’s posts; dashed, the line through them.';

/** Quantity against quality: per account, weeks with more posts against that week's median score. */
export function QuantityInsight({ report }: { report: InsightsReport }) {
  const found = report.insights.findings.filter((f) => f.kind === 'quantity');
  const weeks = report.insights.tables.weeks;
  const charts = byAccount(report, weeks);
  const sentences = acrossAccounts(
    found,
    report.accounts,
    (names) => `No clear link between how often you post and how posts do on ${names}.`,
    (names, need) => `Too few finished weeks yet to tell on ${names} (${need} needed).`,
  );
  return (
    <InsightSection
      kind="quantity"
      title="Posting more, or posting better?"
      sentences={sentences.length ? sentences : ['No finished week yet.']}
      chart={
        <>
          <div class="small-multiples">
            {charts.map((g) => (
              <WeeksChart
                key={g.account}
                weeks={g.rows}
                caption={accountName(g.account, report.accounts)}
                description={WEEKS_WORDS}
              />
            ))}
          </div>
          {charts.length ? <p class="chart-note">{WEEKS_WORDS}</p> : null}
        </>
      }
      numbers={
        <>
          <FindingsTable
            name="Posting more: each account’s line"
            findings={found}
            accounts={report.accounts}
            unit="Weeks"
            against="× per doubling"
          />
          <WeeksTable rows={weeks} report={report} />
        </>
      }
      rows={found.length + weeks.length}
    />
  );
}
