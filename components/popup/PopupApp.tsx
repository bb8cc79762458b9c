import { type Signal, useSignal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { PageState, StorageStatus } from '@/lib/protocol/messages';
import type { PopupApi } from './api';
import { PageView } from './PageView';

type Loaded = Awaited<ReturnType<PopupApi['pageState']>>;

/** Resolves after the next frame is painted. */
const painted = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r)));

/** The page's state, asked at once and again every `refreshMs`, and storage's status once the rows are painted. */
function usePageState(api: PopupApi, first: Promise<Loaded> | undefined, refreshMs: number) {
  const page = useSignal<Loaded | null>(null);
  const storage = useSignal<StorageStatus | null>(null);
  const error = useSignal<string | null>(null);
  const drawn = useRef('');
  const load = async (asked = api.pageState()) => {
    try {
      const next = await asked;
      // Asked again every refreshMs: an answer the same as the one drawn draws nothing, where a page of
      // hundreds of post rows was diffed whole each time.
      const text = JSON.stringify(next);
      if (text !== drawn.current) {
        drawn.current = text;
        page.value = next;
      }
      // Storage's status is asked of the worker once the page's rows are painted: a stopped worker that
      // it wakes then starts beside an idle popup, not its first rows. A status redraws only its own line.
      await painted();
      storage.value = await api.storageStatus();
      error.value = null;
    } catch (e) {
      error.value = (e as Error).message;
    }
  };
  // At once, not after the first frame as useEffect would: the answer is drawn in the next one.
  useLayoutEffect(() => {
    void load(first);
    // The page keeps changing while the popup is open (new posts, scores arriving): follow it.
    const timer = setInterval(() => void load(), refreshMs);
    return () => clearInterval(timer);
  }, []);
  return { page, storage, error };
}

/** Sticky (popup.css): within reach however many posts the page has. */
function PopupFooter({ api }: { api: PopupApi }) {
  return (
    <footer>
      <button type="button" onClick={() => api.openDashboard()}>
        History &amp; settings
      </button>
      <button
        type="button"
        title="Opens the dashboard at its Export section: CSV for spreadsheets, or a backup"
        onClick={() => api.openDashboard('export')}
      >
        Export…
      </button>
    </footer>
  );
}

export function PopupApp({
  api,
  first,
  now = Date.now(),
  refreshMs = 1500,
}: {
  api: PopupApi;
  /** The page's state, asked for before this first rendered (entrypoints/popup/main.tsx). */
  first?: Promise<Loaded>;
  now?: number;
  refreshMs?: number;
}) {
  const { page, storage, error } = usePageState(api, first, refreshMs);
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
  const addInstance = async (host: string) => {
    try {
      if (await api.addInstance(host)) error.value = `Reading ${host} from now on: reload the page.`;
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
      <StorageProblem status={storage} />
      {loaded === null ? <p class="empty">Reading this page…</p> : null}
      {loaded?.kind === 'unsupported' ? <Unsupported url={loaded.url} onAdd={addInstance} /> : null}
      {loaded?.kind === 'no-script' ? (
        <p class="empty">Resonance isn’t running on this tab yet. Reload the page, then open this again.</p>
      ) : null}
      {loaded?.kind === 'page' ? (
        <PageView state={loaded.state} now={now} onTrack={setTracking} curveOf={api.postCurve} />
      ) : null}
      <PopupFooter api={api} />
    </main>
  );
}

/**
 * Storage's problem, if it has one. It reads the signal itself, so a new status redraws this line alone,
 * not the page's rows (components/popup/rows-shown.ts draws those a batch per frame).
 */
function StorageProblem({ status }: { status: Signal<StorageStatus | null> }) {
  const s = status.value;
  return s && !s.ok ? (
    <p class="banner problem" role="alert">
      {s.error}
    </p>
  ) : null;
}

/** A page of no supported site: say so, and offer to read it as a Mastodon instance (any host can be one). */
function Unsupported({ url, onAdd }: { url: string | null; onAdd: (host: string) => void }) {
  let host: string | null = null;
  try {
    const u = url ? new URL(url) : null;
    host = u?.protocol === 'https:' ? u.hostname : null;
  } catch {}
  return (
    <>
      <p class="empty">Open one of your posts or your profile on a supported site to see how it is doing.</p>
      {host ? (
        <p class="instance">
          Is {host} a Mastodon server?{' '}
          <button type="button" onClick={() => onAdd(host)}>
            Read posts on {host}
          </button>
        </p>
      ) : null}
    </>
  );
}
