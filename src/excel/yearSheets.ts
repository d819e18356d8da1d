/**
 * The other sheets of the open workbook, for the year's reports (So với cùng kỳ, Diễn biến theo
 * tháng): their names, and each read as the active sheet is read (read.ts: blocks sized by payload),
 * but by name and whole. Hidden sheets are left out, as the command leaves them out of a file.
 */
import type { Grid } from "../core/grid";
import { problem } from "../i18n/problem";
import { ProblemError } from "../i18n/problemError";
import { officeCause } from "./officeError";
import { readActiveTable } from "./read";

/** The names of the workbook's visible sheets, in the workbook's order. */
export async function visibleSheetNames(): Promise<string[]> {
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      return sheets.items.filter((s) => s.visibility === Excel.SheetVisibility.visible).map((s) => s.name);
    });
  } catch (error) {
    throw new ProblemError(problem("excelReadFailed", { cause: officeCause(error) }));
  }
}

/**
 * A sheet by name: whole, or only its head block (`head`: the top rows, all recognition and a
 * table's title need) when the pane only looks for what it holds.
 */
export function readSheet(name: string, head = false): Promise<Grid> {
  return readActiveTable({ sheetName: name, ...(head ? { columnsNeeded: () => [] } : {}) });
}
