import type { StorageReport } from './api';

const mb = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
export const toMB = (bytes: number) => `${mb.format(bytes / 1024 / 1024)} MB`;

/** Saving failed: said first and loudly, with what to do. Otherwise a quiet line on space and persistence. */
export function StorageBanner({ report }: { report: StorageReport | null }) {
  if (!report) return null;
  const space =
    report.usage !== null && report.quota !== null
      ? `Using ${toMB(report.usage)} of ${toMB(report.quota)} available to Resonance.`
      : report.usage !== null
        ? `Using ${toMB(report.usage)}.`
        : 'The browser doesn’t say how much space is used.';
  const persisted =
    report.persisted === true
      ? 'Storage is persistent: the browser won’t clear it to free space.'
      : report.persisted === false
        ? 'Storage is not persistent: the browser may clear it when the disk is nearly full. Download a backup now and then.'
        : '';
  return (
    <>
      {report.ok ? null : (
        <div class="banner problem storage-error" role="alert">
          <h2>New posts are not being saved</h2>
          <p>
            {report.error ?? 'The browser refused to save Resonance’s data.'}
            {report.at ? ` (${new Date(report.at).toLocaleString('en')})` : ''}
          </p>
          <p>
            What to do: download a backup (Export, below) so nothing is lost, free some disk space, or delete
            old data (Danger zone, below). Keep your brand’s tabs open: they hold the readings not yet saved
            and send them again on their own once there is room.
          </p>
        </div>
      )}
      <p class="storage-line muted">
        {space} {persisted}
      </p>
    </>
  );
}
