/**
 * The plain grid of a sheet built from its cells as a reader meets them (row by row, left to right):
 * dense rows of equal length from the first row and column holding a value (the origin), formula
 * cells saved without a result listed in one warning. Both readers (the whole workbook, the stream)
 * build their grids here, so they give the same grid for the same sheet.
 */
import type { Grid } from "../core/grid";
import type { Issue } from "../core/table/model";
import { cellAddress, qualifiedAddress } from "../core/address";
import { problem } from "../i18n/problem";

const UNSAVED_SHOWN = 10;

/** One warning for the formula cells read without a saved result. */
function unsavedResults(sheetName: string, addresses: string[]): Issue {
  const shown = addresses.slice(0, UNSAVED_SHOWN);
  return {
    where: qualifiedAddress(sheetName, addresses[0]),
    problem: problem("filesUnsavedResults", { count: addresses.length, shown, more: addresses.length - shown.length }),
    severity: "warning",
  };
}

export class GridBuilder {
  /** the values met, by 0-based sheet row and column (rows without a value stay holes) */
  private readonly rows: unknown[][] = [];
  private readonly unsaved: string[] = [];
  private readonly hidden: number[] = [];
  private readonly dates: { row: number; col: number }[] = [];
  private minRow = Infinity;
  private minCol = Infinity;
  private maxRow = -1;
  private maxCol = -1;

  /** `date1904`: the workbook keeps dates in the 1904 system, and its date serials are given in it */
  constructor(
    private readonly sheetName: string,
    private readonly date1904 = false,
  ) {}

  /**
   * The value of the cell at 0-based (r, c), as Office.js would report it; undefined for a formula
   * saved without its result. Excel saves every result, but an empty text result ("") is read back
   * as none: such a cell is blank, and said so in case the file came from a program that saves none.
   */
  add(r: number, c: number, value: string | number | boolean | undefined): void {
    if (value === undefined) {
      this.unsaved.push(cellAddress(r, c));
      return;
    }
    if (value === "") return;
    (this.rows[r] ??= [])[c] = value;
    if (r < this.minRow) this.minRow = r;
    if (r > this.maxRow) this.maxRow = r;
    if (c < this.minCol) this.minCol = c;
    if (c > this.maxCol) this.maxCol = c;
  }

  /** The cell at 0-based (r, c) holds a date (its value, added, is the date's serial). */
  date(r: number, c: number): void {
    this.dates.push({ row: r, col: c });
  }

  /** The 0-based row r is hidden or filtered out (core/hiddenRows.ts). */
  hide(r: number): void {
    this.hidden.push(r);
  }

  grid(): Grid {
    const name = this.sheetName;
    const issues: Issue[] = this.unsaved.length === 0 ? [] : [unsavedResults(name, this.unsaved)];
    const system = this.date1904 ? { date1904: true } : {};
    if (this.maxRow < 0) return { sheetName: name, origin: { row: 0, col: 0 }, cells: [], issues, ...system };
    const hidden = this.hidden.filter((r) => r >= this.minRow && r <= this.maxRow);
    const { minRow, minCol, maxRow, maxCol } = this;
    const width = maxCol - minCol + 1;
    const cells: unknown[][] = new Array(maxRow - minRow + 1);
    for (let r = minRow; r <= maxRow; r++) {
      const row = new Array<unknown>(width).fill("");
      const met = this.rows[r];
      if (met) for (let c = minCol; c < met.length; c++) if (met[c] !== undefined) row[c - minCol] = met[c];
      cells[r - minRow] = row;
      this.rows[r] = []; // what was read goes as the grid grows
    }
    const marks = { ...(hidden.length > 0 ? { hiddenRows: hidden } : {}), ...(this.dates.length > 0 ? { dateCells: this.dates } : {}) };
    return { sheetName: name, origin: { row: minRow, col: minCol }, cells, issues, ...system, ...marks };
  }
}
