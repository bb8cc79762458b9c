import { metricName } from '@/components/shared/format';
import type { PostTagsApi } from '@/components/shared/TagEditor';
import type { HistoryPost, HistorySort } from '@/lib/protocol/history';
import { orderWords } from './HistoryControls';
import { HistoryRow } from './HistoryRow';

/** The sort in words, for the table's caption. */
function sortWords(platform: string, sort: HistorySort, descending: boolean): string {
  const by = sort === 'published' ? 'date' : sort === 'score' ? 'score' : metricName(platform, sort);
  return `by ${by}, ${orderWords(sort, descending).toLowerCase()}`;
}

/** One page of an account's posts, each with its latest numbers, score and curve against the usual. */
export function HistoryTable({
  rows,
  platform,
  sort,
  descending,
  now,
  tags,
}: {
  rows: readonly HistoryPost[];
  platform: string;
  sort: HistorySort;
  descending: boolean;
  now: number;
  tags?: PostTagsApi;
}) {
  const ariaSort = (col: HistorySort) =>
    sort === col ? (descending ? 'descending' : 'ascending') : undefined;
  return (
    <div class="table-scroll">
      <table class="history">
        <caption class="visually-hidden">
          Posts {sortWords(platform, sort, descending)}. Scores compare each post with this account’s usual at
          the same age.
        </caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={ariaSort('published')}>
              Published
            </th>
            <th scope="col">Format</th>
            <th scope="col">Latest numbers</th>
            <th scope="col" aria-sort={ariaSort('score')}>
              Score
            </th>
            <th scope="col" class="num">
              Snapshots
            </th>
            <th scope="col">Against the usual, by age</th>
            <th scope="col">
              <span class="visually-hidden">Details</span>
            </th>
          </tr>
        </thead>
        {rows.map((p) => (
          <HistoryRow key={`${p.platform}:${p.id}`} post={p} now={now} tags={tags} />
        ))}
      </table>
    </div>
  );
}
