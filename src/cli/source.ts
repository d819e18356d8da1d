/**
 * One input workbook → the statistics table the report is built from, through the same core code as
 * the task pane: a statistics table is recognised and extracted; a case register is recognised and
 * aggregated. The sheet is the one named by --sheet, else the first visible sheet recognised.
 */
import * as fs from "fs";
import * as path from "path";
import { gridWithin } from "../core/gridRange";
import { recognizeGrid } from "../core/source";
import type { Issue } from "../core/table/model";
import { titledStatistics, type TitledStatistics } from "../core/year/titled";
import type { Grid } from "../core/grid";
import type { FileTable } from "../core/report/files";
import { streamGrids } from "../xlsx/stream";
import { words } from "../i18n/problem";
import { LARGE_INPUT_BYTES, Progress } from "./progress";
import type { ReportCommand } from "./args";

/** A sheet of a file as read: its report date is --date, else the end of the period its title names. */
export interface Source extends TitledStatistics {
  file: string;
}

/** No sheet of the file holds a table or a register; `reasons` says what each sheet lacked. */
export class NotRecognisedError extends Error {
  constructor(readonly file: string, readonly reasons: Issue[]) {
    super(path.basename(file));
  }
}

type Options = Pick<ReportCommand, "sheet" | "reportDate" | "dateGiven" | "lang" | "moneyUnit"> & Partial<Pick<ReportCommand, "today" | "skipHidden" | "range">>;

/** The file's size, or 0 when it cannot be read (openWorkbook then says why). */
function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** The source a sheet's grid holds, or why it holds none (an empty sheet: no reasons). */
function sourceOfGrid(read: Grid, file: string, options: Options, progress: Progress, large: boolean): Source | Issue[] {
  if (read.cells.length === 0) return [];
  const grid = options.range ? gridWithin(read, options.range) : read;
  if (!("cells" in grid)) return [grid];
  const found = recognizeGrid(grid);
  if (found.kind === "none") return found.reasons;
  // A register is aggregated row by row: a large one shows its progress.
  const done = found.kind === "register" ? progress.start(words(options.lang).cli.aggregating(path.basename(file)), large) : undefined;
  // The period the title names (a table's rows above its header) is kept for --compare and trend.
  const sheet = titledStatistics(found, { ...(options.dateGiven ? { date: options.reportDate } : {}), fallback: options.reportDate, moneyUnit: options.moneyUnit, today: options.today, skipHidden: options.skipHidden });
  done?.(1);
  return { file, ...sheet, table: { ...sheet.table, readFrom: { sheet: grid.sheetName, file: path.basename(file) } } };
}

/** The grids of the sheets to look at, saying first that a large file is being opened. */
async function open(file: string, options: Options, progress: Progress) {
  const t = words(options.lang).cli;
  const name = path.basename(file);
  const large = sizeOf(file) >= LARGE_INPUT_BYTES;
  progress.note(t.opening(name), large);
  // Streamed: only the sheets' grids are kept, not ExcelJS's model of the whole workbook.
  return { grids: await streamGrids(file, options.sheet, progress.start(t.reading(name), large)), large };
}

/** Reads one file; throws XlsxFileError (the file itself) or NotRecognisedError (its content). */
export async function loadSource(file: string, options: Options, progress: Progress): Promise<Source> {
  const { grids, large } = await open(file, options, progress);
  const reasons: Issue[] = [];
  for (const grid of grids) {
    const found = sourceOfGrid(grid, file, options, progress, large);
    if (!Array.isArray(found)) return found;
    reasons.push(...found);
  }
  throw new NotRecognisedError(file, reasons);
}

/** Every statistics table of a file, one per sheet (a monthly workbook: T10, T11 …); throws as loadSource when none. */
export async function loadTables(file: string, options: Options, progress: Progress): Promise<Source[]> {
  const { grids, large } = await open(file, options, progress);
  const reasons: Issue[] = [];
  const tables: Source[] = [];
  for (const grid of grids) {
    const found = sourceOfGrid(grid, file, options, progress, large);
    if (Array.isArray(found)) reasons.push(...found);
    else if (found.kind === "table") tables.push(found);
  }
  if (tables.length === 0) throw new NotRecognisedError(file, reasons);
  return tables;
}

/** The sources as the report's files: a consolidation names a unit after its office, else its file. */
export function fileTables(sources: Source[]): FileTable[] {
  return sources.map((s) => ({ baseName: path.basename(s.file, path.extname(s.file)), table: s.table }));
}
