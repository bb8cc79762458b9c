import { useSignal } from '@preact/signals';
import type { Ref } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { showAccount } from '@/components/shared/format';
import { accountKey, type ChosenAccount } from './AccountList';

/** What the user asked to delete: one account (by key, so switching accounts never confirms the wrong one) or all. */
type Pending = { account: string } | 'all' | null;

/**
 * What is being asked, whether a deletion runs and how the last one went. While it asks, focus is on "Keep
 * it"; it comes back to the button that asked when it closes.
 */
function useTwoSteps() {
  const asking = useSignal<Pending>(null);
  const busy = useSignal(false);
  const status = useSignal<{ ok: boolean; text: string } | null>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const askedFrom = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (asking.value) keep.current?.focus();
    else if (askedFrom.current?.isConnected) askedFrom.current.focus();
    if (!asking.value) askedFrom.current = null;
  }, [asking.value]);
  const run = async (what: string, action: () => Promise<void>) => {
    busy.value = true;
    try {
      await action();
      status.value = { ok: true, text: `Deleted ${what}.` };
    } catch (e) {
      status.value = { ok: false, text: `Couldn’t delete ${what}: ${(e as Error).message}` };
    } finally {
      busy.value = false;
      asking.value = null;
    }
  };
  const ask = (p: Pending, from?: EventTarget | null) => {
    if (p && from instanceof HTMLElement) askedFrom.current = from;
    asking.value = p;
    status.value = null;
  };
  return { asking, busy, status, keep, run, ask };
}

function Confirm(props: {
  label: string;
  busy: boolean;
  keep: Ref<HTMLButtonElement>;
  onYes(): void;
  onKeep(): void;
}) {
  return (
    <fieldset
      class="confirm"
      disabled={props.busy}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !props.busy) props.onKeep();
      }}
    >
      <legend>Are you sure? This can’t be undone.</legend>
      Export a backup first if you may want this data again.{' '}
      <button type="button" class="danger" onClick={props.onYes}>
        {props.label}
      </button>{' '}
      <button type="button" ref={props.keep} onClick={props.onKeep}>
        Keep it
      </button>
    </fieldset>
  );
}

/**
 * Deleting is two steps: the first button only asks; "Yes, delete …" does it. While it asks, Enter or
 * Escape keeps the data.
 */
export function DangerZone(props: {
  account: ChosenAccount | null;
  onDeleteAccount: (a: ChosenAccount) => Promise<void>;
  onDeleteAll: () => Promise<void>;
}) {
  const { account } = props;
  const { asking, busy, status, keep, run, ask } = useTwoSteps();
  const confirm = (label: string, onYes: () => void) => (
    <Confirm label={label} busy={busy.value} keep={keep} onYes={onYes} onKeep={() => ask(null)} />
  );
  const who = account ? `${showAccount(account.platform, account.handle)}’s data` : '';
  const a = asking.value;
  const askingThis = !!account && a !== null && a !== 'all' && a.account === accountKey(account);
  const askingAll = a === 'all';
  return (
    <section class="card danger-zone" aria-labelledby="danger-h">
      <h2 id="danger-h">Danger zone</h2>
      {account ? (
        <div class="danger-row">
          <p>
            Delete every post and snapshot saved for <b>{showAccount(account.platform, account.handle)}</b>.{' '}
            <button
              type="button"
              disabled={askingThis || askingAll}
              onClick={(e) => ask({ account: accountKey(account) }, e.currentTarget)}
            >
              Delete {who}…
            </button>
          </p>
          {askingThis
            ? confirm(`Yes, delete ${who}`, () => run(who, () => props.onDeleteAccount(account)))
            : null}
        </div>
      ) : null}
      <div class="danger-row">
        <p>
          Delete everything Resonance has saved in this browser: every account, post and snapshot.{' '}
          <button
            type="button"
            disabled={askingThis || askingAll}
            onClick={(e) => ask('all', e.currentTarget)}
          >
            Delete all data…
          </button>
        </p>
        {askingAll ? confirm('Yes, delete all data', () => run('all data', props.onDeleteAll)) : null}
      </div>
      {status.value ? (
        <p class={status.value.ok ? 'banner' : 'banner problem'} role={status.value.ok ? 'status' : 'alert'}>
          {status.value.text}
        </p>
      ) : null}
    </section>
  );
}
