import { useSignal } from '@preact/signals';
import { metricName } from '@/components/shared/format';
import { POST_FORMATS } from '@/lib/core/formats';
import { METRICS } from '@/lib/core/metrics';
import { DAY } from '@/lib/core/time';
import type { FormatSummary, HistoryQuery, HistorySort } from '@/lib/protocol/history';

type Preset = 'all' | '7' | '30' | '90' | 'custom';
const PRESETS: { id: Preset; label: string }[] = [
  { id: 'all', label: 'All time' },
  { id: '7', label: 'Last 7 days' },
  { id: '30', label: 'Last 30 days' },
  { id: '90', label: 'Last 90 days' },
  { id: 'custom', label: 'Dates…' },
];

/** `<input type="date">` value → epoch ms at the start or end of that day where the user is. */
export function localDay(value: string, edge: 'start' | 'end'): number | undefined {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  return edge === 'start' ? new Date(y, mo, d).getTime() : new Date(y, mo, d + 1).getTime() - 1;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The order's words for a sort: newest, best or most first. */
export function orderWords(sort: HistorySort, descending: boolean): string {
  if (sort === 'published') return descending ? 'Newest first' : 'Oldest first';
  if (sort === 'score') return descending ? 'Best first' : 'Worst first';
  return descending ? 'Most first' : 'Fewest first';
}

type Change = (next: Partial<HistoryQuery>) => void;

/** All time, the last 7, 30 or 90 days, or two dates (days where the user is). */
function PublishedRange({ now, onChange }: { now: number; onChange: Change }) {
  const preset = useSignal<Preset>('all');
  const from = useSignal('');
  const to = useSignal('');
  const choosePreset = (p: Preset) => {
    preset.value = p;
    if (p === 'custom') onChange({ from: localDay(from.value, 'start'), to: localDay(to.value, 'end') });
    else onChange({ from: p === 'all' ? undefined : now - Number(p) * DAY, to: undefined });
  };
  const setDay = (which: 'from' | 'to', value: string) => {
    (which === 'from' ? from : to).value = value;
    onChange({ from: localDay(from.value, 'start'), to: localDay(to.value, 'end') });
  };
  return (
    <fieldset class="range">
      <legend>Published</legend>
      {PRESETS.map((p) => (
        <button
          key={p.id}
          type="button"
          class="link"
          aria-pressed={preset.value === p.id}
          onClick={() => choosePreset(p.id)}
        >
          {p.label}
        </button>
      ))}
      {preset.value === 'custom' ? (
        <span class="dates">
          <label>
            From{' '}
            <input type="date" value={from.value} onInput={(e) => setDay('from', e.currentTarget.value)} />
          </label>
          <label>
            To <input type="date" value={to.value} onInput={(e) => setDay('to', e.currentTarget.value)} />
          </label>
        </span>
      ) : null}
    </fieldset>
  );
}

/** The sort (date, score or a metric in the site's own words) and its order. */
function SortChoice({
  query,
  platform,
  onChange,
}: {
  query: HistoryQuery;
  platform: string;
  onChange: Change;
}) {
  return (
    <>
      <label>
        Sort by{' '}
        <select
          value={query.sort}
          onChange={(e) => onChange({ sort: e.currentTarget.value as HistorySort, descending: true })}
        >
          <option value="published">Date published</option>
          <option value="score">Score (× usual)</option>
          {METRICS.map((m) => (
            <option key={m} value={m}>
              {capital(metricName(platform, m))}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => onChange({ descending: !query.descending })}>
        {orderWords(query.sort, query.descending)}
      </button>
    </>
  );
}

/** Sort, order, publication dates, format and search for an account's posts. */
export function HistoryControls({
  query,
  platform,
  formats,
  now,
  onChange,
}: {
  query: HistoryQuery;
  platform: string;
  formats: readonly FormatSummary[];
  now: number;
  onChange: Change;
}) {
  const shown = formats.length ? formats.map((f) => f.format) : [...POST_FORMATS];
  return (
    <div class="history-controls">
      <SortChoice query={query} platform={platform} onChange={onChange} />
      <PublishedRange now={now} onChange={onChange} />
      <label>
        Format{' '}
        <select
          value={query.format ?? ''}
          onChange={(e) =>
            onChange({ format: (e.currentTarget.value || undefined) as HistoryQuery['format'] })
          }
        >
          <option value="">All formats</option>
          {shown.map((f) => (
            <option key={f} value={f}>
              {f === 'unknown' ? 'Format not seen' : capital(f)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Search{' '}
        <input
          type="search"
          value={query.search ?? ''}
          placeholder="Words in the text, link or id"
          onInput={(e) => onChange({ search: e.currentTarget.value || undefined })}
        />
      </label>
    </div>
  );
}
