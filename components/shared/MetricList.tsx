import { METRICS, type Metric, type Metrics } from '@/lib/core/metrics';
import { countWord, formatCount, metricName, spokenCount } from './format';

/**
 * A post's counts in the site's own words, singular or plural as the count says ("1 reply"). Each item's
 * title is the count in words ("about 2,300 views: … between 2,250 and 2,349"): the tooltip, and what a
 * screen reader names the item by, never a bare number.
 */
export function MetricList({
  platform,
  metrics,
  hidden = [],
}: {
  platform: string;
  metrics: Metrics;
  /** Counts the account hides: said so, never shown as 0. */
  hidden?: readonly Metric[];
}) {
  return (
    <ul class="metrics">
      {METRICS.filter((m) => metrics[m]).map((m) => {
        const count = metrics[m]!;
        const c = formatCount(count);
        const exact = count.min === count.max;
        // "~" is drawn, not read: the title says "about".
        const shown = c.text.startsWith('~') ? (
          <>
            <span aria-hidden="true">~</span>
            {c.text.slice(1)}
          </>
        ) : (
          c.text
        );
        return (
          <li key={m} title={spokenCount(platform, m, count)}>
            <b>{shown}</b> {exact ? countWord(platform, m, count.value) : metricName(platform, m)}
          </li>
        );
      })}
      {hidden.map((m) => (
        <li key={m} class="hidden-count" title={`The account hides its ${metricName(platform, m)}`}>
          {metricName(platform, m)} hidden
        </li>
      ))}
    </ul>
  );
}
