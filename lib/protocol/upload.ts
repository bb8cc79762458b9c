// A backup file handed to the worker in parts. Chromium refuses an extension message whose serialized
// form passes 64 MiB: a history of 1,000,000 snapshots (a 295 MB file) sent whole was refused with
// "Message exceeded maximum allowed size of 64MiB", so the dashboard could not restore the backups it
// wrote. A file is sent as numbered parts the worker keeps (lib/background/uploads.ts), then restored by
// its upload's id: that file then restored through the dashboard in 141 s (its check 18 s).

/**
 * Characters per part. Serialized, a character takes at most 6 bytes (a lone surrogate written `\uD800`),
 * so a part stays under 24 MiB, a third of the limit; a history's file is 1-3 bytes a character.
 */
export const UPLOAD_PART = 4 * 1024 * 1024;

/** What importBackup is given: the file's text, or the id of its upload and how many parts it has. */
export type BackupSource = { text: string } | { upload: string; parts: number };

export type SendPart = (p: { upload: string; index: number; text: string }) => Promise<unknown>;

/** The file's text as importBackup takes it: itself when it fits one part, else sent in parts first. */
export async function backupSource(
  text: string,
  sendPart: SendPart,
  id: () => string = () => crypto.randomUUID(),
  part = UPLOAD_PART,
): Promise<BackupSource> {
  if (text.length <= part) return { text };
  const upload = id();
  let index = 0;
  for (let at = 0; at < text.length; at += part)
    await sendPart({ upload, index: index++, text: text.slice(at, at + part) });
  return { upload, parts: index };
}
