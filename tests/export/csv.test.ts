import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, csvRow } from '@/lib/export/csv';
import { parseCsv } from '@/tests/helpers/csv-parse';

describe('csvCell quoting (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ['line\nbreak', '"line\nbreak"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['crlf\r\ninside', '"crlf\r\ninside"'],
    ['trailing,', '"trailing,"'],
    ['Grüße, 日本語', '"Grüße, 日本語"'],
    ['café', 'café'],
    ['🎉 party', '🎉 party'],
    ['👩‍👩‍👧,family', '"👩‍👩‍👧,family"'],
    [' spaced ', ' spaced '],
    ["it's", "it's"],
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes null and undefined as empty cells', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('csvCell formula neutralisation (OWASP CSV Injection)', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['-1+2', "'-1+2"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['\nx', `"'\nx"`],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(1,1)', `"'＠SUM(1,1)"`],
    ['=HYPERLINK("http://example.invalid","x")', `"'=HYPERLINK(""http://example.invalid"",""x"")"`],
    ['=1+2";=1+2', `"'=1+2"";=1+2"`], // OWASP's own example
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it.each([
    ['a=b', 'a=b'],
    ['1-2', '1-2'],
    ['x@y.z', 'x@y.z'],
    [' =1', ' =1'],
    ["'=1", "'=1"],
  ])('leaves %j alone: the formula character is not first', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('csvCell numbers', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [42, '42'],
    [-1, '-1'],
    [-12.5, '-12.5'],
    [1.25, '1.25'],
    [1e21, '1000000000000000000000'],
    [-1.5e22, '-15000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [-2e-7, '-0.0000002'],
    [123456789012, '123456789012'],
  ])('%d → %j (plain decimal, never prefixed)', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes NaN and infinities as empty cells, not as text a spreadsheet would keep', () => {
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
    expect(csvCell(Number.NEGATIVE_INFINITY)).toBe('');
  });
});

describe('csvRow', () => {
  it('joins with commas and ends with CRLF', () => {
    expect(csvRow(['a', 1, null, 'b,c', undefined, -2, '-2'])).toBe('a,1,,"b,c",,-2,\'-2\r\n');
  });
  it('writes an empty row as a bare CRLF', () => {
    expect(csvRow([])).toBe('\r\n');
  });
  it('has a UTF-8 byte order mark to put first', () => {
    expect(CSV_BOM).toBe('\uFEFF');
    expect(new TextEncoder().encode(CSV_BOM)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});

/** A strict RFC 4180 reader, independent of lib/csv.ts: records end with CRLF, quotes double. */
// The test's own list of what must be prefixed, written out rather than imported.
const FORMULA_FIRST = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠']);
const expectedCell = (s: string) => (s.length > 0 && FORMULA_FIRST.has(s[0]!) ? `'${s}` : s);

describe('round trip through an RFC 4180 reader', () => {
  const tricky = fc.constantFrom(
    'a',
    'Z',
    ',',
    '"',
    '\r',
    '\n',
    '\t',
    ' ',
    "'",
    '=',
    '+',
    '-',
    '@',
    '＝',
    '＋',
    '－',
    '＠',
    'é',
    '日',
    '😀',
  );
  const cellText = fc.oneof(fc.string({ unit: tricky, maxLength: 12 }), fc.string({ unit: 'binary' }));

  it('gives back every cell, with exactly the formula cells prefixed by an apostrophe', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellText, { minLength: 1, maxLength: 8 }), { maxLength: 6 }), (rows) => {
        const text = rows.map((r) => csvRow(r)).join('');
        expect(parseCsv(text)).toEqual(rows.map((r) => r.map(expectedCell)));
      }),
      { numRuns: 500 },
    );
  });

  it('gives back numbers as the same numbers', () => {
    const num = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
    fc.assert(
      fc.property(fc.array(num, { minLength: 1, maxLength: 8 }), (cells) => {
        const [parsed] = parseCsv(csvRow(cells));
        expect(parsed!.map(Number)).toEqual(cells.map((n) => (Object.is(n, -0) ? 0 : n)));
      }),
      { numRuns: 500 },
    );
  });
});
