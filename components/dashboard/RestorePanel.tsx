import { useSignal } from '@preact/signals';
import type { RestoreSummary } from '@/lib/protocol/messages';
import type { DashboardApi } from './api';

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

/** An error's message as a clause: the sentences around it bring their own full stop. */
const clause = (e: unknown) => ((e as Error)?.message ?? String(e)).replace(/[.\s]+$/, '');

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'preview'; name: string; text: string; summary: RestoreSummary }
  | { kind: 'restoring'; name: string }
  | { kind: 'done'; name: string; summary: RestoreSummary }
  | { kind: 'refused'; name: string; reason: string }
  | { kind: 'failed'; name: string; reason: string };

/** Restore a JSON backup: a dry run first says what it would add; nothing is written until "Restore backup". */
export function RestorePanel({
  api,
  onRestored,
}: {
  api: DashboardApi;
  onRestored: () => void | Promise<void>;
}) {
  const state = useSignal<State>({ kind: 'idle' });

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    input.value = ''; // so choosing the same file again (after fixing it) is seen
    const name = file.name;
    state.value = { kind: 'reading', name };
    try {
      const text = await file.text();
      state.value = { kind: 'preview', name, text, summary: await api.restorePreview(text) };
    } catch (e) {
      state.value = { kind: 'refused', name, reason: clause(e) };
    }
  };

  const restore = async (name: string, text: string, expected: RestoreSummary) => {
    state.value = { kind: 'restoring', name };
    try {
      const summary = await api.restore(text, expected);
      state.value = { kind: 'done', name, summary };
      await onRestored();
    } catch (e) {
      state.value = { kind: 'failed', name, reason: clause(e) };
    }
  };

  const s = state.value;
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
          disabled={s.kind === 'reading' || s.kind === 'restoring'}
          onChange={(e) => void choose(e.currentTarget)}
        />
      </label>
      {s.kind === 'reading' ? <p role="status">Checking {s.name}…</p> : null}
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
      {s.kind === 'restoring' ? <p role="status">Restoring {s.name}…</p> : null}
      {s.kind === 'done' ? (
        <p class="banner" role="status">
          Restored {s.name}: {summaryText(s.summary)}.
        </p>
      ) : null}
      {s.kind === 'refused' ? (
        <p class="banner problem" role="alert">
          {s.name} can’t be restored: {s.reason}. Nothing was changed.
        </p>
      ) : null}
      {s.kind === 'failed' ? (
        <p class="banner problem" role="alert">
          Restoring {s.name} failed: {s.reason}. Restoring the same file again is safe: what is already here
          is skipped.
        </p>
      ) : null}
    </section>
  );
}
