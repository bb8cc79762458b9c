// The shortcode decoder Instagram and Threads share: a post code is a media id in base 64, whose top bits
// are the upload time in ms since Instagram's epoch.
import { describe, expect, it } from 'vitest';
import { shortcodeAt, shortcodeTime } from '@/lib/sites/shared/time/shortcode';

const NOW = Date.parse('2026-11-09T10:00:00Z');
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

describe('shortcodeTime', () => {
  it('reads an Instagram code (real capture DQq9PJQk4TG: 3 s before its published time)', () => {
    expect(iso(shortcodeTime('DQq9PJQk4TG', NOW))).toBe('2025-11-05T10:20:12.282Z');
  });

  it('reads Threads codes (real profile capture: datetime 22:27:15, and a video 8.4 min before its own)', () => {
    expect(iso(shortcodeTime('DR0WsyWki1M', NOW))).toBe('2025-12-03T22:27:15.846Z');
    expect(iso(shortcodeTime('DR0Wsy0EhCP', NOW))).toBe('2025-12-03T22:27:15.905Z');
    expect(iso(shortcodeTime('DRSYei3El47', NOW))).toBe('2025-11-20T17:48:37.063Z');
  });

  it('is the inverse of shortcodeAt', () => {
    const at = Date.parse('2026-11-08T16:42:10Z');
    expect(shortcodeTime(shortcodeAt(at, 1201), NOW)).toBe(at);
    expect(shortcodeAt(at, 1201)).toMatch(/^[A-Za-z0-9_-]{11}$/);
    expect(shortcodeAt(at, 1202)).not.toBe(shortcodeAt(at, 1201));
  });

  it('refuses what is no post’s code', () => {
    expect(shortcodeTime('AAAAAAAAAAA', NOW)).toBeNull();
    expect(shortcodeTime('D!q9PJQk4TG', NOW)).toBeNull();
    expect(shortcodeTime('DQq9PJQk4TGxyzLongPrivateCode', NOW)).toBeNull();
    expect(shortcodeTime('DQq9', NOW)).toBeNull();
    expect(shortcodeTime(undefined as unknown as string, NOW)).toBeNull();
    expect(shortcodeTime(shortcodeAt(NOW + 3 * 86_400_000, 1), NOW)).toBeNull();
  });
});
