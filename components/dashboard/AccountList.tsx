import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { showAccount, siteName } from '@/components/shared/format';
import type { AccountView } from '@/lib/protocol/messages';

/** The account whose history is shown: its site, its id there, and its handle for display. */
export type ChosenAccount = Pick<AccountView, 'platform' | 'id' | 'handle'>;

export const accountKey = (a: ChosenAccount) => `${a.platform}:${a.id}`;

const count = new Intl.NumberFormat('en');

/**
 * Stopping is two steps: "Stop tracking @brand…" only asks; focus moves to "Keep tracking", so Enter or
 * Escape leaves things as they are, and comes back to the account's button when the question closes.
 */
function TrackAction(props: { account: AccountView; onTrack: (a: AccountView, tracked: boolean) => void }) {
  const { account: a } = props;
  const asking = useSignal(false);
  const keep = useRef<HTMLButtonElement>(null);
  const action = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (asking.value) keep.current?.focus();
    else if (refocus.current) action.current?.focus();
    refocus.current = false;
  }, [asking.value]);
  const shown = showAccount(a.platform, a.handle);
  const close = () => {
    refocus.current = true;
    asking.value = false;
  };
  if (!a.tracked)
    return (
      <button type="button" ref={action} onClick={() => props.onTrack(a, true)}>
        Track {shown}
      </button>
    );
  if (!asking.value)
    return (
      <button type="button" ref={action} onClick={() => (asking.value = true)}>
        Stop tracking {shown}…
      </button>
    );
  return (
    // Escape anywhere in the question answers "keep".
    <fieldset
      class="confirm"
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <legend>Stop tracking {shown}?</legend>
      New posts won’t be saved or scored; its saved history is kept.{' '}
      <button
        type="button"
        class="danger"
        onClick={() => {
          close();
          props.onTrack(a, false);
        }}
      >
        Yes, stop tracking {shown}
      </button>{' '}
      <button type="button" ref={keep} onClick={close}>
        Keep tracking
      </button>
    </fieldset>
  );
}

function AccountRow(props: {
  a: AccountView;
  chosen: boolean;
  onSelect: (a: AccountView) => void;
  onTrack: (a: AccountView, tracked: boolean) => void;
}) {
  const { a, chosen } = props;
  const shown = showAccount(a.platform, a.handle);
  return (
    <tr class={chosen ? 'chosen' : undefined} data-account={accountKey(a)}>
      <th scope="row">
        <button
          type="button"
          class="link"
          aria-pressed={chosen}
          aria-label={`Show history of ${shown} on ${siteName(a.platform)}`}
          onClick={() => props.onSelect(a)}
        >
          {shown}
        </button>
        {chosen ? <span class="muted"> · shown below</span> : null}
      </th>
      <td>{siteName(a.platform)}</td>
      <td>
        {a.tracked ? '● tracked' : '○ not tracked'}
        {a.source === 'logged-in' ? <span class="muted"> · logged in</span> : null}
      </td>
      <td class="num">{count.format(a.posts)}</td>
      <td class="actions">
        <TrackAction account={a} onTrack={props.onTrack} />
      </td>
    </tr>
  );
}

/** Every account Resonance knows, tracked or not; one is chosen to show its history. */
export function AccountList(props: {
  accounts: AccountView[] | null;
  selected: ChosenAccount | null;
  onSelect: (a: AccountView) => void;
  onTrack: (a: AccountView, tracked: boolean) => void;
}) {
  const { accounts, selected } = props;
  if (accounts === null) return <p class="empty">Loading accounts…</p>;
  if (accounts.length === 0) {
    return (
      <p class="empty">
        No accounts yet. Open your brand’s profile on a supported site while logged in: it is tracked
        automatically.
      </p>
    );
  }
  const chosen = selected ? accountKey(selected) : null;
  return (
    // Scrolls on its own at a phone's width, so the page never scrolls sideways.
    <div class="table-scroll">
      <table class="accounts">
        <thead>
          <tr>
            <th scope="col">Account</th>
            <th scope="col">Site</th>
            <th scope="col">Tracking</th>
            <th scope="col" class="num">
              Posts
            </th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <AccountRow
              key={accountKey(a)}
              a={a}
              chosen={accountKey(a) === chosen}
              onSelect={props.onSelect}
              onTrack={props.onTrack}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
