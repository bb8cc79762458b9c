import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { ExportScope } from './api';
import type { InsightScope, InsightsApi, InsightsReport } from './insight-types';

/** Every table of lib/insights/csv.ts, as its button says it. */
export const INSIGHT_TABLES: { name: string; label: string }[] = [
  { name: 'formats', label: 'Formats' },
  { name: 'topics', label: 'Topics' },
  { name: 'timing', label: 'Timing' },
  { name: 'timing-grid', label: 'Weekday × hour grid' },
  { name: 'quantity', label: 'Quantity' },
  { name: 'weeks', label: 'Weeks' },
  { name: 'trend', label: 'Trend' },
  { name: 'months', label: 'Months' },
  { name: 'experiments', label: 'Experiments' },
  { name: 'families', label: 'Messages across sites' },
  { name: 'family-copies', label: 'Copies of each message' },
];

const part = (s: string) => s.replace(/[^\w.-]+/g, '_').slice(0, 60) || 'x';
const day = (t: number) => new Date(t).toISOString().slice(0, 10);

/** `resonance-insights-formats-all-2026-11-29.csv`: the table, whose posts, and when (or which dates). */
export function insightFilename(name: string, scope: ExportScope, now: number): string {
  const who = scope.account ? `${part(scope.account.platform)}-${part(scope.account.id)}` : 'all';
  // As the history's exports name their dates (lib/export/columns.ts exportFilename).
  const when =
    scope.from !== undefined
      ? `${day(scope.from)}_${day(scope.to ?? now)}`
      : scope.to !== undefined
        ? `until-${day(scope.to)}`
        : day(now);
  return `resonance-insights-${part(name)}-${who}-${when}.csv`;
}

/**
 * The report of the last scope asked for: the next table of the same scope, asked for within a minute, is
 * written from it at once; later, tags or restores may have changed what the tables hold.
 */
function useRecentReport(api: InsightsApi) {
  const last = useRef<{ key: string; at: number; report: Promise<InsightsReport> } | null>(null);
  return {
    get(ask: InsightScope, at: number): Promise<InsightsReport> {
      const key = JSON.stringify(ask);
      if (last.current?.key !== key || at - last.current.at > 60_000)
        last.current = { key, at, report: api.report(ask) };
      return last.current.report;
    },
    forget() {
      last.current = null;
    },
  };
}

/** Downloads the table named `name` as its CSV file; says what file and how many rows. */
function saveTable(
  tables: ReturnType<InsightsApi['tables']>,
  name: string,
  label: string,
  scope: ExportScope,
  at: number,
  download: (blob: Blob, filename: string) => void,
): { filename: string; rows: number } {
  const table = tables.find((t) => t.name === name);
  if (!table) throw new Error(`no ${label} table`);
  const filename = insightFilename(name, scope, at);
  download(new Blob([table.csv], { type: 'text/csv;charset=utf-8' }), filename);
  return { filename, rows: Math.max(0, table.csv.split('\r\n').filter(Boolean).length - 1) };
}

function TableButtons({ busy, save }: { busy: boolean; save(name: string, label: string): Promise<void> }) {
  return (
    <ul class="export-kinds inline">
      {INSIGHT_TABLES.map((t) => (
        <li key={t.name}>
          <button type="button" disabled={busy} onClick={() => void save(t.name, t.label)}>
            {t.label} (CSV)
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * The insight tables as CSV, beside the history's exports: for the accounts the export section names
 * (every tracked one, or the chosen one) and the posts published between its dates.
 */
export function InsightExports({
  api,
  scope,
  download,
  now = () => Date.now(),
}: {
  api: InsightsApi;
  /** The export section's choice; a string says why it can't be used. */
  scope: () => ExportScope | string;
  download: (blob: Blob, filename: string) => void;
  now?: () => number;
}) {
  const busy = useSignal<string | null>(null);
  const result = useSignal<{ ok: boolean; text: string } | null>(null);
  const reports = useRecentReport(api);

  const save = async (name: string, label: string) => {
    const s = scope();
    if (typeof s === 'string') {
      result.value = { ok: false, text: s };
      return;
    }
    const at = now();
    const report = reports.get({ accounts: s.account ? [s.account] : 'tracked', from: s.from, to: s.to }, at);
    busy.value = label;
    result.value = null;
    try {
      const { filename, rows } = saveTable(api.tables(await report), name, label, s, at, download);
      result.value = { ok: true, text: `Saved ${rows} ${rows === 1 ? 'row' : 'rows'} to ${filename}` };
    } catch (e) {
      reports.forget();
      result.value = { ok: false, text: `Export failed: ${(e as Error).message}. No file was saved.` };
    } finally {
      busy.value = null;
    }
  };

  return (
    <div class="insight-exports">
      <h3>Insight tables (CSV)</h3>
      <p class="muted">
        The numbers behind the Insights: each finding with its sentence, ratio, interval and verdict, and the
        weekday × hour grid, weeks, months and copies of each message.
      </p>
      <TableButtons busy={!!busy.value} save={save} />
      {busy.value ? (
        <p class="muted" role="status">
          Working out the insights for {busy.value}…
        </p>
      ) : null}
      {result.value ? (
        <p class={result.value.ok ? 'banner' : 'banner problem'} role={result.value.ok ? 'status' : 'alert'}>
          {result.value.text}
        </p>
      ) : null}
    </div>
  );
}
