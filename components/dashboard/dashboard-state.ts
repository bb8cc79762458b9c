// What the dashboard shows and how it is read again: the accounts, the chosen one and its history, the
// settings and the storage report. One object per dashboard, its fields signals the views read.
import { signal } from '@preact/signals';
import { showAccount } from '@/components/shared/format';
import type { AccountView } from '@/lib/protocol/messages';
import { accountKey, type ChosenAccount } from './AccountList';
import type { DashboardApi, HistorySource, Settings, StorageReport } from './api';

/** Which view leads: the chosen account's posts, or the insights (opened at `#insights`). */
export type View = 'posts' | 'insights';

export class DashboardState {
  readonly view;
  readonly accounts = signal<AccountView[] | null>(null);
  readonly selected = signal<ChosenAccount | null>(null);
  readonly history = signal<HistorySource | null>(null);
  readonly settings = signal<Settings | null>(null);
  readonly storage = signal<StorageReport | null>(null);
  readonly error = signal<string | null>(null);
  /** How many times the accounts were read again (after a restore, a deletion): the insights follow. */
  readonly refreshed = signal(0);

  constructor(
    private readonly api: DashboardApi,
    view: View,
  ) {
    this.view = signal<View>(view);
  }

  fail = (what: string) => (e: unknown) => {
    this.error.value = `${what}: ${(e as Error).message}`;
  };

  /** Reads what the page shows first. */
  start(): void {
    void this.refresh();
    this.api.settings().then((s) => {
      this.settings.value = s;
    }, this.fail('Couldn’t read the settings'));
  }

  close(): void {
    this.history.value?.close();
  }

  // One history read at a time: choosing again lets the previous one go. None while the insights are
  // shown: its reader would score the account beside the insights' worker, on the same few cores.
  #loadHistory(account: ChosenAccount | null): void {
    this.history.value?.close();
    this.history.value =
      account && this.view.value === 'posts'
        ? this.api.history({ platform: account.platform, id: account.id })
        : null;
  }

  select = (account: ChosenAccount | null): void => {
    this.selected.value = account;
    this.#loadHistory(account);
  };

  showView(v: View): void {
    if (this.view.value === v) return;
    this.view.value = v;
    this.#loadHistory(v === 'posts' ? this.selected.value : null);
  }

  async #loadAccounts(): Promise<void> {
    try {
      const list = await this.api.accounts();
      this.accounts.value = list;
      const current = this.selected.value;
      const still = current && list.find((a) => accountKey(a) === accountKey(current));
      // Keep the choice across refreshes; else the first tracked account with posts, else the first.
      this.select(still || list.find((a) => a.tracked && a.posts > 0) || list[0] || null);
    } catch (e) {
      this.fail('Couldn’t list the accounts')(e);
    }
  }

  async refresh(): Promise<void> {
    this.error.value = null;
    const accounts = this.#loadAccounts();
    const storage = this.api.storage().then((s) => {
      this.storage.value = s;
    }, this.fail('Couldn’t check storage'));
    await Promise.all([accounts, storage]);
  }

  /** The store changed (a restore, a deletion): everything shown is read again, the insights too. */
  changed = async (): Promise<void> => {
    this.refreshed.value++;
    await this.refresh();
  };

  setTracking = async (a: AccountView, tracked: boolean): Promise<void> => {
    try {
      await this.api.setTracking(a.platform, a.handle, tracked);
      this.refreshed.value++;
      await this.#loadAccounts();
    } catch (e) {
      this.fail(`Couldn’t change tracking of ${showAccount(a.platform, a.handle)}`)(e);
    }
  };

  saveSettings = async (s: Settings): Promise<void> => {
    await this.api.saveSettings(s);
    this.settings.value = s;
    // Scores depend on the settings: show the history as it is scored now.
    this.#loadHistory(this.selected.value);
  };

  deleteAccount = async (a: ChosenAccount): Promise<void> => {
    await this.api.deleteAccount(a.platform, a.handle);
    await this.changed();
  };

  deleteAll = async (): Promise<void> => {
    await this.api.deleteAll();
    this.selected.value = null;
    await this.changed();
  };
}
