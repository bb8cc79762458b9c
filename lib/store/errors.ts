// Storage failures in words a user can act on.
export function storageErrorText(e: unknown): string {
  const name = (e as { name?: string })?.name ?? '';
  if (name === 'QuotaExceededError') {
    return 'Storage is full: nothing from this batch was saved. Free disk space or export and delete old data.';
  }
  return `Saving failed (${name || 'error'}): ${(e as Error)?.message ?? String(e)}`;
}

/** When the snapshots are safe but the posts' records and curves could not be brought up to date. */
export function deriveErrorText(e: unknown): string {
  const name = (e as { name?: string })?.name ?? '';
  const why =
    name === 'QuotaExceededError'
      ? 'storage is full'
      : `${name || 'error'}: ${(e as Error)?.message ?? String(e)}`;
  return `Every reading is saved, but scores and history could not be brought up to date (${why}). Free disk space or export and delete old data; Resonance retries on its own.`;
}
