// The one message protocol. Every message is `{ type, ...payload }`; every answer is `Reply<T>`.
// Content script → background, popup/dashboard → background, and popup → content script all go through here.

import type { Metrics } from '@/lib/core/metrics';
import type { ScoreView } from '@/lib/score/view';
import type { PlatformId, PostFormat, PostReading, UnreadablePost } from '@/lib/sites/types';
import type { RestoreSummary } from '@/lib/store/backup';
import type { Settings } from '@/lib/store/settings';

/** One observation of one post, as a content script sends it. `key` lets the sender match the acknowledgement. */
export interface SnapshotInput {
  key: string;
  platform: PlatformId;
  postId: string;
  url: string;
  author: string;
  publishedAt: number | null;
  format?: PostFormat;
  capturedAt: number;
  metrics: Metrics;
}

export interface TrackingState {
  /** Folded handles whose posts are captured. */
  tracked: string[];
}

export interface AccountView {
  platform: PlatformId;
  handle: string;
  tracked: boolean;
  source: 'logged-in' | 'user';
  posts: number;
}

export interface PagePost {
  reading: PostReading;
  score: ScoreView | null;
}

export interface PageState {
  platform: PlatformId;
  url: string;
  viewer: string | null;
  pageAccount: string | null;
  tracked: string[];
  posts: PagePost[];
  unreadable: UnreadablePost[];
  /** Snapshots read but not yet acknowledged by the background. */
  pending: number;
  lastError: string | null;
}

export interface StorageStatus {
  ok: boolean;
  error: string | null;
  at: number | null;
}

/** Request and response types, by message type. */
export interface ProtocolMap {
  recordSnapshots: [
    { batch: SnapshotInput[] },
    { committed: string[]; rejected: { key: string; reason: string }[] },
  ];
  getTracking: [{ platform: PlatformId }, TrackingState];
  reportViewer: [{ platform: PlatformId; handle: string }, TrackingState];
  setTracking: [{ platform: PlatformId; handle: string; tracked: boolean }, TrackingState];
  listAccounts: [Record<string, never>, AccountView[]];
  getScores: [{ platform: PlatformId; postIds: string[] }, Record<string, ScoreView>];
  getStatus: [Record<string, never>, StorageStatus];
  deleteAccountData: [{ platform: PlatformId; handle: string }, { posts: number }];
  deleteAllData: [Record<string, never>, { ok: true }];
  getSettings: [Record<string, never>, Settings];
  /** Write every post's derived records now, before reading them from a page (export, history). */
  settle: [Record<string, never>, { posts: number }];
  saveSettings: [{ settings: Settings }, Settings];
  /** The dashboard changed the history itself (a restore): tell the tabs. */
  historyChanged: [{ platforms: PlatformId[] }, { ok: true }];
  /** Restore a JSON backup; with dryRun, only say what it would add. */
  importBackup: [{ text: string; dryRun: boolean }, RestoreSummary];
  /** Popup → content script of a tab. */
  getPageState: [Record<string, never>, PageState];
  /** Background → content scripts after tracking changed. */
  trackingChanged: [{ platform: PlatformId }, { ok: true }];
}

export type MessageType = keyof ProtocolMap;
export type Request<T extends MessageType> = { type: T } & ProtocolMap[T][0];
export type Response<T extends MessageType> = ProtocolMap[T][1];
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
export type AnyRequest = { [T in MessageType]: Request<T> }[MessageType];

export const MESSAGE_TYPES: readonly MessageType[] = [
  'recordSnapshots',
  'getTracking',
  'reportViewer',
  'setTracking',
  'listAccounts',
  'getScores',
  'getStatus',
  'importBackup',
  'deleteAccountData',
  'deleteAllData',
  'getSettings',
  'settle',
  'saveSettings',
  'historyChanged',
  'getPageState',
  'trackingChanged',
];

export function isMessageType(x: unknown): x is MessageType {
  return typeof x === 'string' && (MESSAGE_TYPES as readonly string[]).includes(x);
}

/** Thrown by `send` when the other side answered with an error; the message says what went wrong there. */
export class RemoteError extends Error {
  override name = 'RemoteError';
}

export function unwrap<T>(reply: Reply<T> | undefined, type: string): T {
  if (!reply || typeof reply !== 'object') throw new RemoteError(`${type}: no answer`);
  if (!reply.ok) throw new RemoteError(`${type}: ${reply.error}`);
  return reply.data;
}
