/**
 * Hidden and filtered rows of a sheet's data: Excel's SUM counts them, and so does the report by
 * default, saying which rows they are; the user may leave them out (the pane's checkbox, the
 * command's --skip-hidden), and the report says that too. Either way no hidden row passes unseen.
 */
import { cellAddress, qualifiedAddress } from "./address";
import { isBlankCell } from "./numbers";
import type { Grid } from "./grid";
import { problem } from "../i18n/problem";
import type { Issue } from "./table/model";

/** Hidden rows listed by number in the message; the rest are counted. */
const SHOWN = 10;

/** The hidden rows, from the first data row (0-based into the grid) down, that hold a value: absolute 0-based rows. */
export function hiddenDataRows(grid: Grid, firstDataRow: number): number[] {
  const top = grid.origin.row + firstDataRow;
  return (grid.hiddenRows ?? []).filter((r) => r >= top && (grid.cells[r - grid.origin.row] ?? []).some((v) => !isBlankCell(v)));
}

/** The rows to leave out for the user's choice, and the warning saying what was done with them. */
export function hiddenRowsChoice(grid: Grid, firstDataRow: number, skip: boolean): { excluded: number[]; issues: Issue[] } {
  const rows = hiddenDataRows(grid, firstDataRow);
  if (rows.length === 0) return { excluded: [], issues: [] };
  const numbers = rows.map((r) => r + 1);
  const params = { count: rows.length, rows: numbers.slice(0, SHOWN), more: Math.max(0, rows.length - SHOWN) };
  const issue: Issue = {
    where: qualifiedAddress(grid.sheetName, cellAddress(rows[0], grid.origin.col)),
    problem: problem(skip ? "statisticsHiddenRowsSkipped" : "statisticsHiddenRowsCounted", params),
    severity: "warning",
    row: rows[0],
    col: grid.origin.col,
  };
  return { excluded: skip ? rows : [], issues: [issue] };
}

const ROW_EXCLUDED = new Set(["tableRowExcluded", "registerRowExcluded"]);

/** Issues without the one-per-row "left out by the user" warnings of hidden rows: the hidden rows' warning says it once. */
export function withoutHiddenExclusions(issues: Issue[], hidden: readonly number[]): Issue[] {
  if (hidden.length === 0) return issues;
  const rows = new Set(hidden);
  return issues.filter((i) => !(ROW_EXCLUDED.has(i.problem.code) && i.row !== undefined && rows.has(i.row)));
}
