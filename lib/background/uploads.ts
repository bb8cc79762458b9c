// Backup files the dashboard sends in parts (lib/protocol/upload.ts), kept until restored. Held in the
// worker's memory only: a worker that stopped meanwhile lost them, and the restore says to try again.
import { fail } from '@/lib/protocol/checks/basics';
import { UPLOAD_PART } from '@/lib/protocol/upload';

/** Uploads kept at once (two dashboards restoring); a newer one lets the oldest go. */
const KEPT = 2;
/** V8's longest string: a file past it could not be joined and parsed whole here (a 295 MB backup holds
 *  1,000,000 snapshots). */
const MAX_CHARS = 2 ** 29 - 24;

export class BackupUploads {
  readonly #parts = new Map<string, string[]>();
  readonly #chars = new Map<string, number>();

  /** Keeps part `index` of `upload`; parts come in order, from 0. Answers how many it holds. */
  add(p: { upload?: unknown; index?: unknown; text?: unknown }): { received: number } {
    const { upload, index, text } = p;
    if (typeof upload !== 'string' || upload.length === 0 || upload.length > 64) fail('upload must be an id');
    if (typeof text !== 'string' || text.length > UPLOAD_PART)
      fail('a part must be text of at most one part’s size');
    let parts = this.#parts.get(upload);
    if (index === 0 && !parts) {
      parts = [];
      this.#parts.set(upload, parts);
      for (const old of this.#parts.keys()) if (this.#parts.size > KEPT) this.#drop(old);
    }
    if (!parts) fail(this.#lost);
    if (index !== parts.length) fail(`part ${String(index)} came where part ${parts.length} was due`);
    const chars = (this.#chars.get(upload) ?? 0) + text.length;
    if (chars > MAX_CHARS) {
      this.#drop(upload);
      fail('the file is larger than a restore can read at once (512 Mi characters)');
    }
    parts.push(text);
    this.#chars.set(upload, chars);
    return { received: parts.length };
  }

  /** The whole text of `upload`, which had `count` parts; it is let go. */
  take(upload: unknown, count: unknown): string {
    const parts = typeof upload === 'string' ? this.#parts.get(upload) : undefined;
    if (!parts) fail(this.#lost);
    this.#drop(upload as string);
    if (parts.length !== count)
      fail(`the file came in ${parts.length} parts of ${String(count)}: choose it again`);
    return parts.join('');
  }

  readonly #lost =
    'the file handed over was lost (the extension’s background restarted meanwhile): choose it again';

  #drop(upload: string): void {
    this.#parts.delete(upload);
    this.#chars.delete(upload);
  }
}
