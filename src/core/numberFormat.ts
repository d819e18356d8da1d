/**
 * Excel number format codes: which ones show a number as a date or a time. Office.js gives a date
 * cell's value as its serial (15/08/2021 is 44423) and says it is a date only through the cell's
 * format, so a reader that has the formats (the pane) tells date cells apart here, as ExcelJS does for
 * the command from the file (Grid.dateCells: a date in a count is an error, never 44.423 cases).
 *
 * A code is a date or time format when one of its number sections has a date or time code (d, m, y,
 * h, s, in either case; "AM/PM" holds an m) outside what is shown as typed: quoted text ("đ"), a
 * character escaped with "\", the character after "_" (a space its width) or "*" (repeated to fill),
 * and brackets (colour [Red], condition [>=100], locale and currency [$-42A] [$₫-42A]), except the
 * elapsed-time brackets [h] [mm] [ss], which are times. "General", "0", "#,##0", "0%", "@" are not.
 */
import type { Origin } from "./grid";

/** Letters that are date or time codes outside quotes and brackets. */
const DATE_CODE = /[dmyhs]/i;
/** The elapsed-time brackets: [h], [hh], [mm], [ss]. */
const ELAPSED = /^\[(h+|m+|s+)\]$/i;
/** Sections are positive;negative;zero;text: the fourth only ever shows text, never a number. */
const NUMBER_SECTIONS = 3;

/** Whether the format code shows numbers as dates or times: "dd/mm/yyyy", "[$-42A]d/m/yy;@", "[h]:mm". */
export function isDateFormat(code: unknown): boolean {
  if (typeof code !== "string") return false;
  let section = 0;
  for (let i = 0; i < code.length && section < NUMBER_SECTIONS; i++) {
    const ch = code[i];
    if (ch === ";") section++;
    else if (ch === '"') i = endOf(code, i, '"');
    else if (ch === "\\" || ch === "_" || ch === "*") i++; // the next character is shown, not read
    else if (ch === "[") {
      const end = endOf(code, i, "]");
      if (ELAPSED.test(code.slice(i, end + 1))) return true;
      i = end;
    } else if (DATE_CODE.test(ch)) return true;
  }
  return false;
}

/** The index of the `close` ending what opens at `open` (the code's end when it is never closed). */
function endOf(code: string, open: number, close: string): number {
  const end = code.indexOf(close, open + 1);
  return end < 0 ? code.length : end;
}

/**
 * The cells of a block that hold a number shown as a date, as absolute 0-based sheet positions (the
 * block's top-left cell at `at`): what the .xlsx readers list in Grid.dateCells. Text, blank and
 * boolean cells are never dates, whatever their format (ExcelJS makes dates only of numbers).
 */
export function dateCellsIn(values: readonly unknown[][], formats: readonly unknown[][], at: Origin): { row: number; col: number }[] {
  const known = new Map<unknown, boolean>(); // a block holds few distinct formats
  const out: { row: number; col: number }[] = [];
  values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (typeof v !== "number") return;
      const code = formats[i]?.[j];
      let date = known.get(code);
      if (date === undefined) known.set(code, (date = isDateFormat(code)));
      if (date) out.push({ row: at.row + i, col: at.col + j });
    }),
  );
  return out;
}
