import { useEffect, useMemo } from 'preact/hooks';
import type { InsightsApi } from '@/components/dashboard/insight-types';
import { showAccount } from '@/components/shared/format';
import type { PostTagsApi } from '@/components/shared/TagEditor';
import { AccountList, accountKey, type ChosenAccount } from './AccountList';
import type { DashboardApi } from './api';
import { DangerZone } from './DangerZone';
import { DashboardState, type View } from './dashboard-state';
import { ExportPanel } from './ExportPanel';
import { HistoryView } from './HistoryView';
import { InsightsPage } from './InsightsPage';
import { RestorePanel } from './RestorePanel';
import { SettingsPanel } from './SettingsPanel';
import { SitesPanel } from './SitesPanel';
import { StorageBanner } from './StorageBanner';

const viewOfHash = (): View =>
  typeof location !== 'undefined' && location.hash === '#insights' ? 'insights' : 'posts';

/** The two views' tabs; the window's address keeps the view for a reload. */
function ViewTabs({ state }: { state: DashboardState }) {
  return (
    <nav class="views" aria-label="Dashboard views">
      {(['posts', 'insights'] as const).map((v) => (
        <button
          key={v}
          type="button"
          class="view-tab"
          aria-pressed={state.view.value === v}
          onClick={() => {
            if (state.view.value === v) return;
            state.showView(v);
            // `history` here is the window's, not the chosen account's.
            globalThis.history.replaceState(null, '', v === 'insights' ? '#insights' : location.pathname);
          }}
        >
          {v === 'posts' ? 'Posts' : 'Insights'}
        </button>
      ))}
    </nav>
  );
}

/** The chosen account's posts, with their scores and curves. */
function HistoryCard({
  state,
  chosen,
  now,
  tags,
}: {
  state: DashboardState;
  chosen: ChosenAccount;
  now: number;
  tags?: PostTagsApi;
}) {
  const shown = state.accounts.value?.find((a) => accountKey(a) === accountKey(chosen));
  return (
    <section class="card" aria-labelledby="history-h">
      <h2 id="history-h">
        History of {showAccount(chosen.platform, chosen.handle)}
        {shown && !shown.tracked ? <span class="muted"> (not tracked: no new posts saved)</span> : null}
      </h2>
      {state.history.value ? (
        <HistoryView
          key={accountKey(chosen)}
          source={state.history.value}
          platform={chosen.platform}
          now={now}
          tags={tags}
        />
      ) : null}
    </section>
  );
}

/**
 * The full-page dashboard: every tracked account's history or the insights, exports, restore, settings and
 * deletion. `insights` and `tags` are optional: without them the Insights view and posts' tags are not offered.
 */
export function DashboardApp({
  api,
  insights,
  tags,
  now = Date.now(),
}: {
  api: DashboardApi;
  insights?: InsightsApi;
  tags?: PostTagsApi;
  now?: number;
}) {
  const state = useMemo(() => new DashboardState(api, insights ? viewOfHash() : 'posts'), []);
  useEffect(() => {
    state.start();
    return () => state.close();
  }, []);
  const chosen = state.selected.value;
  const view = state.view.value;
  return (
    <main class="dashboard">
      <header class="page-head">
        <h1>Resonance</h1>
        <p class="tagline">How each post does against your account’s own usual, at the same age.</p>
      </header>
      <StorageBanner report={state.storage.value} />
      {state.error.value ? (
        <p class="banner problem" role="alert">
          {state.error.value}
        </p>
      ) : null}
      <section class="card" aria-labelledby="accounts-h">
        <h2 id="accounts-h">Accounts</h2>
        <AccountList
          accounts={state.accounts.value}
          selected={chosen}
          onSelect={state.select}
          onTrack={state.setTracking}
        />
      </section>
      {insights ? <ViewTabs state={state} /> : null}
      {insights && view === 'insights' ? (
        <InsightsPage api={insights} chosen={chosen} version={state.refreshed.value} />
      ) : null}
      {chosen && view === 'posts' ? (
        <HistoryCard state={state} chosen={chosen} now={now} tags={tags} />
      ) : null}
      <div class="columns">
        <ExportPanel api={api} account={chosen} insights={insights} />
        <RestorePanel api={api} onRestored={state.changed} />
      </div>
      <SitesPanel api={api} now={now} />
      <SettingsPanel settings={state.settings.value} onSave={state.saveSettings} />
      <DangerZone account={chosen} onDeleteAccount={state.deleteAccount} onDeleteAll={state.deleteAll} />
    </main>
  );
}
