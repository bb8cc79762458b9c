import { type Signal, useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { showAccount } from '@/components/shared/format';
import type { ChosenAccount } from './AccountList';
import type { DashboardApi, ExportKind, ExportScope } from './api';
import { InsightExports } from './InsightExports';
import type { InsightsApi } from './insight-types';

const KINDS: { kind: ExportKind; button: string; what: string }[] = [
  { kind: 'snapshots-csv', button: 'Export snapshots (CSV)', what: 'one row per reading of a post' },
  { kind: 'posts-csv', button: 'Export posts (CSV)', what: 'one row per post, with its latest numbers' },
  { kind: 'backup-json', button: 'Download backup (JSON)', what: 'everything, to restore into Resonance' },
];

const rowsFmt = new Intl.NumberFormat('en');
export const rowsText = (n: number) => `${rowsFmt.format(n)} ${n === 1 ? 'row' : 'rows'}`;

/** `<input type="date">` value → epoch ms at the start (00:00:00.000) or end (23:59:59.999) of that UTC day. */
export function utcDay(value: string, edge: 'start' | 'end'): number | undefined {
  if (!/^\d{4}-\d\d-\d\d$/.test(value)) return undefined;
  const ms = Date.parse(`${value}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}Z`);
  return Number.isFinite(ms) ? ms : undefined;
}

/** Saves a blob as a file through a temporary `<a download>`; the object URL is freed once the click is handled. */
export function downloadBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const STOP_FOLLOWING = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Opened at `#export` (the popup's "Export…"): brings the section into view, and keeps it there while the
 * history above it loads and pushes it down, until the user scrolls, clicks or types (or after 10 s).
 */
function landOnHash(el: HTMLElement | null): () => void {
  if (!el || location.hash !== `#${el.id}`) return () => {};
  const bring = () => el.scrollIntoView({ block: 'start' });
  bring();
  if (typeof ResizeObserver === 'undefined') return () => {};
  const grows = new ResizeObserver(bring);
  grows.observe(document.body);
  const stop = () => {
    grows.disconnect();
    clearTimeout(timer);
    for (const t of STOP_FOLLOWING) removeEventListener(t, stop, true);
  };
  const timer = setTimeout(stop, 10_000);
  for (const t of STOP_FOLLOWING) addEventListener(t, stop, { capture: true, passive: true });
  return stop;
}

/** What the section's choices cover; a string says why they can't be used. */
function scopeOf(
  account: ChosenAccount | null,
  only: boolean,
  from: string,
  to: string,
): ExportScope | string {
  const scope: ExportScope = {};
  if (only && account) scope.account = { platform: account.platform, id: account.id };
  const f = utcDay(from, 'start');
  const t = utcDay(to, 'end');
  if (f !== undefined) scope.from = f;
  if (t !== undefined) scope.to = t;
  if (f !== undefined && t !== undefined && f > t)
    return 'The “From” date is after the “To” date. Nothing was exported.';
  return scope;
}

type Running = { label: string; done: number; total: number };
type Outcome = { ok: boolean; text: string };

/** One export at a time: its progress, how it ended, and a way to cancel it (leaving the page does). */
function useExportRun(api: DashboardApi, download: (blob: Blob, filename: string) => void) {
  const running = useSignal<Running | null>(null);
  const result = useSignal<Outcome | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);
  const start = async (kind: ExportKind, label: string, scope: ExportScope | string) => {
    if (typeof scope === 'string') {
      result.value = { ok: false, text: scope };
      return;
    }
    const ctl = new AbortController();
    controller.current = ctl;
    result.value = null;
    running.value = { label, done: 0, total: 0 };
    try {
      const progress = (done: number, total: number) => {
        if (!ctl.signal.aborted) running.value = { label, done, total };
      };
      const out = await api.exportFile(kind, scope, progress, ctl.signal);
      if (ctl.signal.aborted) throw new DOMException('Aborted', 'AbortError');
      download(out.blob, out.filename);
      result.value = { ok: true, text: `Saved ${rowsText(out.rows)} to ${out.filename}` };
    } catch (e) {
      result.value = ctl.signal.aborted
        ? { ok: true, text: 'Export cancelled. No file was saved.' }
        : {
            ok: false,
            text: `Export failed: ${String((e as Error)?.message ?? e).replace(/[.\s]+$/, '')}. No file was saved.`,
          };
    } finally {
      running.value = null;
      controller.current = null;
    }
  };
  return { running, result, start, cancel: () => controller.current?.abort() };
}

/** All accounts or the chosen one, and the dates between which rows are taken. */
function ScopeFields(props: {
  account: ChosenAccount | null;
  onlyChosen: Signal<boolean>;
  from: Signal<string>;
  to: Signal<string>;
  disabled: boolean;
}) {
  const { account, onlyChosen, from, to } = props;
  return (
    <fieldset disabled={props.disabled}>
      <legend>What to include</legend>
      <label>
        <input
          type="radio"
          name="export-scope"
          checked={!onlyChosen.value || !account}
          onChange={() => (onlyChosen.value = false)}
        />{' '}
        All accounts
      </label>
      <label>
        <input
          type="radio"
          name="export-scope"
          disabled={!account}
          checked={onlyChosen.value && !!account}
          onChange={() => (onlyChosen.value = true)}
        />{' '}
        {account
          ? `Only ${showAccount(account.platform, account.handle)}`
          : 'Only the chosen account (choose one above)'}
      </label>
      <div class="dates">
        <label>
          From <input type="date" value={from.value} onInput={(e) => (from.value = e.currentTarget.value)} />
        </label>
        <label>
          To <input type="date" value={to.value} onInput={(e) => (to.value = e.currentTarget.value)} />
        </label>
      </div>
      <p class="hint">
        Dates are whole days in UTC, both included: snapshots by when they were saved, posts by when they were
        published. Leave empty for everything.
      </p>
    </fieldset>
  );
}

function ExportProgress({ run, onCancel }: { run: Running; onCancel: () => void }) {
  return (
    <div class="progress" role="status">
      <label>
        {run.label.replace(/^(Export|Download)/, '$1ing')}…{' '}
        <progress max={run.total || undefined} value={run.total ? run.done : undefined} />
      </label>{' '}
      <span>{run.total ? `${rowsFmt.format(run.done)} of ${rowsText(run.total)}` : 'Counting rows…'}</span>{' '}
      <button type="button" onClick={onCancel}>
        Cancel export
      </button>
    </div>
  );
}

/** CSV for spreadsheets, JSON backup for another browser; all accounts or one, optionally between two dates. */
export function ExportPanel({
  api,
  account,
  insights,
  download = downloadBlob,
}: {
  api: DashboardApi;
  account: ChosenAccount | null;
  /** Offers the insight tables as CSV too. */
  insights?: InsightsApi;
  download?: (blob: Blob, filename: string) => void;
}) {
  const onlyChosen = useSignal(false);
  const from = useSignal('');
  const to = useSignal('');
  const { running, result, start, cancel } = useExportRun(api, download);
  const section = useRef<HTMLElement>(null);
  useEffect(() => landOnHash(section.current), []);
  const chosenScope = () => scopeOf(account, onlyChosen.value, from.value, to.value);
  const run = running.value;
  return (
    <section class="card" id="export" ref={section} aria-labelledby="export-h">
      <h2 id="export-h">Export</h2>
      <p class="muted">
        CSV files are for spreadsheets. The backup (JSON) is for restoring into Resonance in another browser
        or profile; it is not meant to be opened in a spreadsheet.
      </p>
      <ScopeFields account={account} onlyChosen={onlyChosen} from={from} to={to} disabled={!!run} />
      <ul class="export-kinds">
        {KINDS.map((k) => (
          <li key={k.kind}>
            <button
              type="button"
              disabled={!!run}
              onClick={() => void start(k.kind, k.button, chosenScope())}
            >
              {k.button}
            </button>{' '}
            <span class="muted">{k.what}</span>
          </li>
        ))}
      </ul>
      {run ? <ExportProgress run={run} onCancel={cancel} /> : null}
      {result.value ? (
        <p class={result.value.ok ? 'banner' : 'banner problem'} role={result.value.ok ? 'status' : 'alert'}>
          {result.value.text}
        </p>
      ) : null}
      {insights ? <InsightExports api={insights} scope={chosenScope} download={download} /> : null}
    </section>
  );
}
