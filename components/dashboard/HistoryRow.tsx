import { useSignal } from '@preact/signals';
import { formatAge } from '@/components/shared/format';
import { MetricList } from '@/components/shared/MetricList';
import { Sparkline } from '@/components/shared/Sparkline';
import { toneOf } from '@/lib/page/badge-state';
import type { HistoryPost } from './api';

const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** Only web links are made clickable: a stored URL is page text, never trusted as a `javascript:` link. */
export const safeUrl = (url: string) => (/^https?:\/\//i.test(url) ? url : undefined);

/** One post: a summary row, and when expanded, how its score was worked out. */
export function HistoryRow({ post, now }: { post: HistoryPost; now: number }) {
  const open = useSignal(false);
  const { score } = post;
  const tone = score ? toneOf({ kind: 'score', score }) : 'muted';
  const when = post.publishedAt === null ? null : new Date(post.publishedAt);
  return (
    <tbody class={open.value ? 'post open' : 'post'} data-post-id={post.id}>
      <tr>
        <td>
          <a href={safeUrl(post.url)} target="_blank" rel="noreferrer">
            {when ? dateTime.format(when) : 'unknown date'}
          </a>
          {when ? <div class="muted">{formatAge(Math.max(0, now - when.getTime()))} ago</div> : null}
        </td>
        <td>{post.format ?? '—'}</td>
        <td>
          <MetricList platform={post.platform} metrics={post.latest} />
        </td>
        <td class={`score ${tone}`}>
          {score ? score.line : 'no score yet'}
          {score?.basis ? <div class="basis">{score.basis}</div> : null}
        </td>
        <td class="num">{post.snapshots}</td>
        <td>
          <Sparkline curve={post.curve} />
        </td>
        <td>
          {score ? (
            <button type="button" aria-expanded={open.value} onClick={() => (open.value = !open.value)}>
              {open.value ? 'Hide' : 'Why?'}
              <span class="visually-hidden"> score details</span>
            </button>
          ) : null}
        </td>
      </tr>
      {score && open.value ? (
        <tr class="detail-row">
          <td colSpan={7}>
            <p>{score.detail}</p>
            {score.chips ? <p class="chips">{score.chips}</p> : null}
          </td>
        </tr>
      ) : null}
    </tbody>
  );
}
