import { restoreEstimate } from '@/lib/protocol/restore';
import type { RestoreProgress } from './api';

const n = new Intl.NumberFormat('en');

/** "about 2 min left", "about 40 s left": rounded, since the pace of the next chunks is a guess. */
export function timeLeftText(ms: number): string {
  const s = ms / 1000;
  if (s < 5) return 'a few seconds left';
  if (s < 90) return `about ${Math.max(5, Math.round(s / 5) * 5)} s left`;
  return `about ${Math.round(s / 60)} min left`;
}

/** How far a restore (or its check) is: a bar, snapshots done of all, time left, and Cancel. */
export function RestoreStatus({
  name,
  kind,
  progress,
  cancelling,
  onCancel,
}: {
  name: string;
  kind: 'check' | 'restore';
  progress: RestoreProgress | null;
  cancelling: boolean;
  onCancel: () => void;
}) {
  const reading = !progress || progress.state === 'reading';
  const { fraction, leftMs } = progress ? restoreEstimate(progress) : { fraction: null, leftMs: null };
  const verb = kind === 'check' ? 'Checked' : 'Restored';
  const line = reading
    ? `${kind === 'check' ? 'Reading and checking' : 'Reading'} ${name}…`
    : `${verb} ${n.format(progress.done)} of ${n.format(progress.total)} snapshots` +
      (fraction === null ? '' : ` (${Math.floor(fraction * 100)}%)`) +
      (leftMs === null ? '' : ` · ${timeLeftText(leftMs)}`);
  return (
    <div class="progress restore-progress">
      {fraction === null ? (
        <progress aria-label={`${kind === 'check' ? 'Checking' : 'Restoring'} ${name}`} />
      ) : (
        <progress
          aria-label={`${kind === 'check' ? 'Checking' : 'Restoring'} ${name}`}
          value={progress!.done}
          max={progress!.total}
        />
      )}
      <span role="status">{cancelling ? `${line}. Stopping after the chunk under way…` : line}</span>
      <button type="button" disabled={cancelling} onClick={onCancel}>
        {kind === 'check' ? 'Cancel check' : 'Cancel restore'}
      </button>
    </div>
  );
}
