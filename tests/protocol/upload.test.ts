// A backup too large for one extension message goes to the worker in parts (lib/protocol/upload.ts), kept
// there (lib/background/uploads.ts) until importBackup names the upload: restored the same as the text
// sent whole, and any part missing, out of order, or lost with a restarted worker is a clear refusal.
import { describe, expect, it } from 'vitest';
import { createBackground } from '@/lib/background/dispatch';
import { BackupUploads } from '@/lib/background/uploads';
import { backupSource, UPLOAD_PART } from '@/lib/protocol/upload';
import { brandBackup } from '@/tests/helpers/backup';
import { freshDb, postCount } from '@/tests/helpers/db';

const NOW = Date.UTC(2026, 10, 20, 12);
const H = 3600e3;

/** Words with quotes, a backslash and characters beyond ASCII: a part is cut anywhere in them. */
const backupText = (posts: number, per: number) =>
  JSON.stringify(
    brandBackup({
      posts,
      per,
      start: NOW - 400 * H,
      exportedAt: NOW - H,
      text: (p) => `Post ${p}: “quoted” \\ and ünïcödé 🎉`,
    }),
  );

/** The parts a text is sent in, as the worker receives them. */
async function partsOf(text: string, size: number) {
  const sent: { upload: string; index: number; text: string }[] = [];
  const source = await backupSource(
    text,
    async (p) => void sent.push(p),
    () => 'u1',
    size,
  );
  return { source, sent };
}

describe('a file sent in parts', () => {
  it('goes whole when it fits one part, else in order, each no larger than a part, nothing lost', async () => {
    expect(await partsOf('abc', 3)).toEqual({ source: { text: 'abc' }, sent: [] });
    const text = backupText(3, 2);
    const { source, sent } = await partsOf(text, 100);
    expect(source).toEqual({ upload: 'u1', parts: Math.ceil(text.length / 100) });
    expect(sent.map((p) => p.index)).toEqual(sent.map((_, i) => i));
    expect(sent.every((p) => p.upload === 'u1' && p.text.length <= 100)).toBe(true);
    expect(sent.map((p) => p.text).join('')).toBe(text);
  });

  it('a part is a third of what Chromium lets one message carry, even escaped at 6 bytes a character', () => {
    expect(UPLOAD_PART * 6).toBeLessThanOrEqual((64 * 1024 * 1024) / 2);
  });

  it('is restored through the worker as the text sent whole is', async () => {
    const text = backupText(40, 30);
    const [whole, parted] = [await freshDb(), await freshDb()];
    const page = { fromExtensionPage: true };
    const ask = async (db: typeof whole, msg: Record<string, unknown>) => {
      const r = await createBackground({ db: async () => db, now: () => NOW }).handle(msg, page);
      if (!r.ok) throw new Error(r.error);
      return r.data;
    };
    const bg = createBackground({ db: async () => parted, now: () => NOW });
    const send = async (msg: Record<string, unknown>) => {
      const r = await bg.handle(msg, page);
      if (!r.ok) throw new Error(r.error);
      return r.data;
    };
    const expected = await ask(whole, { type: 'importBackup', text, dryRun: false });
    const source = await backupSource(text, (p) => send({ type: 'importBackupPart', ...p }), undefined, 1000);
    expect((source as { parts: number }).parts).toBeGreaterThan(10);
    expect(await send({ type: 'importBackup', ...source, dryRun: true })).toEqual(expected);
    // An upload is taken by the import that names it: the restore sends the file again.
    await expect(send({ type: 'importBackup', ...source, dryRun: false })).rejects.toThrow(/choose it again/);
    const again = await backupSource(text, (p) => send({ type: 'importBackupPart', ...p }), undefined, 1000);
    expect(await send({ type: 'importBackup', ...again, dryRun: false })).toEqual(expected);
    expect(await parted.count('snapshots')).toBe(await whole.count('snapshots'));
    expect(await postCount(parted)).toBe(40);
  });
});

describe('the worker’s uploads', () => {
  it('refuses a part out of order, a part too large, and an upload of a missing part, clearly', () => {
    const u = new BackupUploads();
    expect(u.add({ upload: 'a', index: 0, text: 'x' })).toEqual({ received: 1 });
    expect(() => u.add({ upload: 'a', index: 2, text: 'x' })).toThrow('part 2 came where part 1 was due');
    expect(() => u.add({ upload: 'a', index: 1, text: 'x'.repeat(UPLOAD_PART + 1) })).toThrow(/part’s size/);
    expect(() => u.add({ upload: 'b', index: 1, text: 'x' })).toThrow(/lost/);
    expect(() => u.add({ upload: 7, index: 0, text: 'x' })).toThrow('upload must be an id');
    expect(u.add({ upload: 'a', index: 1, text: 'y' })).toEqual({ received: 2 });
    expect(() => u.take('a', 3)).toThrow('the file came in 2 parts of 3: choose it again');
    // Taken, even refused, it is let go.
    expect(() => u.take('a', 2)).toThrow(/lost/);
  });

  it('joins the parts in order, and keeps two uploads at most: a third lets the oldest go', () => {
    const u = new BackupUploads();
    for (const id of ['a', 'b', 'c']) {
      u.add({ upload: id, index: 0, text: `${id}1` });
      u.add({ upload: id, index: 1, text: `${id}2` });
    }
    expect(() => u.take('a', 2)).toThrow(/lost/);
    expect(u.take('c', 2)).toBe('c1c2');
    expect(u.take('b', 2)).toBe('b1b2');
  });
});
