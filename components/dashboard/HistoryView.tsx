import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { PostTagsApi } from '@/components/shared/TagEditor';
import { DEFAULT_QUERY, type HistoryPage, type HistoryQuery } from '@/lib/protocol/history';
import type { HistorySource } from './api';
import { FormatList } from './FormatList';
import { HistoryControls } from './HistoryControls';
import { HistoryTable } from './HistoryTable';

const n = new Intl.NumberFormat('en');

const filtered = (q: HistoryQuery) =>
  q.from !== undefined || q.to !== undefined || q.format !== undefined || !!q.search?.trim();

/** Pages by date come before the account is read whole; any other sort, format or search waits for it. */
const needsEveryPost = (q: HistoryQuery) =>
  q.sort !== 'published' || q.format !== undefined || !!q.search?.trim();

/** Where the page is in the list, and what is still being worked out. */
function statusText(page: HistoryPage, q: HistoryQuery, waiting: boolean): string {
  const first = page.offset + 1;
  const last = page.offset + page.rows.length;
  if (waiting && page.pending && needsEveryPost(q)) return 'Reading and scoring every post to answer this…';
  if (page.total === 0) return 'No posts match these filters.';
  const range = page.rows.length ? `Showing ${n.format(first)}–${n.format(last)}` : 'Nothing here';
  if (page.pending) {
    const of = page.total === null ? ' of the latest posts' : ` of ${n.format(page.total)} posts`;
    return `${range}${of}; scoring them against your usual…`;
  }
  return `${range} of ${n.format(page.total ?? 0)} ${filtered(q) ? 'matching posts' : 'posts'}.`;
}

/** The page of posts the query asks for, as the source answers it: the latest request's answer only. */
function useHistoryPages(source: HistorySource) {
  const query = useSignal<HistoryQuery>(DEFAULT_QUERY);
  const page = useSignal<HistoryPage | null>(null);
  const waiting = useSignal(false);
  const error = useSignal<string | null>(null);
  // Only the answer to the latest request is shown, however the requests finish.
  const latest = useRef(0);
  const load = (q: HistoryQuery) => {
    const id = ++latest.current;
    waiting.value = true;
    source.page(q).then(
      (p) => {
        if (id !== latest.current) return;
        page.value = p;
        waiting.value = false;
        error.value = null;
      },
      (e: unknown) => {
        if (id !== latest.current) return;
        waiting.value = false;
        error.value = `Couldn’t read this history: ${(e as Error).message}`;
      },
    );
  };
  const change = (next: Partial<HistoryQuery>) => {
    query.value = { ...query.value, offset: 0, ...next };
    load(query.value);
  };
  useEffect(() => {
    let live = true;
    load(query.value);
    // Once every post is read and scored, the page shown is asked again, now in full.
    source.ready.then(
      () => live && load(query.value),
      (e: unknown) => {
        if (live) error.value = `Couldn’t score this history: ${(e as Error).message}`;
      },
    );
    return () => {
      live = false;
    };
  }, [source]);
  return { query, page, waiting, error, change };
}

function Pager({
  q,
  more,
  change,
}: {
  q: HistoryQuery;
  more: boolean;
  change: (q: Partial<HistoryQuery>) => void;
}) {
  return (
    <p class="pager">
      <button
        type="button"
        disabled={q.offset === 0}
        onClick={() => change({ offset: Math.max(0, q.offset - q.limit) })}
      >
        Previous {q.limit}
      </button>{' '}
      <button type="button" disabled={!more} onClick={() => change({ offset: q.offset + q.limit })}>
        Next {q.limit}
      </button>
    </p>
  );
}

/** One account's posts: sorted, filtered and paged by the source, summed up by format. */
export function HistoryView({
  source,
  platform,
  now,
  tags,
}: {
  source: HistorySource;
  platform: string;
  now: number;
  /** Posts' tags, offered in each post's details when given. */
  tags?: PostTagsApi;
}) {
  const { query, page, waiting, error, change } = useHistoryPages(source);
  const p = page.value;
  const q = query.value;
  const problem = error.value ? (
    <p class="banner problem" role="alert">
      {error.value}
    </p>
  ) : null;
  if (!p) return problem ?? <p class="empty">Loading history…</p>;
  if (p.total === 0 && !filtered(q) && !p.pending) {
    return (
      <p class="empty">
        No posts saved for this account yet. Scroll its profile on the site while it is tracked: each post
        seen is saved, and seen again later to draw its curve.
      </p>
    );
  }
  const more = p.total === null ? p.rows.length === q.limit : q.offset + q.limit < p.total;
  return (
    <>
      <HistoryControls query={q} platform={platform} formats={p.formats} now={now} onChange={change} />
      <FormatList formats={p.formats} chosen={q.format} onChoose={(format) => change({ format })} />
      {problem}
      <p class="muted history-status" role="status">
        {statusText(p, q, waiting.value)}
      </p>
      {p.rows.length ? (
        <HistoryTable
          rows={p.rows}
          platform={platform}
          sort={q.sort}
          descending={q.descending}
          now={now}
          tags={tags}
        />
      ) : null}
      <Pager q={q} more={more} change={change} />
    </>
  );
}
