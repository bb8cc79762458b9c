// Storage failures in words a user can act on.
export function storageErrorText(e: unknown): string {
  const name = (e as { name?: string })?.name ?? '';
  if (name === 'QuotaExceededError') {
    return 'Storage is full: nothing from this batch was saved. Free disk space or export and delete old data.';
  }
  return `Saving failed (${name || 'error'}): ${(e as Error)?.message ?? String(e)}`;
}
