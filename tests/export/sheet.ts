// How Excel, Google Sheets and LibreOffice Calc read a CSV file they open: a model written for the tests,
// independent of lib/export. The file must start with a UTF-8 BOM (Excel needs it to read UTF-8); records
// are RFC 4180; then each cell is typed as a spreadsheet types what it is given.
import { parseCsv } from '@/tests/helpers/csv-parse';

export type SheetCell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  /** `="…"` with a string constant inside: shown and sorted as that text. */
  | { kind: 'formula-text'; text: string }
  /** Anything else a spreadsheet would run. */
  | { kind: 'formula'; source: string }
  /** Held as an IEEE double and shown to 15 significant digits, as all three do: `text` is what shows. */
  | { kind: 'number'; value: number; text: string }
  | { kind: 'date'; text: string };

// A cell starting with one of these is a formula to at least one of the three (OWASP CSV Injection,
// and full-width forms in Japanese Excel), unless it is a plain number.
const FORMULA_FIRST = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠']);
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
// Dates and times all three read: ISO days, `2026-11-01 10:00:00`, and day/month forms like `1/2` or `1-2`.
const DATE = /^(\d{4}-\d\d-\d\d( \d\d:\d\d(:\d\d)?)?|\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?)$/;
const STRING_FORMULA = /^="([^"]*)"$/;

export function readCell(raw: string): SheetCell {
  if (raw === '') return { kind: 'empty' };
  if (NUMBER.test(raw)) return { kind: 'number', value: Number(raw), text: fifteenDigits(raw) };
  const literal = STRING_FORMULA.exec(raw);
  if (literal) return { kind: 'formula-text', text: literal[1]! };
  if (FORMULA_FIRST.has(raw[0]!)) return { kind: 'formula', source: raw };
  if (DATE.test(raw)) return { kind: 'date', text: raw };
  return { kind: 'text', text: raw };
}

/** A number as a spreadsheet keeps it: 15 significant digits, the rest zeros (`1981398750557070000`). */
function fifteenDigits(raw: string): string {
  const kept = Number(raw).toPrecision(15);
  const e = kept.indexOf('e+');
  if (e < 0) return String(Number(kept));
  // `1.98139875055707e+18`: the mantissa's digits, then zeros up to the exponent.
  const mantissa = kept.slice(0, e).replace('.', '').replace(/0+$/, '');
  const sign = mantissa.startsWith('-') ? '-' : '';
  const digits = mantissa.replace('-', '');
  return sign + digits.padEnd(Number(kept.slice(e + 2)) + 1, '0');
}

/** What the cell shows, as text. */
export function shown(cell: SheetCell): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'number':
      return cell.text;

    case 'formula':
      return cell.source;
    default:
      return cell.text;
  }
}

/** The file as a spreadsheet opens it: header names and typed rows. Throws if the BOM is missing. */
export function openSheet(file: string): { header: string[]; rows: SheetCell[][] } {
  if (!file.startsWith('\uFEFF'))
    throw new Error('no UTF-8 byte order mark: Excel would read the legacy code page');
  const [header, ...rows] = parseCsv(file.slice(1));
  if (!header) throw new Error('no header row');
  return { header, rows: rows.map((r) => r.map(readCell)) };
}

/** Rows as objects by header name, each cell as the spreadsheet shows it. */
export function sheetTable(file: string): Record<string, string>[] {
  const { header, rows } = openSheet(file);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, shown(r[i] ?? { kind: 'empty' })])));
}
