import { countOf } from '@/components/shared/format';
import { healthLine } from '@/components/shared/health-line';
import type { PageState } from '@/lib/protocol/messages';
import { siteInfo } from '@/lib/sites/catalog';
import { AccountLine, accountOf, isTracked, type OnTrack } from './AccountLine';
import { type CurveOf, SteadyPostRow } from './PostRow';
import { useRowsShown } from './rows-shown';
import { UnreadableList } from './UnreadableList';

/**
 * The page's verdict in a sentence. On the page of an account Resonance doesn't track, that is what it
 * sees and why nothing is saved ("4 posts on this page; Resonance isn’t tracking @brand"), not "none by
 * an account you track" as if the page were empty of anything of interest.
 */
function pageLine(state: PageState): string {
  const site = siteInfo(state.platform);
  const h = state.health;
  const account = accountOf(state);
  if (h.state === 'reading' && h.own === 0 && account && !isTracked(state, account))
    return `${countOf(h.posts, 'post')} on this page; Resonance isn’t tracking ${site.accounts.show(account.handle)}.`;
  const authors = state.posts.map((p) => site.accounts.show(p.reading.author));
  return healthLine(h, [...new Set(authors)]);
}

export function PageView({
  state,
  now,
  onTrack,
  curveOf,
}: {
  state: PageState;
  now: number;
  onTrack: OnTrack;
  curveOf?: CurveOf;
}) {
  const site = siteInfo(state.platform);
  const health = state.health;
  const account = accountOf(state);
  const rows = useRowsShown(state.posts.length);
  return (
    <>
      <p class={`health ${health.state}`} role={health.state === 'broken' ? 'alert' : undefined}>
        {pageLine(state)}
      </p>
      <AccountLine state={state} onTrack={onTrack} />
      {state.lastError ? <p class="banner problem">{state.lastError}</p> : null}
      {state.pending > 0 ? (
        <p class="banner">{countOf(state.pending, 'snapshot')} waiting to be saved…</p>
      ) : null}
      <UnreadableList posts={state.unreadable} />
      {state.posts.length === 0 ? (
        // With an account to offer, the line above and its Track button already say it.
        state.tracked.length === 0 && !account ? (
          <p class="empty">No account is tracked on {site.name} yet.</p>
        ) : null
      ) : (
        <ul class="posts">
          {state.posts.slice(0, rows).map((p) => (
            <SteadyPostRow key={p.reading.id} post={p} now={now} curveOf={curveOf} />
          ))}
        </ul>
      )}
    </>
  );
}
