// RFC 4180 CSV writing, with spreadsheet formula neutralisation. Pure: no DOM, no browser API.

export type CsvValue = string | number | null | undefined;

/** UTF-8 byte order mark: without it Excel on Windows reads the file in the legacy code page. */
export const CSV_BOM = '\uFEFF';

/**
 * First characters that make a spreadsheet read a text cell as a formula. = + - @ TAB CR LF: OWASP
 * "CSV Injection" (www-community; LF added in PR #1116, 2025). Full-width ＝ ＋ － ＠: OWASP WSTG-INPV-21
 * "Testing for CSV Injection" ("depending on locale/application behavior"), reproduced in Japanese
 * Excel (OWASP www-community issue #1088).
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: empty for null/undefined; formula-like text gets a leading `'`; quoted when RFC 4180 needs it. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  // A number is data, never a formula: -3 stays -3. Only text is prefixed.
  let s = typeof value === 'number' ? plainDecimal(value) : value;
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One record: cells joined by commas, ended by CRLF (RFC 4180 §2.1). */
export function csvRow(cells: readonly CsvValue[]): string {
  const out = new Array<string>(cells.length);
  for (let i = 0; i < cells.length; i++) out[i] = csvCell(cells[i]);
  return `${out.join(',')}\r\n`;
}

/**
 * The shortest round-trip digits, as a plain decimal: String() switches to an exponent ("1e+21",
 * "1.5e-7") outside 1e-6 … 1e21. NaN and ±Infinity are no count: written empty.
 */
function plainDecimal(n: number): string {
  if (!Number.isFinite(n)) return '';
  const s = String(n);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const neg = s.startsWith('-');
  const mantissa = s.slice(neg ? 1 : 0, e);
  const dot = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const point = (dot < 0 ? mantissa.length : dot) + Number(s.slice(e + 1));
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return neg ? `-${out}` : out;
}
