import { healthLine } from '@/components/shared/health-line';
import type { PageState } from '@/lib/protocol/messages';
import { siteInfo } from '@/lib/sites/catalog';
import type { AccountRef } from '@/lib/sites/types';
import { PostRow } from './PostRow';
import { UnreadableList } from './UnreadableList';

type OnTrack = (state: PageState, handle: string, tracked: boolean) => void;

/** The account the popup offers to track: the profile being viewed, else the viewer if they are the brand. */
function accountOf(state: PageState): AccountRef | null {
  if (state.pageAccount) return state.pageAccount;
  return siteInfo(state.platform).viewerIsBrand ? state.viewer : null;
}

function AccountLine({ state, onTrack }: { state: PageState; onTrack: OnTrack }) {
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
  const tracked = id !== undefined && state.tracked.includes(id);
  const shown = site.accounts.show(account.handle);
  const isViewer = state.viewer !== null && site.accounts.parse(state.viewer.handle)?.id === id;
  const note = isViewer ? ' · logged in' : account.managed ? ' · you manage it' : '';
  return (
    <section class="account">
      <span>
        <b>{account.name ? `${account.name} (${shown})` : shown}</b>{' '}
        {tracked ? 'is tracked' : 'is not tracked'}
        {note}
      </span>
      <button type="button" onClick={() => onTrack(state, account.handle, !tracked)}>
        {tracked ? 'Stop tracking' : `Track ${shown}`}
      </button>
    </section>
  );
}

export function PageView({ state, now, onTrack }: { state: PageState; now: number; onTrack: OnTrack }) {
  const site = siteInfo(state.platform);
  const trackedHere = state.posts.map((p) => site.accounts.show(p.reading.author));
  const health = state.health;
  return (
    <>
      <p class={`health ${health.state}`} role={health.state === 'broken' ? 'alert' : undefined}>
        {healthLine(health, [...new Set(trackedHere)])}
      </p>
      <AccountLine state={state} onTrack={onTrack} />
      {state.lastError ? <p class="banner problem">{state.lastError}</p> : null}
      {state.pending > 0 ? <p class="banner">{state.pending} snapshot(s) waiting to be saved…</p> : null}
      <UnreadableList posts={state.unreadable} />
      {state.posts.length === 0 ? (
        state.tracked.length === 0 ? (
          <p class="empty">No account is tracked on {site.name} yet.</p>
        ) : null
      ) : (
        <ul class="posts">
          {state.posts.map((p) => (
            <PostRow key={p.reading.id} post={p} now={now} />
          ))}
        </ul>
      )}
    </>
  );
}
