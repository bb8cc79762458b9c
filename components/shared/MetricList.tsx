import { METRICS, type Metrics } from '@/lib/core/metrics';
import { formatCount, metricName } from './format';

/** A post's counts in the site's own words; abbreviated counts show their range on hover. */
export function MetricList({ platform, metrics }: { platform: string; metrics: Metrics }) {
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
    </ul>
  );
}
