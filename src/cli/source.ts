/**
 * One input workbook → the statistics table the report is built from, through the same core code as
 * the task pane: a statistics table is recognised and extracted; a case register is recognised and
 * aggregated. The sheet is the one named by --sheet, else the first visible sheet recognised.
 */
import * as fs from "fs";
import * as path from "path";
import type { StatusCount } from "../core/register/aggregate";
import { recognizeGrid } from "../core/source";
import { statisticsOf } from "../core/statistics";
import type { Issue, StatTable } from "../core/table/model";
import { candidateSheets, openWorkbook, sheetGrid } from "../xlsx/read";
import { words } from "../i18n/problem";
import { LARGE_INPUT_BYTES, Progress } from "./progress";
import type { ReportCommand } from "./args";

export interface Source {
  file: string;
  sheetName: string;
  kind: "table" | "register";
  table: StatTable;
  /** register only: each distinct status, how it was classified and how many rows carry it */
  statuses?: StatusCount[];
}

/** No sheet of the file holds a table or a register; `reasons` says what each sheet lacked. */
export class NotRecognisedError extends Error {
  constructor(readonly file: string, readonly reasons: Issue[]) {
    super(path.basename(file));
  }
}

type Options = Pick<ReportCommand, "sheet" | "reportDate" | "lang">;

/** The file's size, or 0 when it cannot be read (openWorkbook then says why). */
function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** Reads one file; throws XlsxFileError (the file itself) or NotRecognisedError (its content). */
export async function loadSource(file: string, options: Options, progress: Progress): Promise<Source> {
  const t = words(options.lang).cli;
  const name = path.basename(file);
  const large = sizeOf(file) >= LARGE_INPUT_BYTES;
  // ExcelJS parses the whole file before any row can be counted: say so, then count the rows.
  progress.note(t.opening(name), large);
  const workbook = await openWorkbook(file);
  const reasons: Issue[] = [];
  for (const worksheet of candidateSheets(workbook, file, options.sheet)) {
    const grid = sheetGrid(worksheet, progress.start(t.reading(name), large));
    if (grid.cells.length === 0) continue;
    const found = recognizeGrid(grid);
    if (found.kind === "none") {
      reasons.push(...found.reasons);
      continue;
    }
    // A register is aggregated row by row: a large one shows its progress.
    const done = found.kind === "register" ? progress.start(t.aggregating(name), large) : undefined;
    const { kind, table, statuses } = statisticsOf(found, { reportDate: options.reportDate });
    done?.(1);
    return { file, sheetName: grid.sheetName, kind, table, ...(statuses ? { statuses } : {}) };
  }
  throw new NotRecognisedError(file, reasons);
}
