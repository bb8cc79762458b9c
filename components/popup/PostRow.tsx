import { useSignal } from '@preact/signals';
import { Component } from 'preact';
import { useContext } from 'preact/hooks';
import { CurveChart } from '@/components/shared/CurveChart';
import { formatAge, formatCount } from '@/components/shared/format';
import { MetricList } from '@/components/shared/MetricList';
import { TagEditor } from '@/components/shared/TagEditor';
import { badgeText, toneOf } from '@/lib/page/badge-state';
import type { PostBand } from '@/lib/protocol/history';
import type { PagePost } from '@/lib/protocol/messages';
import type { SiteId } from '@/lib/sites/catalog';
import { PostTagsContext } from './api';

/** Reads a post's curve against the usual (the background's getPostCurve). */
export type CurveOf = (platform: SiteId, id: string) => Promise<PostBand | null>;

/** The curve, read when the details are first opened; nothing is shown when there is none to draw. */
function PostCurve({ curve, platform }: { curve: PostBand | null | 'loading' | 'failed'; platform: SiteId }) {
  if (curve === 'loading') return <p class="muted">Drawing its curve against the usual…</p>;
  if (curve === 'failed') return <p class="muted">Its curve couldn’t be read.</p>;
  if (!curve?.post.length) return null;
  return <CurveChart curve={curve} platform={platform} width={330} height={130} />;
}

/** What the post tries, for the insights' experiments: its tags, read when first opened. */
function PostTags({ platform, id }: { platform: SiteId; id: string }) {
  const api = useContext(PostTagsContext);
  const opened = useSignal(false);
  if (!api) return null;
  return (
    <details
      class="detail tags-detail"
      onToggle={(e) => {
        if ((e.currentTarget as HTMLDetailsElement).open) opened.value = true;
      }}
    >
      <summary>Tag what it tries</summary>
      {opened.value ? <TagEditor api={api} platform={platform} id={id} /> : null}
    </details>
  );
}

type RowProps = { post: PagePost; now: number; curveOf?: CurveOf };

/** What a row shows that its post alone does not say: the post's age, in the row's words. */
const ageOf = ({ post, now }: RowProps) =>
  post.reading.publishedAt ? formatAge(now - post.reading.publishedAt) : '';

/**
 * A post's row, drawn again only when what it shows changed. The popup follows its tab, and each answer is
 * new objects: one count changing on a page of hundreds of posts diffed every row. Compared as JSON, a few
 * microseconds a row.
 */
export class SteadyPostRow extends Component<RowProps> {
  #shown = '';
  override shouldComponentUpdate(next: RowProps): boolean {
    return (
      next.curveOf !== this.props.curveOf ||
      ageOf(next) !== ageOf(this.props) ||
      JSON.stringify(next.post) !== this.#shown
    );
  }
  override render(props: RowProps) {
    this.#shown = JSON.stringify(props.post);
    return <PostRow {...props} />;
  }
}

export function PostRow({ post, now, curveOf }: RowProps) {
  const { reading, score } = post;
  const curve = useSignal<PostBand | null | 'loading' | 'failed' | undefined>(undefined);
  const opened = (e: Event) => {
    if (!(e.currentTarget as HTMLDetailsElement).open || !curveOf || curve.value !== undefined) return;
    curve.value = 'loading';
    curveOf(reading.platform, reading.id).then(
      (c) => {
        curve.value = c;
      },
      () => {
        curve.value = 'failed';
      },
    );
  };
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
      {reading.text ? (
        // Two lines of the post's own words tell which post this is; the whole text is its title.
        <p class="post-text" title={reading.text}>
          {reading.text}
        </p>
      ) : null}
      <MetricList platform={reading.platform} metrics={reading.metrics} hidden={reading.hidden} />
      {reading.reactions?.length ? (
        <p class="reactions" title="The top reactions the page names, out of the total">
          {reading.reactions.map((r) => `${r.name} ${formatCount(r.count).text}`).join(' · ')}
        </p>
      ) : null}
      {score && score.state === 'scored' && score.chips ? <p class="chips">{score.chips}</p> : null}
      {score ? (
        <details class="detail" onToggle={opened}>
          <summary>How is this worked out?</summary>
          <p>{score.detail}</p>
          {curve.value !== undefined ? <PostCurve curve={curve.value} platform={reading.platform} /> : null}
        </details>
      ) : null}
      <PostTags platform={reading.platform} id={reading.id} />
    </li>
  );
}
