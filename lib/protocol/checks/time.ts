// Times, as a page reports them (epoch ms) and as a backup holds them (ISO 8601): both checked against
// the same range, so a time refused live is refused in a file too.
import { DAY } from '@/lib/core/time';
import { fail } from './basics';

/** The sites in scope started in 2004; anything earlier is a reading error. */
export const EARLIEST = Date.UTC(2004, 0, 1);
/** A page's clock may run a little ahead of the computer's; a day is the most that is believed. */
export const AHEAD = DAY;

export function checkTime(x: unknown, what: string, now: number): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) fail(`${what} must be a time in ms`);
  if (x < EARLIEST || x > now + AHEAD) fail(`${what} is out of range (before 2004 or in the future)`);
  return x;
}

const ISO = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d{1,3})?Z$/;

/**
 * An ISO 8601 time in UTC as Resonance writes them (`2026-11-26T14:05:00.000Z`). A date that doesn't
 * exist (2026-02-30) is refused rather than rolled over into March. Returns epoch ms.
 */
export function checkIsoTime(x: unknown, what: string, now: number): number {
  const m = typeof x === 'string' ? ISO.exec(x) : null;
  if (!m) fail(`${what} must be an ISO 8601 time in UTC (YYYY-MM-DDTHH:MM:SSZ)`);
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s, m[7] ? Math.round(Number(m[7]) * 1000) : 0);
  const back = new Date(ms);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59)
    fail(`${what} is not a real date`);
  return checkTime(ms, what, now);
}
