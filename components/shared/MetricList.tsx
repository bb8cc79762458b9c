import { METRICS, type Metric, type Metrics } from '@/lib/core/metrics';
import { formatCount, metricName } from './format';

/** A post's counts in the site's own words; abbreviated counts show their range on hover. */
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
        const c = formatCount(metrics[m]!);
        return (
          <li key={m} title={c.title}>
            <b>{c.text}</b> {metricName(platform, m)}
          </li>
        );
      })}
      {hidden.map((m) => (
        <li key={m} class="hidden-count" title="The account hides this count">
          {metricName(platform, m)} hidden
        </li>
      ))}
    </ul>
  );
}
