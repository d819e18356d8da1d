/**
 * What a sheet holds: a statistics table (one row per officer or unit) or a case register (one row
 * per enforcement decision). The task pane and the `thads` command ask the same question here, so a
 * workbook is read the same way by both.
 */
import { isError } from "./errors";
import { recognizeRegister, RegisterLayout } from "./register/recognize";
import { GridOptions, recognizeTable, TableLayout } from "./table/recognize";

export type Recognized = { kind: "table"; layout: TableLayout } | { kind: "register"; layout: RegisterLayout };

/** A statistics table first (its header is stricter), else a case register; else why neither was found. */
export function recognizeGrid(cells: unknown[][], opts: GridOptions = {}): Recognized | { kind: "none"; reasons: string[] } {
  const table = recognizeTable(cells, opts);
  if (!isError(table)) return { kind: "table", layout: table };
  const register = recognizeRegister(cells, opts);
  if (!isError(register)) return { kind: "register", layout: register };
  return { kind: "none", reasons: [table.message, register.message] };
}
