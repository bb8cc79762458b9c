import type { AccountView } from '@/lib/protocol/messages';
import { platformConfig } from '@/lib/score/config';
import type { PlatformId } from '@/lib/sites/types';
import { normalizeHandle } from '@/lib/sites/types';

export type AccountRef = { platform: PlatformId; handle: string };

export const accountKey = (a: AccountRef) => `${a.platform}:${normalizeHandle(a.handle)}`;

const count = new Intl.NumberFormat('en');

/** Every account Resonance knows, tracked or not; one is chosen to show its history. */
export function AccountList(props: {
  accounts: AccountView[] | null;
  selected: AccountRef | null;
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
        {accounts.map((a) => {
          const isChosen = accountKey(a) === chosen;
          return (
            <tr key={accountKey(a)} class={isChosen ? 'chosen' : undefined} data-account={accountKey(a)}>
              <th scope="row">
                <button
                  type="button"
                  class="link"
                  aria-pressed={isChosen}
                  aria-label={`Show history of @${a.handle} on ${platformConfig(a.platform).name}`}
                  onClick={() => props.onSelect(a)}
                >
                  @{a.handle}
                </button>
                {isChosen ? <span class="muted"> · shown below</span> : null}
              </th>
              <td>{platformConfig(a.platform).name}</td>
              <td>
                {a.tracked ? '● tracked' : '○ not tracked'}
                {a.source === 'logged-in' ? <span class="muted"> · logged in</span> : null}
              </td>
              <td class="num">{count.format(a.posts)}</td>
              <td class="actions">
                <button type="button" onClick={() => props.onTrack(a, !a.tracked)}>
                  {a.tracked ? `Stop tracking @${a.handle}` : `Track @${a.handle}`}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
