/**
 * Cell and range addresses, the one place they are written: the core's problems, both report
 * writers, the pane and the command all name cells through these, so that an address reads the
 * same everywhere and the way Excel itself writes it ("Sheet1!C7", "'Biểu 04'!R12").
 */
import type { Origin } from "./grid";

/** The column letters of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The 0-based column index of column letters: A → 0, AA → 26 (the inverse of columnLetter). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** A1 address of 0-based row/column, relative to an origin (also 0-based). */
export function cellAddress(row: number, col: number, originRow = 0, originCol = 0): string {
  return `${columnLetter(col + originCol)}${row + originRow + 1}`;
}

/** "A1:C7" from 0-based corners. */
export function rangeAddress(firstRow: number, firstCol: number, lastRow: number, lastCol: number): string {
  return `${cellAddress(firstRow, firstCol)}:${cellAddress(lastRow, lastCol)}`;
}

/** A name Excel writes bare: one word of letters, digits, "_" and ".", not starting with a digit. */
const BARE_NAME = /^[\p{L}_][\p{L}\p{N}_.]*$/u;
/** Names Excel still quotes because they read as a reference: "T10", "AB12", "R1C1", "R", "C3". */
const LOOKS_LIKE_REFERENCE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[Rr]\d*|[Cc]\d*)$/;

/** The sheet name as a formula or an address writes it: quoted (quotes doubled) when Excel quotes it. */
export function quoteSheet(sheetName: string): string {
  if (BARE_NAME.test(sheetName) && !LOOKS_LIKE_REFERENCE.test(sheetName)) return sheetName;
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** "Sheet1!C7", "'Biểu 04'!R12", or the bare address without a sheet. */
export function qualifiedAddress(sheetName: string | undefined, address: string): string {
  return sheetName ? `${quoteSheet(sheetName)}!${address}` : address;
}

/** The address of a 0-based grid cell whose grid starts at `origin` on sheet `sheetName`. */
export function sheetCellAddress(
  sheetName: string | undefined,
  row: number,
  col: number,
  origin: Origin = { row: 0, col: 0 },
): string {
  return qualifiedAddress(sheetName, cellAddress(row, col, origin.row, origin.col));
}

/** "Sheet1!C7" (the sheet name may be quoted) → sheet and cell: the inverse of qualifiedAddress. */
export function splitAddress(where: string): { sheet?: string; ref: string } {
  const bang = where.lastIndexOf("!");
  if (bang < 0) return { ref: where };
  let sheet = where.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: where.slice(bang + 1) };
}

/** An absolute range on a sheet, as chart series and cross-sheet formulas write it: 'Báo cáo'!$B$7:$B$12. */
export function absoluteRange(sheetName: string, range: string): string {
  const absolute = range.replace(/\$/g, "").replace(/([A-Za-z]+)(\d+)/g, "$$$1$$$2");
  return `${quoteSheet(sheetName)}!${absolute}`;
}

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRange {
  firstRow: number;
  firstCol: number;
  lastRow: number;
  lastCol: number;
}

const RANGE = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

/** "A20:T40" (or one cell, "$A$20") as 0-based corners, either order; undefined when it is no range. */
export function parseRange(text: string): CellRange | undefined {
  const m = RANGE.exec(text.trim());
  if (!m) return undefined;
  const rows = [Number(m[2]), Number(m[4] ?? m[2])].map((r) => r - 1);
  const cols = [columnIndex(m[1]), columnIndex(m[3] ?? m[1])];
  if (rows.some((r) => r < 0 || r >= 1048576) || cols.some((c) => c >= 16384)) return undefined;
  return { firstRow: Math.min(...rows), lastRow: Math.max(...rows), firstCol: Math.min(...cols), lastCol: Math.max(...cols) };
}
