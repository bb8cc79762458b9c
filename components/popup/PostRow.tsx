import { formatAge, formatCount } from '@/components/shared/format';
import { MetricList } from '@/components/shared/MetricList';
import { badgeText, toneOf } from '@/lib/page/badge-state';
import type { PagePost } from '@/lib/protocol/messages';

export function PostRow({ post, now }: { post: PagePost; now: number }) {
  const { reading, score } = post;
  const view = score ? ({ kind: 'score', score } as const) : ({ kind: 'pending' } as const);
  const { line } = badgeText(view);
  return (
    <li class="post" data-post-id={reading.id}>
      <div class="post-head">
        <a href={reading.url} target="_blank" rel="noreferrer">
          {reading.publishedAt ? `${formatAge(now - reading.publishedAt)} ago` : 'post'}
        </a>
        <span class="format">{reading.format ?? ''}</span>
        <span class={`score ${toneOf(view)}`}>
          {line}
          {score?.basis ? <small class="basis"> · {score.basis}</small> : null}
        </span>
      </div>
      <MetricList platform={reading.platform} metrics={reading.metrics} hidden={reading.hidden} />
      {reading.reactions?.length ? (
        <p class="reactions" title="The top reactions the page names, out of the total">
          {reading.reactions.map((r) => `${r.name} ${formatCount(r.count).text}`).join(' · ')}
        </p>
      ) : null}
      {score && score.state === 'scored' && score.chips ? <p class="chips">{score.chips}</p> : null}
      {score ? (
        <details class="detail">
          <summary>How is this worked out?</summary>
          <p>{score.detail}</p>
        </details>
      ) : null}
    </li>
  );
}
