import { times } from '@/components/shared/curve-geometry';
import type { FormatSummary, HistoryQuery } from '@/lib/protocol/history';

const n = new Intl.NumberFormat('en');
const postsText = (k: number) => `${n.format(k)} ${k === 1 ? 'post' : 'posts'}`;

export const formatWords = (f: FormatSummary['format']) => (f === 'unknown' ? 'format not seen' : f);

/** One line per format: its median score and how many posts, each a button that shows only that format. */
export function FormatList({
  formats,
  chosen,
  onChoose,
}: {
  formats: readonly FormatSummary[];
  chosen: HistoryQuery['format'];
  onChoose: (f: HistoryQuery['format']) => void;
}) {
  if (!formats.length) return null;
  const scored = formats.filter((f) => f.median !== null);
  const best = scored.length > 1 ? Math.max(...scored.map((f) => f.median!)) : null;
  const worst = scored.length > 1 ? Math.min(...scored.map((f) => f.median!)) : null;
  return (
    <section class="formats" aria-label="By format">
      <p class="muted">By format: median score of the posts shown, and how many there are.</p>
      <ul>
        {formats.map((f) => {
          const tone =
            f.median === null ? '' : f.median === best ? ' best' : f.median === worst ? ' worst' : '';
          const active = chosen === f.format;
          return (
            <li key={f.format} class={`format${tone}`} data-format={f.format}>
              <button
                type="button"
                aria-pressed={active}
                onClick={() => onChoose(active ? undefined : f.format)}
              >
                <b>{formatWords(f.format)}</b>{' '}
                {f.median === null ? 'not scored yet' : `${times(f.median)} usual`} · {postsText(f.posts)}
                {f.scored < f.posts && f.median !== null ? ` (${n.format(f.scored)} scored)` : ''}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
