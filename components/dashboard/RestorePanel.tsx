import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { RestoreSummary } from '@/lib/protocol/messages';
import { RestoreCancelled } from '@/lib/protocol/restore';
import type { DashboardApi, RestoreOutcome, RestoreProgress } from './api';
import { RestoreStatus } from './RestoreStatus';

const n = new Intl.NumberFormat('en');
const plural = (k: number, one: string, many: string) => `${n.format(k)} ${k === 1 ? one : many}`;

/** "N new posts, M new snapshots, K already here (duplicates), A new accounts". */
export function summaryText(s: RestoreSummary): string {
  return [
    plural(s.newPosts, 'new post', 'new posts'),
    plural(s.newSnapshots, 'new snapshot', 'new snapshots'),
    `${n.format(s.duplicates)} already here (duplicates)`,
    plural(s.accounts, 'new account', 'new accounts'),
  ].join(', ');
}

/** What a restore did, in a sentence; a cancelled one says how far it got and that whole posts were kept. */
export function outcomeText(name: string, o: RestoreOutcome): string {
  if (!o.cancelled) return `Restored ${name}: ${summaryText(o.summary)}.`;
  return (
    `Restore of ${name} cancelled after ${n.format(o.done)} of ${n.format(o.total)} snapshots. ` +
    `Restored, each post whole: ${summaryText(o.summary)}. Restoring the same file again adds the rest ` +
    '(nothing is added twice).'
  );
}

/** An error's message as a clause: the sentences around it bring their own full stop. */
const clause = (e: unknown) => ((e as Error)?.message ?? String(e)).replace(/[.\s]+$/, '');

type State =
  | { kind: 'idle' }
  | { kind: 'checking'; name: string; progress: RestoreProgress | null; cancelling: boolean }
  | { kind: 'preview'; name: string; text: string; summary: RestoreSummary }
  | { kind: 'restoring'; name: string; progress: RestoreProgress | null; cancelling: boolean }
  | { kind: 'done'; name: string; outcome: RestoreOutcome }
  | { kind: 'stopped'; name: string }
  | { kind: 'refused'; name: string; reason: string }
  | { kind: 'failed'; name: string; reason: string };

/** A backup's check, then its restore, each with its progress and a cancel; leaving the page stops a check. */
function useRestoreFlow(api: DashboardApi, onRestored: () => void | Promise<void>) {
  const state = useSignal<State>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  // A restore goes on in the worker.
  useEffect(() => () => controller.current?.abort(), []);
  /** Updates the progress of the step under way, if it is still the one shown. */
  const follow = (p: RestoreProgress) => {
    const s = state.value;
    if (s.kind === 'checking' || s.kind === 'restoring') state.value = { ...s, progress: p };
  };
  const cancel = () => {
    const s = state.value;
    if (s.kind !== 'checking' && s.kind !== 'restoring') return;
    state.value = { ...s, cancelling: true };
    controller.current?.abort();
  };
  const watch = () => {
    controller.current = new AbortController();
    return { onProgress: follow, signal: controller.current.signal };
  };
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    input.value = ''; // so choosing the same file again (after fixing it) is seen
    const name = file.name;
    state.value = { kind: 'checking', name, progress: null, cancelling: false };
    try {
      const text = await file.text();
      state.value = { kind: 'preview', name, text, summary: await api.restorePreview(text, watch()) };
    } catch (e) {
      state.value =
        e instanceof RestoreCancelled
          ? { kind: 'stopped', name }
          : { kind: 'refused', name, reason: clause(e) };
    }
  };
  const restore = async (name: string, text: string, expected: RestoreSummary) => {
    state.value = { kind: 'restoring', name, progress: null, cancelling: false };
    try {
      const outcome = await api.restore(text, expected, watch());
      state.value = { kind: 'done', name, outcome };
      await onRestored();
    } catch (e) {
      state.value = { kind: 'failed', name, reason: clause(e) };
    }
  };
  return { state, choose, restore, cancel };
}

/** How the restore ended: brought into view and focus, wherever the page was scrolled meanwhile. */
function RestoreEnd({ s }: { s: Extract<State, { kind: 'done' | 'stopped' | 'failed' }> }) {
  const result = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    result.current?.scrollIntoView?.({ block: 'center' });
    result.current?.focus();
  }, [s.kind]);
  if (s.kind === 'failed')
    return (
      <p class="banner problem restore-result" role="alert" tabIndex={-1} ref={result}>
        Restoring {s.name} failed: {s.reason}. Restoring the same file again is safe: what is already here is
        skipped.
      </p>
    );
  return (
    <p class="banner restore-result" role="status" tabIndex={-1} ref={result}>
      {s.kind === 'done'
        ? outcomeText(s.name, s.outcome)
        : `Check of ${s.name} cancelled. Nothing was changed.`}
    </p>
  );
}

/** Restore a JSON backup: a check first says what it would add; nothing is written until "Restore backup". */
export function RestorePanel({
  api,
  onRestored,
}: {
  api: DashboardApi;
  onRestored: () => void | Promise<void>;
}) {
  const { state, choose, restore, cancel } = useRestoreFlow(api, onRestored);
  const s = state.value;
  const busy = s.kind === 'checking' || s.kind === 'restoring';
  return (
    <section class="card" aria-labelledby="restore-h">
      <h2 id="restore-h">Restore a backup</h2>
      <p class="muted">
        Adds the posts and snapshots of a Resonance backup (JSON) to this browser. Nothing here is replaced or
        deleted; what is already here is skipped.
      </p>
      <label>
        Backup file{' '}
        <input
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => void choose(e.currentTarget)}
        />
      </label>
      {s.kind === 'checking' || s.kind === 'restoring' ? (
        <RestoreStatus
          name={s.name}
          kind={s.kind === 'checking' ? 'check' : 'restore'}
          progress={s.progress}
          cancelling={s.cancelling}
          onCancel={cancel}
        />
      ) : null}
      {s.kind === 'preview' ? (
        <div class="preview" role="status">
          <p>
            <b>{s.name}</b> would add: {summaryText(s.summary)}.
          </p>
          <button type="button" class="primary" onClick={() => void restore(s.name, s.text, s.summary)}>
            Restore backup
          </button>
        </div>
      ) : null}
      {s.kind === 'done' || s.kind === 'stopped' || s.kind === 'failed' ? <RestoreEnd s={s} /> : null}
      {s.kind === 'refused' ? (
        <p class="banner problem" role="alert">
          {s.name} can’t be restored: {s.reason}. Nothing was changed.
        </p>
      ) : null}
    </section>
  );
}
