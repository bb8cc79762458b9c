import { type Signal, useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { countOf, showAccount, siteName } from '@/components/shared/format';
import { humanAge } from '@/lib/score/explain';
import type { ChosenAccount } from './AccountList';
import { FamiliesInsight } from './FamilyInsights';
import { ExperimentsInsight, FormatsInsight, TimingInsight, TopicsInsight } from './GroupInsights';
import type { InsightScope, InsightsApi, InsightsReport } from './insight-types';
import { accountName, standouts } from './insight-words';
import { QuantityInsight } from './TimeInsights';
import { TrendInsight } from './TrendInsight';

type Shown =
  | { state: 'loading' }
  | { state: 'failed'; error: string }
  | { state: 'ready'; report: InsightsReport };

/** What was read and found, in a sentence: how many posts, compared at what age, and how many findings. */
function summaryLine(r: InsightsReport): string {
  const compared = r.insights.accounts.reduce((s, a) => s + a.compared, 0);
  const ages = [...new Set(r.insights.accounts.filter((a) => a.compared).map((a) => a.ageHours))];
  const at = ages.length === 1 ? ` at ${humanAge(ages[0]!)} after posting` : ' at each account’s own age';
  const found = standouts(r.insights.findings.filter((f) => f.kind !== 'family')).length;
  const read = `${countOf(r.posts, 'post')} of ${countOf(r.accounts.length, 'account')} read; ${countOf(compared, 'post')} compared${compared ? at : ''}.`;
  const claims = found
    ? ` ${countOf(found, 'finding')} ${found === 1 ? 'stands' : 'stand'} out beyond noise (at most ${Math.round(r.insights.falseFindingRate * 100)} % of such findings are expected to be false).`
    : ' Nothing stands out beyond noise yet.';
  return read + (compared ? claims : '');
}

/** The report for every tracked account or `one`, worked out again when either or `version` changes. */
function useReport(api: InsightsApi, one: ChosenAccount | null, version: number) {
  const shown = useSignal<Shown>({ state: 'loading' });
  // Only the answer to the latest request is shown, however the requests finish.
  const latest = useRef(0);
  useEffect(() => {
    const id = ++latest.current;
    const scope: InsightScope = { accounts: one ? [{ platform: one.platform, id: one.id }] : 'tracked' };
    shown.value = { state: 'loading' };
    api.report(scope).then(
      (report) => {
        if (id === latest.current) shown.value = { state: 'ready', report };
      },
      (e: unknown) => {
        if (id === latest.current) shown.value = { state: 'failed', error: (e as Error).message };
      },
    );
  }, [one?.platform, one?.id, version]);
  return shown;
}

function InsightScopeFields(props: {
  chosen: ChosenAccount | null;
  one: boolean;
  onlyChosen: Signal<boolean>;
}) {
  const { chosen, one, onlyChosen } = props;
  return (
    <fieldset class="insight-scope">
      <legend>Whose posts</legend>
      <label>
        <input type="radio" name="insight-scope" checked={!one} onChange={() => (onlyChosen.value = false)} />{' '}
        All tracked accounts, every site
      </label>
      <label>
        <input
          type="radio"
          name="insight-scope"
          disabled={!chosen}
          checked={!!one}
          onChange={() => (onlyChosen.value = true)}
        />{' '}
        {chosen
          ? `Only ${siteName(chosen.platform)} ${showAccount(chosen.platform, chosen.handle)}`
          : 'Only the chosen account (choose one above)'}
      </label>
    </fieldset>
  );
}

/**
 * What this audience responds to: formats, topics, timing, quantity against quality, the long-term line,
 * the user's experiments and one message across sites, for every tracked account or the chosen one.
 * Worked out off the page's thread; each insight a sentence first, then its chart, then its numbers.
 */
export function InsightsPage({
  api,
  chosen,
  version = 0,
}: {
  api: InsightsApi;
  chosen: ChosenAccount | null;
  /** Bumped when the store changed under the page (a restore, a deletion): the report is worked out again. */
  version?: number;
}) {
  const onlyChosen = useSignal(false);
  const one = onlyChosen.value && chosen ? chosen : null;
  const shown = useReport(api, one, version);

  const s = shown.value;
  return (
    <section class="card insights" id="insights" aria-labelledby="insights-h">
      <h2 id="insights-h">Insights</h2>
      <p class="muted">
        What your audience responds to, from the history saved on this computer. Every post is compared with
        its own account’s usual at the same age; each finding says whether it stands out from noise.
      </p>
      <InsightScopeFields chosen={chosen} one={!!one} onlyChosen={onlyChosen} />
      {s.state === 'loading' ? (
        <p class="muted" role="status">
          Reading and testing every post… a history of thousands of posts takes a few seconds.
        </p>
      ) : null}
      {s.state === 'failed' ? (
        <p class="banner problem" role="alert">
          Couldn’t work out the insights: {s.error}
        </p>
      ) : null}
      {s.state === 'ready' ? <Report report={s.report} scoped={!!one} /> : null}
    </section>
  );
}

function Report({ report, scoped }: { report: InsightsReport; scoped: boolean }) {
  if (!report.posts)
    return (
      <p class="empty" role="status">
        No posts saved for {scoped ? 'this account' : 'the tracked accounts'} yet: insights need a history.
      </p>
    );
  return (
    <>
      <p class="insight-summary" role="status">
        {summaryLine(report)}
      </p>
      <ul class="insight-ages">
        {report.insights.accounts.map((a) => (
          <li key={a.account}>
            {accountName(a.account, report.accounts)}: {a.compared} of {countOf(a.posts, 'post')} compared
            {a.compared ? ` at ${humanAge(a.ageHours)}` : ''}
          </li>
        ))}
      </ul>
      <FormatsInsight report={report} />
      <TopicsInsight report={report} />
      <TimingInsight report={report} />
      <QuantityInsight report={report} />
      <TrendInsight report={report} />
      <ExperimentsInsight report={report} />
      <FamiliesInsight report={report} scoped={scoped} />
    </>
  );
}
