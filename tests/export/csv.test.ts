import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, csvRow, digitsAsText } from '@/lib/export/csv';
import { parseCsv } from '@/tests/helpers/csv-parse';
import { openSheet, type SheetCell } from './sheet';

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

describe('id cells (digitsAsText)', () => {
  it.each([
    ['1981398750557065646', '"=""1981398750557065646"""'],
    ['0123', '"=""0123"""'],
    ['7', '"=""7"""'],
  ])('all digits %j → %j, a formula holding only that text', (id, cell) => {
    expect(digitsAsText(id)).toEqual({ digits: id });
    expect(csvCell(digitsAsText(id))).toBe(cell);
  });

  it.each([
    ['C1a2B3xYz_Q', 'C1a2B3xYz_Q'],
    ['-dQw4w9WgXc', "'-dQw4w9WgXc"],
    ['', ''],
    ['12 34', '12 34'],
    ['１２３', '１２３'], // full-width digits are not the digits a spreadsheet reads as a number
    ['1'.repeat(129), '1'.repeat(129)],
  ])('anything else %j stays text, neutralised as text is → %j', (id, cell) => {
    expect(digitsAsText(id)).toBe(id);
    expect(csvCell(digitsAsText(id))).toBe(cell);
  });
});

// The same cells as a spreadsheet opens them (./sheet.ts).
describe('id cells against anything', () => {
  const alphabet = fc.constantFrom(
    '0',
    '1',
    '9',
    '=',
    '"',
    '+',
    '-',
    '@',
    ',',
    '\n',
    '\t',
    'a',
    'E',
    '.',
    ' ',
    '＝',
  );
  const text = fc.oneof(
    fc.string({ unit: alphabet, maxLength: 30 }),
    fc.string(),
    fc.stringMatching(/^\d{1,40}$/),
  );

  it('only all-digit text becomes a formula, and it reads back as exactly those digits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          // Header row first, as a file has; every cell goes through the id path.
          const file = CSV_BOM + csvRow(['h']) + rows.map((r) => csvRow(r.map(digitsAsText))).join('');
          const read = openSheet(file).rows;
          for (const [i, r] of rows.entries()) {
            for (const [j, s] of r.entries()) {
              const cell: SheetCell = read[i]![j]!;
              if (/^\d{1,128}$/.test(s)) expect(cell).toEqual({ kind: 'formula-text', text: s });
              else expect(['empty', 'text', 'number', 'date']).toContain(cell.kind);
            }
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a forged digit cell with anything but digits inside is written as neutralised text', () => {
    const forged = { digits: '1")+HYPERLINK("http://e.invalid' };
    const [cell] = openSheet(CSV_BOM + csvRow(['h']) + csvRow([forged])).rows[0]!;
    expect(cell).toEqual({ kind: 'text', text: forged.digits });
    const [lead] = openSheet(CSV_BOM + csvRow(['h']) + csvRow([{ digits: '=1+2' }])).rows[0]!;
    expect(lead).toEqual({ kind: 'text', text: "'=1+2" });
  });
});
