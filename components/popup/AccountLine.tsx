import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { PageState } from '@/lib/protocol/messages';
import { siteInfo } from '@/lib/sites/catalog';
import type { AccountRef } from '@/lib/sites/types';

export type OnTrack = (state: PageState, handle: string, tracked: boolean) => void;

/** The account the popup offers to track: the profile being viewed, else the viewer if they are the brand. */
export function accountOf(state: PageState): AccountRef | null {
  if (state.pageAccount) return state.pageAccount;
  return siteInfo(state.platform).viewerIsBrand ? state.viewer : null;
}

/** Whether the account is one of the site's tracked accounts. */
export function isTracked(state: PageState, account: AccountRef): boolean {
  const id = siteInfo(state.platform).accounts.parse(account.handle)?.id;
  return id !== undefined && state.tracked.includes(id);
}

/**
 * Stopping is two steps: "Stop tracking…" only asks, and focus moves to "Keep tracking" so Enter or
 * Escape leaves things as they are; "Stop tracking @brand" does it.
 */
function StopConfirm({ shown, onYes, onNo }: { shown: string; onYes: () => void; onNo: () => void }) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    // Escape anywhere in the question answers "keep".
    <fieldset
      class="confirm"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onNo();
      }}
    >
      <legend>Stop tracking {shown}?</legend>
      <p>Resonance stops saving its posts’ numbers and scoring them; what it has saved is kept.</p>
      <button type="button" class="danger" onClick={onYes}>
        Stop tracking {shown}
      </button>{' '}
      <button type="button" ref={keep} onClick={onNo}>
        Keep tracking
      </button>
    </fieldset>
  );
}

/** Who this page is about, whether Resonance tracks them, and the one button that changes it. */
export function AccountLine({ state, onTrack }: { state: PageState; onTrack: OnTrack }) {
  const asking = useSignal(false);
  // After the question closes, focus goes back to the account's button (Track or Stop tracking…).
  const refocus = useRef(false);
  const action = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (refocus.current && action.current) {
      action.current.focus();
      refocus.current = false;
    }
  });
  const site = siteInfo(state.platform);
  const account = accountOf(state);
  if (!account) {
    return (
      <section class="account">
        <span>Open a profile or Page to track its account.</span>
      </section>
    );
  }
  const id = site.accounts.parse(account.handle)?.id;
  const tracked = isTracked(state, account);
  const shown = site.accounts.show(account.handle);
  const isViewer = state.viewer !== null && site.accounts.parse(state.viewer.handle)?.id === id;
  const note = isViewer ? ' · logged in' : account.managed ? ' · you manage it' : '';
  const close = () => {
    refocus.current = true;
    asking.value = false;
  };
  const stop = () => {
    close();
    onTrack(state, account.handle, false);
  };
  return (
    <>
      <section class="account">
        <span>
          <b>{account.name ? `${account.name} (${shown})` : shown}</b>{' '}
          {tracked ? 'is tracked' : 'is not tracked'}
          {note}
        </span>
        {!tracked ? (
          <button
            type="button"
            class="primary"
            ref={action}
            onClick={() => onTrack(state, account.handle, true)}
          >
            Track {shown}
          </button>
        ) : asking.value ? null : (
          <button type="button" ref={action} onClick={() => (asking.value = true)}>
            Stop tracking…
          </button>
        )}
      </section>
      {tracked && asking.value ? <StopConfirm shown={shown} onYes={stop} onNo={close} /> : null}
    </>
  );
}
