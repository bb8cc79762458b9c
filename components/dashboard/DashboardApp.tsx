import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { InsightsApi } from '@/components/dashboard/insight-types';
import { showAccount } from '@/components/shared/format';
import type { PostTagsApi } from '@/components/shared/TagEditor';
import type { AccountView } from '@/lib/protocol/messages';
import { AccountList, accountKey, type ChosenAccount } from './AccountList';
import type { DashboardApi, HistorySource, Settings, StorageReport } from './api';
import { DangerZone } from './DangerZone';
import { ExportPanel } from './ExportPanel';
import { HistoryView } from './HistoryView';
import { InsightsPage } from './InsightsPage';
import { RestorePanel } from './RestorePanel';
import { SettingsPanel } from './SettingsPanel';
import { SitesPanel } from './SitesPanel';
import { StorageBanner } from './StorageBanner';

/** Which view leads: the chosen account's posts, or the insights (opened at `#insights`). */
type View = 'posts' | 'insights';
const viewOfHash = (): View =>
  typeof location !== 'undefined' && location.hash === '#insights' ? 'insights' : 'posts';

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
  const view = useSignal<View>(insights ? viewOfHash() : 'posts');
  const accounts = useSignal<AccountView[] | null>(null);
  const selected = useSignal<ChosenAccount | null>(null);
  const history = useSignal<HistorySource | null>(null);
  const settings = useSignal<Settings | null>(null);
  const storage = useSignal<StorageReport | null>(null);
  const error = useSignal<string | null>(null);
  /** How many times the accounts were read again (after a restore, a deletion): the insights follow. */
  const refreshed = useSignal(0);
  const fail = (what: string) => (e: unknown) => {
    error.value = `${what}: ${(e as Error).message}`;
  };

  // One history read at a time: choosing again lets the previous one go. None while the insights are
  // shown: its reader would score the account beside the insights' worker, on the same few cores.
  const loadHistory = (account: ChosenAccount | null) => {
    history.value?.close();
    history.value =
      account && view.value === 'posts' ? api.history({ platform: account.platform, id: account.id }) : null;
  };
  useEffect(() => () => history.value?.close(), []);

  const select = (account: ChosenAccount | null) => {
    selected.value = account;
    loadHistory(account);
  };

  const loadAccounts = async () => {
    try {
      const list = await api.accounts();
      accounts.value = list;
      const current = selected.value;
      const still = current && list.find((a) => accountKey(a) === accountKey(current));
      // Keep the choice across refreshes; else the first tracked account with posts, else the first.
      select(still || list.find((a) => a.tracked && a.posts > 0) || list[0] || null);
    } catch (e) {
      fail('Couldn’t list the accounts')(e);
    }
  };

  const loadStorage = () =>
    api.storage().then((s) => {
      storage.value = s;
    }, fail('Couldn’t check storage'));

  const refresh = async () => {
    error.value = null;
    await Promise.all([loadAccounts(), loadStorage()]);
  };

  /** The store changed (a restore, a deletion): everything shown is read again, the insights too. */
  const changed = async () => {
    refreshed.value++;
    await refresh();
  };

  useEffect(() => {
    void refresh();
    api.settings().then((s) => {
      settings.value = s;
    }, fail('Couldn’t read the settings'));
  }, []);

  const setTracking = async (a: AccountView, tracked: boolean) => {
    try {
      await api.setTracking(a.platform, a.handle, tracked);
      refreshed.value++;
      await loadAccounts();
    } catch (e) {
      fail(`Couldn’t change tracking of ${showAccount(a.platform, a.handle)}`)(e);
    }
  };

  const saveSettings = async (s: Settings) => {
    await api.saveSettings(s);
    settings.value = s;
    // Scores depend on the settings: show the history as it is scored now.
    loadHistory(selected.value);
  };

  const chosen = selected.value;
  const chosenView = chosen ? accounts.value?.find((a) => accountKey(a) === accountKey(chosen)) : undefined;
  return (
    <main class="dashboard">
      <header class="page-head">
        <h1>Resonance</h1>
        <p class="tagline">How each post does against your account’s own usual, at the same age.</p>
      </header>
      <StorageBanner report={storage.value} />
      {error.value ? (
        <p class="banner problem" role="alert">
          {error.value}
        </p>
      ) : null}

      <section class="card" aria-labelledby="accounts-h">
        <h2 id="accounts-h">Accounts</h2>
        <AccountList accounts={accounts.value} selected={chosen} onSelect={select} onTrack={setTracking} />
      </section>

      {insights ? (
        <nav class="views" aria-label="Dashboard views">
          {(['posts', 'insights'] as const).map((v) => (
            <button
              key={v}
              type="button"
              class="view-tab"
              aria-pressed={view.value === v}
              onClick={() => {
                if (view.value === v) return;
                view.value = v;
                loadHistory(v === 'posts' ? selected.value : null);
                // `history` here is the chosen account's: the window's keeps the view for a reload.
                globalThis.history.replaceState(null, '', v === 'insights' ? '#insights' : location.pathname);
              }}
            >
              {v === 'posts' ? 'Posts' : 'Insights'}
            </button>
          ))}
        </nav>
      ) : null}

      {insights && view.value === 'insights' ? (
        <InsightsPage api={insights} chosen={chosen} version={refreshed.value} />
      ) : null}

      {chosen && view.value === 'posts' ? (
        <section class="card" aria-labelledby="history-h">
          <h2 id="history-h">
            History of {showAccount(chosen.platform, chosen.handle)}
            {chosenView && !chosenView.tracked ? (
              <span class="muted"> (not tracked: no new posts saved)</span>
            ) : null}
          </h2>
          {history.value ? (
            <HistoryView
              key={accountKey(chosen)}
              source={history.value}
              platform={chosen.platform}
              now={now}
              tags={tags}
            />
          ) : null}
        </section>
      ) : null}

      <div class="columns">
        <ExportPanel api={api} account={chosen} insights={insights} />
        <RestorePanel api={api} onRestored={changed} />
      </div>
      <SitesPanel api={api} now={now} />
      <SettingsPanel settings={settings.value} onSave={saveSettings} />
      <DangerZone
        account={chosen}
        onDeleteAccount={async (a) => {
          await api.deleteAccount(a.platform, a.handle);
          await changed();
        }}
        onDeleteAll={async () => {
          await api.deleteAll();
          selected.value = null;
          await changed();
        }}
      />
    </main>
  );
}
