// The store's health as the popup and dashboard show it. Snapshots failing to save and derived records
// failing to follow are told apart; either is shown, with what to do.
import type { StorageStatus } from '@/lib/protocol/messages';
import { deriveErrorText, storageErrorText } from '@/lib/store/errors';

export class StoreStatus {
  private ingestError: string | null = null;
  private deriveError: string | null = null;
  private at: number | null = null;

  constructor(private readonly now: () => number) {}

  ingestFailed(e: unknown): string {
    this.ingestError = storageErrorText(e);
    this.at = this.now();
    return this.ingestError;
  }

  ingestOk(): void {
    this.ingestError = null;
    this.at = this.now();
  }

  settled(e: unknown): void {
    this.deriveError = e ? deriveErrorText(e) : null;
    this.at = this.now();
  }

  view(): StorageStatus {
    const error = this.ingestError ?? this.deriveError;
    return { ok: !error, error, at: this.at };
  }
}
