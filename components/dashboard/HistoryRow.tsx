import { useSignal } from '@preact/signals';
import { CurveChart } from '@/components/shared/CurveChart';
import { formatAge } from '@/components/shared/format';
import { MetricList } from '@/components/shared/MetricList';
import { Sparkline } from '@/components/shared/Sparkline';
import type { PostTagsApi } from '@/components/shared/TagEditor';
import { TagEditor } from '@/components/shared/TagEditor';
import { UsualSparkline } from '@/components/shared/UsualSparkline';
import { toneOf } from '@/lib/page/badge-state';
import type { HistoryPost } from './api';

const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** Only web links are made clickable: a stored URL is page text, never trusted as a `javascript:` link. */
export const safeUrl = (url: string) => (/^https?:\/\//i.test(url) ? url : undefined);

/** The post against the usual on the table's common scale; its own counts when nothing compares yet. */
function CurveCell({ post }: { post: HistoryPost }) {
  if (post.usual === undefined) return <span class="muted">working out…</span>;
  if (post.usual?.band.length) return <UsualSparkline curve={post.usual} />;
  return <Sparkline curve={post.curve} />;
}

/**
 * One post: a summary row, and when expanded, how its score was worked out, its curve against the usual
 * and, when `tags` is given, what it tries (its tags, for the insights' experiments).
 */
export function HistoryRow({ post, now, tags }: { post: HistoryPost; now: number; tags?: PostTagsApi }) {
  const open = useSignal(false);
  const { score, usual } = post;
  const pending = usual === undefined;
  const tone = score ? toneOf({ kind: 'score', score }) : 'muted';
  const when = post.publishedAt === null ? null : new Date(post.publishedAt);
  const explained = score !== null || (usual?.post.length ?? 0) > 0;
  const expandable = explained || !!tags;
  return (
    <tbody class={open.value ? 'post open' : 'post'} data-post-id={post.id}>
      <tr>
        <td>
          <a href={safeUrl(post.url)} target="_blank" rel="noreferrer">
            {when ? dateTime.format(when) : 'unknown date'}
          </a>
          {when ? <div class="muted">{formatAge(Math.max(0, now - when.getTime()))} ago</div> : null}
          {post.text ? <div class="post-text">{post.text}</div> : null}
        </td>
        <td>{post.format ?? '—'}</td>
        <td>
          <MetricList platform={post.platform} metrics={post.latest} />
        </td>
        <td class={`score ${pending ? 'muted' : tone}`}>
          {score ? score.line : pending ? 'scoring…' : 'no score yet'}
          {score?.basis ? <div class="basis">{score.basis}</div> : null}
        </td>
        <td class="num">{post.snapshots}</td>
        <td>
          <CurveCell post={post} />
        </td>
        <td>
          {expandable ? (
            <button type="button" aria-expanded={open.value} onClick={() => (open.value = !open.value)}>
              {open.value ? 'Hide' : explained ? 'Why?' : 'Tags'}
              <span class="visually-hidden">{explained ? ' score details' : ' of this post'}</span>
            </button>
          ) : null}
        </td>
      </tr>
      {expandable && open.value ? (
        <tr class="detail-row">
          <td colSpan={7}>
            {score ? <p>{score.detail}</p> : null}
            {score?.chips ? <p class="chips">{score.chips}</p> : null}
            {usual?.post.length ? <CurveChart curve={usual} platform={post.platform} /> : null}
            {tags ? <TagEditor api={tags} platform={post.platform} id={post.id} /> : null}
          </td>
        </tr>
      ) : null}
    </tbody>
  );
}
