import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { showAccount } from '@/components/shared/format';
import type { AccountView } from '@/lib/protocol/messages';
import { AccountList, accountKey, type ChosenAccount } from './AccountList';
import type { DashboardApi, HistorySource, Settings, StorageReport } from './api';
import { DangerZone } from './DangerZone';
import { ExportPanel } from './ExportPanel';
import { HistoryView } from './HistoryView';
import { RestorePanel } from './RestorePanel';
import { SettingsPanel } from './SettingsPanel';
import { SitesPanel } from './SitesPanel';
import { StorageBanner } from './StorageBanner';

/** The full-page dashboard: every tracked account's history, exports, restore, settings and deletion. */
export function DashboardApp({ api, now = Date.now() }: { api: DashboardApi; now?: number }) {
  const accounts = useSignal<AccountView[] | null>(null);
  const selected = useSignal<ChosenAccount | null>(null);
  const history = useSignal<HistorySource | null>(null);
  const settings = useSignal<Settings | null>(null);
  const storage = useSignal<StorageReport | null>(null);
  const error = useSignal<string | null>(null);
  const fail = (what: string) => (e: unknown) => {
    error.value = `${what}: ${(e as Error).message}`;
  };

  // One history read at a time: choosing again lets the previous one go.
  const loadHistory = (account: ChosenAccount | null) => {
    history.value?.close();
    history.value = account ? api.history({ platform: account.platform, id: account.id }) : null;
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

  useEffect(() => {
    void refresh();
    api.settings().then((s) => {
      settings.value = s;
    }, fail('Couldn’t read the settings'));
  }, []);

  const setTracking = async (a: AccountView, tracked: boolean) => {
    try {
      await api.setTracking(a.platform, a.handle, tracked);
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

      {chosen ? (
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
            />
          ) : null}
        </section>
      ) : null}

      <div class="columns">
        <ExportPanel api={api} account={chosen} />
        <RestorePanel api={api} onRestored={refresh} />
      </div>
      <SitesPanel api={api} now={now} />
      <SettingsPanel settings={settings.value} onSave={saveSettings} />
      <DangerZone
        account={chosen}
        onDeleteAccount={async (a) => {
          await api.deleteAccount(a.platform, a.handle);
          await refresh();
        }}
        onDeleteAll={async () => {
          await api.deleteAll();
          selected.value = null;
          await refresh();
        }}
      />
    </main>
  );
}
