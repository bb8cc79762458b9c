import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { PageState, StorageStatus } from '@/lib/protocol/messages';
import { normalizeHandle } from '@/lib/sites/types';
import type { PopupApi } from './api';
import { PostRow } from './PostRow';

type Loaded = Awaited<ReturnType<PopupApi['pageState']>>;

export function PopupApp({
  api,
  now = Date.now(),
  refreshMs = 1500,
}: {
  api: PopupApi;
  now?: number;
  refreshMs?: number;
}) {
  const page = useSignal<Loaded | null>(null);
  const storage = useSignal<StorageStatus | null>(null);
  const error = useSignal<string | null>(null);

  const load = async () => {
    try {
      page.value = await api.pageState();
      storage.value = await api.storageStatus();
      error.value = null;
    } catch (e) {
      error.value = (e as Error).message;
    }
  };
  useEffect(() => {
    void load();
    // The page keeps changing while the popup is open (new posts, scores arriving): follow it.
    const timer = setInterval(() => void load(), refreshMs);
    return () => clearInterval(timer);
  }, []);

  const setTracking = async (state: PageState, handle: string, tracked: boolean) => {
    try {
      const now = await api.setTracking(state.platform, handle, tracked);
      // The background's answer is the truth; the page catches up a moment later.
      if (page.value?.kind === 'page')
        page.value = { ...page.value, state: { ...state, tracked: now.tracked } };
    } catch (e) {
      error.value = (e as Error).message;
    }
  };

  const loaded = page.value;
  return (
    <main class="popup">
      <header>
        <h1>Resonance</h1>
        <p class="tagline">Do people care about this post?</p>
      </header>
      {error.value ? <p class="banner problem">{error.value}</p> : null}
      {storage.value && !storage.value.ok ? (
        <p class="banner problem" role="alert">
          {storage.value.error}
        </p>
      ) : null}
      {loaded === null ? <p class="empty">Reading this page…</p> : null}
      {loaded?.kind === 'unsupported' ? (
        <p class="empty">
          Open one of your posts or your profile on a supported site to see how it is doing.
        </p>
      ) : null}
      {loaded?.kind === 'no-script' ? (
        <p class="empty">Resonance isn’t running on this tab yet. Reload the page, then open this again.</p>
      ) : null}
      {loaded?.kind === 'page' ? <PageView state={loaded.state} now={now} onTrack={setTracking} /> : null}
      <footer>
        <button type="button" onClick={() => api.openDashboard()}>
          History &amp; settings
        </button>
        <button type="button" onClick={() => api.openDashboard('export')}>
          Export…
        </button>
      </footer>
    </main>
  );
}

function PageView(props: {
  state: PageState;
  now: number;
  onTrack: (state: PageState, handle: string, tracked: boolean) => void;
}) {
  const { state, now } = props;
  const account = state.pageAccount ?? state.viewer;
  const tracked = account ? state.tracked.includes(normalizeHandle(account)) : false;
  const isViewer = !!account && !!state.viewer && normalizeHandle(state.viewer) === normalizeHandle(account);
  return (
    <>
      <section class="account">
        {account ? (
          <>
            <span>
              <b>@{account}</b> {tracked ? 'is tracked' : 'is not tracked'}
              {isViewer ? ' · logged in' : ''}
            </span>
            <button type="button" onClick={() => props.onTrack(state, account, !tracked)}>
              {tracked ? 'Stop tracking' : `Track @${account}`}
            </button>
          </>
        ) : (
          <span>Open a profile to track its account.</span>
        )}
      </section>
      {state.lastError ? <p class="banner problem">{state.lastError}</p> : null}
      {state.pending > 0 ? <p class="banner">{state.pending} snapshot(s) waiting to be saved…</p> : null}
      {state.unreadable.length > 0 ? (
        <section class="unreadable" role="alert">
          <h2>
            Can’t read {state.unreadable.length === 1 ? 'one post' : `${state.unreadable.length} posts`}
          </h2>
          <ul>
            {state.unreadable.map((p) => (
              <li key={p.id ?? p.reason}>
                {p.url ? (
                  <a href={p.url} target="_blank" rel="noreferrer">
                    {p.id}
                  </a>
                ) : (
                  'a post'
                )}
                : {p.reason}. Nothing was saved for it.
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {state.posts.length === 0 ? (
        <p class="empty">
          {state.tracked.length
            ? 'No posts of your tracked accounts on this page yet. Scroll, or open your profile.'
            : 'No account is tracked on this site yet.'}
        </p>
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
