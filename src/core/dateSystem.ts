/**
 * Workbooks in Excel's 1904 date system (made on a Mac): a date is stored as the days since 1/1/1904,
 * 1.462 fewer than the same date in the 1900 system every reading here assumes. A reader that can
 * tell says so on the grid (Grid.date1904: the command and the web page from the file, the pane
 * from a date cell's displayed text), and the numbers of a register's date columns are moved to the
 * 1900 system here, once, before they are read, with a note saying so.
 */
import type { Grid } from "./grid";
import { DAYS_1900_TO_1904, serialToDate } from "./periods";
import type { RegisterLayout } from "./register/recognize";
import { problem } from "../i18n/problem";
import type { Issue } from "./table/model";

/** The grid columns of a register that hold dates: the accepted or decision date, the result date, every "Ngày …" column. */
function dateColumnsOf(layout: RegisterLayout): number[] {
  const { date, resultDate } = layout.columns;
  return [...new Set([date, ...(resultDate !== undefined ? [resultDate] : []), ...(layout.dateColumns ?? [])])];
}

/**
 * The register's cells with the numbers of its date columns in the 1900 system, from its header row
 * down (a copy: the grid read is kept as read), and the note saying so; the cells as they are when
 * the grid is not of a 1904 workbook.
 */
export function registerCellsIn1900(grid: Grid, layout: RegisterLayout): { cells: unknown[][]; notes: Issue[] } {
  if (grid.dateSystemUnknown) return { cells: grid.cells, notes: assumedSystem(grid, layout) };
  if (!grid.date1904) return { cells: grid.cells, notes: [] };
  const columns = dateColumnsOf(layout);
  const cells = grid.cells.map((row, r) => {
    if (r < layout.firstDataRow || !columns.some((c) => typeof row[c] === "number")) return row;
    const copy = row.slice();
    for (const c of columns) if (typeof copy[c] === "number") copy[c] = (copy[c] as number) + DAYS_1900_TO_1904;
    return copy;
  });
  const note: Issue = { where: grid.sheetName, severity: "warning", problem: problem("statisticsDate1904", {}) };
  return { cells, notes: [note] };
}

/** The note that the 1900 system was assumed, when the register has a date written as a number. */
function assumedSystem(grid: Grid, layout: RegisterLayout): Issue[] {
  const { date } = layout.columns;
  const numeric = grid.cells.some((row, r) => r >= layout.firstDataRow && typeof row[date] === "number");
  return numeric ? [{ where: grid.sheetName, severity: "warning", problem: problem("statisticsDateSystemAssumed", {}) }] : [];
}

/**
 * What a date cell's displayed text tells of the workbook's date system (the pane: Office.js gives a
 * date's number, in the workbook's system, and the text Excel shows for it): true for 1904, false for
 * 1900, undefined when the text shows no single four-digit year (a format without the year, "####"
 * in a column too narrow). The same number is a date 4 years and a day later in the 1904 system, so
 * the year alone tells the systems apart.
 */
export function date1904Shown(serial: number, text: string): boolean | undefined {
  const years = text.match(/(?<!\d)\d{4}(?!\d)/g);
  if (years?.length !== 1) return undefined;
  const year = Number(years[0]);
  if (serialToDate(serial)?.year === year) return false;
  if (serialToDate(serial + DAYS_1900_TO_1904)?.year === year) return true;
  return undefined;
}
