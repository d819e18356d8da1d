/**
 * What a sheet holds: a statistics table (one row per officer or unit) or a case register (one row
 * per enforcement decision). Every grid enters recognition here and nowhere else, whoever read it
 * (the task pane, the `thads` command), so a workbook is read the same way by all of them.
 */
import type { ThadsError } from "./errors";
import { isError } from "./errors";
import { decodedGrid } from "./encoding/grid";
import type { Grid } from "./grid";
import { recognizeRegister, RegisterLayout } from "./register/recognize";
import type { Issue } from "./table/model";
import { recognizeTable, TableLayout } from "./table/recognize";

/** A recognised sheet: its grid as recognised, and the layout found (which the user may correct). */
export type Recognized = { kind: "table"; grid: Grid; layout: TableLayout } | { kind: "register"; grid: Grid; layout: RegisterLayout };

/** Neither was found: why, once for each kind looked for (a statistics table, a case register). */
export interface NotRecognized {
  kind: "none";
  grid: Grid;
  reasons: Issue[];
}

/**
 * A sheet of more cells than this is decoded in its head rows only and, once recognised as a
 * register, down to its header: its case rows' officer, unit and status texts are read in Unicode
 * by the register pass, once per distinct text. A register of 100,000 rows has half a million text
 * cells (decision numbers, debtors) that no report reads.
 */
const WHOLE_GRID_CELLS = 200_000;
/** Rows recognition looks for headers and titles in (register/recognize.ts scans 30). */
const HEAD_ROWS = 30;

/**
 * A statistics table first (its header is stricter), else a case register; else why neither was
 * found. Text typed in TCVN3 or VNI-Windows is read in Unicode first (encoding/grid.ts).
 */
export function recognizeGrid(read: Grid): Recognized | NotRecognized {
  const cells = read.cells.length * (read.cells[0]?.length ?? 0);
  if (cells <= WHOLE_GRID_CELLS) return recognizeDecoded(decodedGrid(read));
  const found = recognizeDecoded(decodedGrid(read, { headRows: HEAD_ROWS, columns: [] }));
  if (found.kind !== "register") return recognizeDecoded(decodedGrid(read));
  // Its case rows are read in Unicode by the register pass, each distinct text once (register/legacyText.ts).
  return { ...found, grid: decodedGrid(read, { headRows: found.layout.firstDataRow, columns: [] }) };
}

/**
 * A table's header in the head rows first; else a register whose header is there: its case rows
 * (100,000 of them, perhaps) are not searched for a table's header, which would read every row once
 * more than the register's pass does. Else a table's header anywhere, then a register's.
 */
function recognizeDecoded(grid: Grid): Recognized | NotRecognized {
  const where = { sheetName: grid.sheetName, origin: grid.origin };
  const head = recognizeTable(grid.cells, { ...where, toRow: HEAD_ROWS });
  if (!isError(head)) return { kind: "table", grid, layout: head };
  const register = recognizeRegister(grid.cells, where);
  if (!isError(register) && register.headerRow < HEAD_ROWS) return { kind: "register", grid, layout: register };
  const table = grid.cells.length > HEAD_ROWS ? recognizeTable(grid.cells, where) : head;
  if (!isError(table)) return { kind: "table", grid, layout: table };
  if (!isError(register)) return { kind: "register", grid, layout: register };
  return { kind: "none", grid, reasons: [reasonOf(grid, table), reasonOf(grid, register)] };
}

function reasonOf(grid: Grid, error: ThadsError): Issue {
  return { where: grid.sheetName, problem: error.problem, severity: "error" };
}
