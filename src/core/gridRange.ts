/**
 * A grid cut to a range the user named (the command's --range A20:T40, for the second table of a
 * sheet): its cells, hidden rows and issues within the range, its origin moved to the range's corner,
 * so that every address a later message names is still the sheet's own.
 */
import { qualifiedAddress, rangeAddress, type CellRange } from "./address";
import type { Grid } from "./grid";
import { problem } from "../i18n/problem";
import type { Issue } from "./table/model";

/** The part of `grid` inside `range`, or the error saying the range holds no value of the sheet. */
export function gridWithin(grid: Grid, range: CellRange): Grid | Issue {
  const { origin, cells } = grid;
  const width = cells[0]?.length ?? 0;
  const top = Math.max(range.firstRow, origin.row);
  const left = Math.max(range.firstCol, origin.col);
  const bottom = Math.min(range.lastRow, origin.row + cells.length - 1);
  const right = Math.min(range.lastCol, origin.col + width - 1);
  if (top > bottom || left > right) {
    const asked = rangeAddress(range.firstRow, range.firstCol, range.lastRow, range.lastCol);
    const used = cells.length === 0 ? "" : rangeAddress(origin.row, origin.col, origin.row + cells.length - 1, origin.col + width - 1);
    return { where: qualifiedAddress(grid.sheetName, asked), severity: "error", problem: problem("statisticsRangeEmpty", { range: asked, sheet: grid.sheetName, used }) };
  }
  const within = (r: number, c: number) => r >= top && r <= bottom && c >= left && c <= right;
  const out: Grid = {
    sheetName: grid.sheetName,
    origin: { row: top, col: left },
    cells: cells.slice(top - origin.row, bottom - origin.row + 1).map((row) => row.slice(left - origin.col, right - origin.col + 1)),
    // Issues of cells outside the range (a formula saved without its result there) are not the table's.
    issues: grid.issues.filter((i) => i.row === undefined || within(i.row, i.col ?? left)),
  };
  const hidden = grid.hiddenRows?.filter((r) => r >= top && r <= bottom);
  return hidden && hidden.length > 0 ? { ...out, hiddenRows: hidden } : out;
}
