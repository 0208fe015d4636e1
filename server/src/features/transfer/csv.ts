// CSV through csv-stringify and csv-parse. A cell a spreadsheet would run as a formula (it
// starts with = + - @, a tab or a carriage return) gets a leading apostrophe on export, and
// the import takes that apostrophe off again, so a round trip gives back the text.
import { type Options as ParseOptions, parse } from 'csv-parse';
import { stringify } from 'csv-stringify';

const FORMULA_START = /^[=+\-@\t\r]/;

export const neutralise = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);
export const restore = (value: string) =>
  value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;

/** One cell: arrays joined with `;`, dates as ISO, empty for null. */
export function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return neutralise(value.join(';'));
  if (value instanceof Date) return value.toISOString();
  return neutralise(String(value));
}

/** A CSV writer: a header row, then one line per record written to it. */
export function csvWriter(columns: readonly string[]) {
  return stringify({ header: true, columns: [...columns], bom: false });
}

export function parseCsv(text: string, options: ParseOptions = {}): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    parse(
      text,
      { bom: true, skip_empty_lines: true, relax_column_count: true, ...options },
      (error, rows: string[][]) => (error ? reject(error) : resolve(rows)),
    );
  });
}
