import { MonthsChart } from '@/components/shared/MonthsChart';
import { FindingsTable, InsightSection, ScrollTable } from './InsightSection';
import type { Finding, InsightsReport, MonthRow } from './insight-types';
import { accountName, acrossAccounts, groupOf, sentenceOf, strong } from './insight-words';
import { byAccount } from './TimeInsights';

const num = (x: number | null) => (x === null ? '—' : `${x.toFixed(2)}×`);

/** A month's finding (`2026-03`), not the line's (`2025-10 to 2026-03`). */
const isMonth = (f: Finding) => /\d{4}-\d\d$/u.test(f.group) && !/ to \d{4}-\d\d$/u.test(f.group);

/** One account: the line, the latest month (said plainly when it is an ordinary dip), every month beyond noise. */
function oneAccount(found: readonly Finding[], report: InsightsReport): string[] {
  const months = found.filter(isMonth).sort((x, y) => (groupOf(x) < groupOf(y) ? -1 : 1));
  const latest = months[months.length - 1];
  const said = [...found.filter((f) => !isMonth(f)), ...months.filter((m) => strong(m) || m === latest)];
  return said.map((f) => sentenceOf(f, report.accounts));
}

/** Several accounts: in full where the line or a month stands out, the others in a sentence. */
function manyAccounts(found: readonly Finding[], report: InsightsReport): string[] {
  return acrossAccounts(
    found,
    report.accounts,
    (names, all) =>
      `${all ? `On ${names}` : `On the other accounts (${names})`}, engagement did not change beyond noise over the months: their ups and downs, the latest month’s included, are within normal variation.`,
    (names, need) => `Too few posts yet for a long-term line on ${names} (${need} needed, over 60 days).`,
  );
}

function MonthsTable({ rows, report }: { rows: readonly MonthRow[]; report: InsightsReport }) {
  return (
    <ScrollTable name="Each month">
      <table class="insight-numbers">
        <thead>
          <tr>
            <th scope="col">Account</th>
            <th scope="col">Month</th>
            <th scope="col" class="num">
              Posts
            </th>
            <th scope="col" class="num">
              × other months
            </th>
            <th scope="col">95 % interval</th>
            <th scope="col">Normal variation</th>
            <th scope="col">Verdict</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={`${m.account}|${m.month}`} data-verdict={m.verdict}>
              <td>{accountName(m.account, report.accounts)}</td>
              <th scope="row">{m.month}</th>
              <td class="num">{m.n}</td>
              <td class="num">{num(m.ratio)}</td>
              <td>{m.low === null ? '—' : `${num(m.low)}–${num(m.high)}`}</td>
              <td>{m.bandLow === null ? '—' : `${num(m.bandLow)}–${num(m.bandHigh)}`}</td>
              <td>{m.verdict}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

const MONTHS_WORDS =
  'Each month’s engagement at the same age against the account’s other months, on a log scale; grey, the normal variation for a month of that many posts; filled and labelled, beyond noise.';

/**
 * The long-term line: engagement at a fixed age over the months with its noise band, changes beyond the
 * noise marked, and an ordinary dip said to be one. Several accounts are drawn small, side by side.
 */
export function TrendInsight({ report }: { report: InsightsReport }) {
  const found = report.insights.findings.filter((f) => f.kind === 'trend');
  const months = report.insights.tables.months;
  const charts = byAccount(report, months);
  const many = new Set(found.map((f) => f.account)).size > 1;
  return (
    <InsightSection
      kind="trend"
      title="Over the months"
      sentences={
        found.length
          ? many
            ? manyAccounts(found, report)
            : oneAccount(found, report)
          : ['No post has been compared yet.']
      }
      chart={
        <>
          <div class={charts.length > 1 ? 'small-multiples months' : undefined}>
            {charts.map((g) => (
              <MonthsChart
                key={g.account}
                width={charts.length > 1 ? 340 : 640}
                months={g.rows.map((m) => ({ ...m, strong: m.verdict === 'beyond noise' }))}
                caption={accountName(g.account, report.accounts)}
                description={MONTHS_WORDS}
              />
            ))}
          </div>
          {charts.length ? <p class="chart-note">{MONTHS_WORDS}</p> : null}
        </>
      }
      numbers={
        <>
          <FindingsTable
            name="Over the months: each account’s line and months"
            findings={found}
            accounts={report.accounts}
            against="× the rest"
          />
          <MonthsTable rows={months} report={report} />
        </>
      }
      rows={found.length + months.length}
    />
  );
}
