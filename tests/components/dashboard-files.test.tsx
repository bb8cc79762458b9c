// @vitest-environment happy-dom
// The dashboard app's files: exporting (kind, scope, progress, cancel, failure, the download) and restoring
// a backup after its dry-run summary.
import { describe, expect, it, vi } from 'vitest';
import type { DashboardApi } from '@/components/dashboard/api';
import { utcDay } from '@/components/dashboard/ExportPanel';
import { root, until } from '@/tests/helpers/dom-root';
import {
  button,
  fakeApi,
  findButton,
  labelled,
  mount,
  SUMMARY,
  text,
  useDashboardPage,
} from './dashboard-harness';

useDashboardPage();

// happy-dom may lack object URLs; the tests spy on them.
URL.createObjectURL ??= () => 'blob:none';
URL.revokeObjectURL ??= () => {};

const type = (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};

describe('dashboard: export', () => {
  it('exports with the chosen kind and scope, shows progress, then downloads and says what was saved', async () => {
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:fake');
    const revokeObjectURL = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicks: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.getAttribute('href')!, download: this.download });
    });
    let finish!: () => void;
    let progress!: (done: number, total: number) => void;
    const blob = new Blob(['id\n']);
    const api = await mount(
      fakeApi({
        exportFile: vi.fn<DashboardApi['exportFile']>((_kind, _scope, onProgress) => {
          progress = onProgress;
          return new Promise((resolve) => {
            finish = () => resolve({ blob, filename: 'lumen-posts.csv', rows: 1_000_000 });
          });
        }),
      }),
    );
    (await labelled('Only @LumenRoasters')).click();
    type(await labelled('From'), '2026-11-01');
    type(await labelled('To'), '2026-11-15');
    (await button('Export posts (CSV)')).click();
    await until(() => api.exportFile.mock.calls.length === 1, 'export call');
    const [kind, scope, , signal] = api.exportFile.mock.calls[0]!;
    expect(kind).toBe('posts-csv');
    expect(scope).toEqual({
      account: { platform: 'x', id: 'lumenroasters' },
      from: Date.UTC(2026, 10, 1),
      to: Date.UTC(2026, 10, 15, 23, 59, 59, 999),
    });
    expect((signal as AbortSignal).aborted).toBe(false);

    progress(120_000, 1_000_000);
    await until(() => text().includes('120,000 of 1,000,000 rows'), 'progress text');
    const bar = root.querySelector('progress')!;
    expect(Number(bar.getAttribute('value'))).toBe(120_000);
    expect(Number(bar.getAttribute('max'))).toBe(1_000_000);
    expect(findButton('Export snapshots (CSV)')!.disabled).toBe(true);

    finish();
    await until(() => text().includes('Saved 1,000,000 rows to lumen-posts.csv'), 'saved message');
    expect(root.querySelector('progress')).toBeNull();
    expect(createObjectURL.mock.calls).toEqual([[blob]]);
    expect(clicks).toEqual([{ href: 'blob:fake', download: 'lumen-posts.csv' }]);
    await until(() => revokeObjectURL.mock.calls.length === 1, 'revoke');
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:fake');
  });

  it('Cancel aborts the signal and nothing is downloaded', async () => {
    const download = vi.spyOn(URL, 'createObjectURL');
    const api = await mount(
      fakeApi({
        exportFile: vi.fn<DashboardApi['exportFile']>(
          (_k, _s, _p, signal) =>
            new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
        ),
      }),
    );
    (await button('Download backup (JSON)')).click();
    await until(() => api.exportFile.mock.calls.length === 1, 'export call');
    expect(api.exportFile.mock.calls[0]![0]).toBe('backup-json');
    expect(api.exportFile.mock.calls[0]![1]).toEqual({});
    (await button('Cancel export')).click();
    await until(() => text().includes('Export cancelled'), 'cancelled message');
    expect((api.exportFile.mock.calls[0]![3] as AbortSignal).aborted).toBe(true);
    expect(download).not.toHaveBeenCalled();
  });

  it('says why an export failed', async () => {
    await mount(
      fakeApi({
        exportFile: vi.fn<DashboardApi['exportFile']>(async () =>
          Promise.reject(new Error('The disk is full.')),
        ),
      }),
    );
    (await button('Export snapshots (CSV)')).click();
    const alert = await until(() => root.querySelector('[role="alert"]'), 'alert');
    expect(alert.textContent).toBe('Export failed: The disk is full. No file was saved.');
  });

  it('converts dates to whole UTC days', () => {
    expect(utcDay('2026-02-03', 'start')).toBe(Date.UTC(2026, 1, 3));
    expect(utcDay('2026-02-03', 'end')).toBe(Date.UTC(2026, 1, 4) - 1);
    expect(utcDay('', 'start')).toBeUndefined();
  });
});

async function chooseFile(content: string, name = 'backup.json') {
  const input = (await until(
    () => root.querySelector('input[type="file"]'),
    'file input',
  )) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([content], name)], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('dashboard: restore', () => {
  it('shows the dry-run summary and restores only after the button', async () => {
    const api = await mount();
    await chooseFile('{"format":"resonance"}');
    await until(() =>
      text().includes('3 new posts, 40 new snapshots, 5 already here (duplicates), 1 new account'),
    );
    expect(api.restorePreview).toHaveBeenCalledWith('{"format":"resonance"}', expect.anything());
    expect(api.restore).not.toHaveBeenCalled();
    (await button('Restore backup')).click();
    await until(() => text().includes('Restored backup.json'), 'restored message');
    expect(api.restore).toHaveBeenCalledWith('{"format":"resonance"}', SUMMARY, expect.anything());
    await until(() => api.accounts.mock.calls.length === 2, 'refresh after restore');
  });

  it('a refused file shows the reason, says nothing changed, and never restores', async () => {
    const api = await mount(
      fakeApi({
        restorePreview: vi.fn<DashboardApi['restorePreview']>(() =>
          Promise.reject(new Error('not a Resonance backup')),
        ),
      }),
    );
    await chooseFile('{}', 'notes.json');
    const alert = await until(() => root.querySelector('[role="alert"]'), 'alert');
    expect(alert.textContent).toContain('not a Resonance backup');
    expect(alert.textContent).toContain('Nothing was changed');
    expect(findButton('Restore backup')).toBeUndefined();
    expect(api.restore).not.toHaveBeenCalled();
  });
});
