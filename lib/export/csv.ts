// RFC 4180 CSV writing, with spreadsheet formula neutralisation. Pure: no DOM, no browser API.

/**
 * Digits a spreadsheet must keep as text: a post id such as X's 19-digit `1981398750557065646`, which
 * Excel, Google Sheets and LibreOffice would otherwise read as a number rounded to 15 significant digits
 * (shown `1.98139875055707E+18`), and whose leading zeros they would drop. Made only by `digitsAsText`.
 */
export interface DigitText {
  readonly digits: string;
}

export type CsvValue = string | number | null | undefined | DigitText;

const DIGITS = /^[0-9]{1,128}$/;

/**
 * An id cell: all-digit text becomes a DigitText; anything else stays text, neutralised as any text is.
 *
 * Why `="…"`: all three spreadsheets read the one-constant formula `="0123"` as the text `0123` when they
 * open a CSV, and show, sort and look it up as that text. The other ways fall short: a leading apostrophe
 * or tab stays visible in the cell and breaks lookups, a zero-width character hides inside it, and a
 * second .xlsx file is out of scope. The formula is safe because nothing but digits is ever put between
 * its quotes (checked again when the cell is written): no text of a page can reach it.
 */
export function digitsAsText(s: string): DigitText | string {
  return DIGITS.test(s) ? { digits: s } : s;
}

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

/**
 * One cell: empty for null/undefined; formula-like text gets a leading `'`; quoted when RFC 4180 needs
 * it. A DigitText is written `="digits"` (RFC-quoted: `"=""0123"""`), the one formula this writer makes.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    // Checked again here: a DigitText is a plain object, and only digits may ever sit inside the formula.
    const d = String(value.digits);
    return DIGITS.test(d) ? `"=""${d}"""` : csvCell(d);
  }
  // A number is data, never a formula: -3 stays -3. Only text is prefixed.
  let s = typeof value === 'number' ? plainDecimal(value) : value;
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One record: cells joined by commas, ended by CRLF (RFC 4180 §2.1). */
export function csvRow(cells: readonly CsvValue[]): string {
  return `${csvCells(cells)}\r\n`;
}

/** Cells joined by commas: part of a record (its start, kept for the rows that share it). */
export function csvCells(cells: readonly CsvValue[]): string {
  const out = new Array<string>(cells.length);
  for (let i = 0; i < cells.length; i++) out[i] = csvCell(cells[i]);
  return out.join(',');
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
