import { describe, expect, it } from 'vitest';
import {
  blueskyTidTime,
  linkedinActivityTime,
  mastodonIdTime,
  tiktokVideoTime,
  xSnowflakeTime,
} from '@/lib/sites/shared/time/ids';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
const NOW = Date.UTC(2026, 1, 1);

// Inputs no id function may accept.
const MALFORMED = [
  '',
  'abc',
  '12a4567890123456789',
  ' 1981398750557065646',
  '1981398750557065646 ',
  '-1981398750557065646',
  '1.981398750557065646',
  '1e18',
  '12345', // too short
  '9'.repeat(26), // too long
  '9'.repeat(25), // huge: far in the future
  '０１２３４５６７８９０１２３４５６７８', // full-width digits
];

describe('xSnowflakeTime', () => {
  it('reads the time in an X status id', () => {
    expect(iso(xSnowflakeTime('1981398750557065646'))).toBe('2025-10-23T16:34:09.398Z');
    // The smallest id: X's epoch itself, 2010-11-04.
    expect(iso(xSnowflakeTime('000000000000000'))).toBe('2010-11-04T01:42:54.657Z');
  });
  it('rejects ids after now + 1 day', () => {
    expect(xSnowflakeTime('1981398750557065646', Date.UTC(2025, 9, 22))).toBeNull();
    expect(xSnowflakeTime('1981398750557065646', Date.UTC(2025, 9, 23))).not.toBeNull();
  });
  it.each(MALFORMED)('%j → null', (id) => expect(xSnowflakeTime(id, NOW)).toBeNull());
});

describe('linkedinActivityTime', () => {
  it('reads the time in a LinkedIn activity id', () => {
    expect(iso(linkedinActivityTime('7341458136567902210'))).toBe('2025-06-19T13:33:37.454Z');
    expect(iso(linkedinActivityTime('7247945789950353408'))).toBe('2024-10-04T12:28:56.645Z');
  });
  it('rejects ids from before 2004', () => {
    expect(linkedinActivityTime('1000000000000000')).toBeNull();
  });
  it.each(MALFORMED)('%j → null', (id) => expect(linkedinActivityTime(id, NOW)).toBeNull());
});

describe('tiktokVideoTime', () => {
  it('reads the time in a TikTok video id', () => {
    expect(iso(tiktokVideoTime('7103486912966561029'))).toBe('2022-05-30T11:17:10.000Z');
  });
  it('rejects ids before 2004', () => {
    expect(tiktokVideoTime('100000000000000000')).toBeNull();
  });
  it.each(MALFORMED)('%j → null', (id) => expect(tiktokVideoTime(id, NOW)).toBeNull());
});

describe('mastodonIdTime', () => {
  it('reads the time in a snowflake status id', () => {
    const id = (BigInt(Date.UTC(2024, 0, 1)) << 16n).toString();
    expect(id).toBe('111677748019200000');
    expect(iso(mastodonIdTime(id))).toBe('2024-01-01T00:00:00.000Z');
    // The low 16 bits are a sequence number, not time.
    expect(iso(mastodonIdTime((BigInt(id) + 65535n).toString()))).toBe('2024-01-01T00:00:00.000Z');
    expect(iso(mastodonIdTime('113500000000000000'))).toBe('2024-11-17T19:42:38.593Z');
  });
  it('returns null for the sequential ids of old servers', () => {
    expect(mastodonIdTime('1')).toBeNull();
    expect(mastodonIdTime('104326')).toBeNull();
    expect(mastodonIdTime('999999999999999')).toBeNull(); // 15 digits
  });
  it.each(MALFORMED)('%j → null', (id) => expect(mastodonIdTime(id, NOW)).toBeNull());
});

describe('blueskyTidTime', () => {
  it('reads the time in a TID record key', () => {
    expect(iso(blueskyTidTime('3mddvy5bv6k27'))?.slice(0, 19)).toBe('2026-01-26T18:50:47');
    expect(iso(blueskyTidTime('3mddvy5bv6k27'))).toBe('2026-01-26T18:50:47.802Z');
  });
  it('rejects TIDs after now + 1 day', () => {
    expect(blueskyTidTime('3mddvy5bv6k27', Date.UTC(2026, 0, 25))).toBeNull();
    expect(blueskyTidTime('3mddvy5bv6k27', Date.UTC(2026, 0, 26))).not.toBeNull();
  });
  it.each([
    ...MALFORMED,
    '3MDDVY5BV6K27', // upper case is not base32-sortable
    '3mddvy5bv6k2', // 12 characters
    '3mddvy5bv6k270', // 14 characters
    '3mddvy5bv6k21', // '1' is not in the alphabet
    'kmddvy5bv6k27', // first character too big: top bit set
    'bmddvy5bv6k27', // top bit set (first character 9 > 7)
    '2222222222222', // zero: 1970
    'self', // a record key that is not a TID
  ])('%j → null', (tid) => expect(blueskyTidTime(tid, NOW)).toBeNull());
});
