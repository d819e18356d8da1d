/**
 * Reading the table the user points at: the used range of the active sheet, or the selection when
 * it is more than one cell (of a selection of several areas, the first, and the user is told).
 *
 * Bytes, not row counts, size every round trip. Excel on the web refuses a request or a response
 * over 5 MB (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded, "Excel add-ins"
 * in https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization),
 * and a wide register can pass that in a few thousand rows. So:
 * 1. the first sync learns the sheet, the used range and the selection, and reads the header block
 *    (the first HEAD_ROWS rows: all a small table needs, and all recognition needs of a register);
 * 2. every later block is sized to about 1 MB from what the rows read so far weigh, for the columns
 *    it reads, re-measured after each block;
 * 3. a response Excel still refuses for its size is asked again with half the rows.
 * Below the header block only the columns the caller needs are read (a register's recognised
 * columns): one range per run of adjacent columns, all runs of a block in the same sync.
 *
 * Office.js gives a date as its serial (15/08/2021 is 44423): only the cell's number format tells it
 * is a date, and a date in a count cell must be an error, not 44.423 cases (Grid.dateCells). So the
 * formats are read with the values wherever every column is read: the header block, and the rest of
 * a statistics table (the one kind that looks at dateCells). A register's rows below the header block
 * are read without them: "General" costs 10 bytes a cell, as much as most values. Measured on the
 * stand-in, a 100,000-row register's 5 columns read weigh 5.98 MB of values and would weigh 5.09 MB
 * more of formats (8 round trips would become about 12) that nothing reads, a register's dates being read
 * from its date columns; a 5,000-row table weighs 134 KB of values and 344 KB with its formats.
 */
import type { Grid } from "../core/grid";
import type { Issue } from "../core/table/model";
import { problem } from "../i18n/problem";
import { ProblemError } from "../i18n/problemError";
import { isResponseTooLarge, officeCause } from "./officeError";
import { hiddenRowsIn } from "./hiddenRows";
import { dateCellsIn } from "../core/numberFormat";
import { shownDate1904 } from "./dateSystem";
import { jsonBytes, PAYLOAD_BUDGET } from "./payload";

/**
 * The grid read: cells as Excel returns them ("" for blank cells, and for cells of columns not read);
 * its issues say what the user should know of the read (only the first of several selected areas).
 */
export interface SheetCells extends Grid {
  /** the columns (0-based into cells) read below the header block; absent when every column was */
  columnsRead?: number[];
  /** the address of the selected area read, when the selection (not the used range) was read */
  selection?: string;
  /** the numbers shown as dates, of the rows read with every column (the header block; all of a table's rows) */
  dateCells?: { row: number; col: number }[];
}

export interface ReadOptions {
  /** rows read so far and in all, after each round trip */
  onProgress?: (rowsRead: number, totalRows: number) => void;
  /** rows of the header block, read in the first round trip */
  headRows?: number;
  /** the most a block's response should weigh */
  maxResponseBytes?: number;
  /**
   * Given the header block, the columns (0-based into its cells) the rows below it are needed for;
   * undefined: every column.
   */
  columnsNeeded?: (head: SheetCells) => readonly number[] | undefined;
  /** the sheet to read, whole (its used range, whatever is selected); undefined: the active sheet */
  sheetName?: string;
}

/** Recognition looks at the first 30 rows; a statistics table of up to this many rows takes one sync. */
export const HEAD_ROWS = 100;

interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Adjacent columns read as one range: 0-based into the target. */
interface Run {
  from: number;
  count: number;
}

const RECT_PROPS = "rowIndex,columnIndex,rowCount,columnCount";

export async function readActiveTable(options: ReadOptions = {}): Promise<SheetCells> {
  try {
    return await Excel.run(async (context) => {
      const start = await halving(options.headRows ?? HEAD_ROWS, (rows) => readStart(context, rows, options.sheetName));
      options.onProgress?.(start.cells.length, start.target.rows);
      const columnsRead = await readRest(context, start, options);
      const { cells, sheetName, target, issues, selection, dateCells } = start;
      // Office.js gives dates as the workbook's serials without saying its date system: a date shown tells it, if any.
      const origin = { row: target.row, col: target.col };
      const date1904 = await shownDate1904(context, start.sheet, { origin, cells, formats: start.formats, dateCells });
      const system = date1904 === undefined ? { dateSystemUnknown: true } : date1904 ? { date1904: true } : {};
      const read: SheetCells = { cells, sheetName, origin, issues, ...system };
      if (columnsRead) read.columnsRead = columnsRead;
      if (selection) read.selection = selection;
      if (dateCells.length > 0) read.dateCells = dateCells;
      // Hidden and filtered rows are counted as SUM counts them, and listed (core/hiddenRows.ts).
      const hidden = await hiddenRowsIn(context, start.sheet, target, start.rowHidden);
      if (hidden.length > 0) read.hiddenRows = hidden;
      return read;
    });
  } catch (error) {
    if (error instanceof ProblemError) throw error;
    throw new ProblemError(problem("excelReadFailed", { cause: officeCause(error) }));
  }
}

interface Start {
  sheet: Excel.Worksheet;
  sheetName: string;
  /** what is read: the used range, or the (first) selected area within it */
  target: Rect;
  /** the target's rows read so far */
  cells: unknown[][];
  /** the number formats of the header block's rows (for the weight of the formats of the rows below) */
  formats: unknown[][];
  /** the numbers shown as dates, in the rows read with their formats */
  dateCells: { row: number; col: number }[];
  issues: Issue[];
  /** the selected area's address, when it is the target */
  selection?: string;
  /** the target's Range.rowHidden: false when no row is hidden, true when all are, null when some are */
  rowHidden: boolean | null;
}

/**
 * One sync: the sheet's name, the used range, the selection and the top `rows` rows of the used
 * range. The selection comes from getSelectedRanges (ExcelApi 1.9): getSelectedRange throws when
 * several areas are selected ("If there are multiple ranges selected, this method will throw an
 * error", Workbook.getSelectedRange in @types/office-js).
 */
async function readStart(context: Excel.RequestContext, rows: number, sheetName?: string): Promise<Start> {
  const sheets = context.workbook.worksheets;
  const sheet = sheetName === undefined ? sheets.getActiveWorksheet() : sheets.getItem(sheetName);
  sheet.load("name");
  const used = sheet.getUsedRange(true);
  used.load(`${RECT_PROPS},rowHidden`);
  const selected = context.workbook.getSelectedRanges();
  selected.load("areaCount");
  selected.areas.load(`address,${RECT_PROPS},rowHidden`);
  const head = used.getRow(0).getResizedRange(rows - 1, 0).getIntersection(used);
  head.load("values,numberFormat");
  await context.sync();

  const usedRect = rectOf(used);
  const first = selected.areas.items[0];
  // A sheet read by name is read whole: the selection is the active sheet's.
  const area = sheetName === undefined && first && first.rowCount * first.columnCount > 1 ? intersect(rectOf(first), usedRect) : undefined;
  const issues: Issue[] = [];
  if (area && selected.areaCount > 1) {
    const p = problem("excelFirstAreaOnly", { areas: selected.areaCount, address: first.address });
    issues.push({ where: first.address, problem: p, severity: "warning", row: area.row, col: area.col });
  }
  const target = area ?? usedRect;
  const rowHidden = (area ? first.rowHidden : used.rowHidden) as boolean | null;
  const cells = sliceBlock(head.values as unknown[][], usedRect, target);
  const formats = sliceBlock(head.numberFormat as unknown[][], usedRect, target);
  const dateCells = dateCellsIn(cells, formats, target);
  const read: Start = { sheet, sheetName: sheet.name, target, cells, formats, dateCells, issues, rowHidden };
  if (area) read.selection = first.address;
  return read;
}

/**
 * The target's rows below those read, in blocks of about `maxResponseBytes`: every column up to the
 * end of the header block, then the columns `columnsNeeded` asks for. Returns those columns, if asked.
 * The blocks of every column are read with their formats, and their date cells added to the start's.
 */
async function readRest(context: Excel.RequestContext, start: Start, options: ReadOptions): Promise<number[] | undefined> {
  const { sheet, target, cells } = start;
  const budget = options.maxResponseBytes ?? PAYLOAD_BUDGET;
  const headRows = options.headRows ?? HEAD_ROWS;
  let runs: Run[] = [{ from: 0, count: target.cols }];
  let columnsRead: number[] | undefined;
  let decided = false;
  let bytesPerRow = rowBytes(cells, runs) + rowBytes(start.formats, runs);
  while (cells.length < target.rows) {
    if (!decided && cells.length >= headRows) {
      decided = true;
      const needed = options.columnsNeeded?.({ cells, sheetName: start.sheetName, origin: { row: target.row, col: target.col }, issues: [] });
      if (needed) {
        columnsRead = [...new Set(needed)].filter((c) => c >= 0 && c < target.cols).sort((a, b) => a - b);
        runs = runsOf(columnsRead);
        bytesPerRow = rowBytes(cells, runs);
      }
    }
    if (runs.length === 0) break;
    const fits = Math.max(1, Math.floor(budget / Math.max(1, bytesPerRow)));
    const want = Math.min(target.rows - cells.length, fits, decided ? Infinity : headRows - cells.length);
    const withFormats = columnsRead === undefined;
    const block = await halving(want, (rows) => readBlock(context, sheet, target, cells.length, rows, runs, withFormats));
    if (block.formats) start.dateCells.push(...dateCellsIn(block.rows, block.formats, { row: target.row + cells.length, col: target.col }));
    for (const row of block.rows) cells.push(row);
    bytesPerRow = Math.max(bytesPerRow, block.bytes / block.rows.length);
    options.onProgress?.(cells.length, target.rows);
  }
  return columnsRead;
}

/**
 * `rows` rows of the target from its row `at`, the runs' columns only ("" elsewhere): one sync.
 * `withFormats` (the runs are every column): their number formats too.
 */
async function readBlock(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  target: Rect,
  at: number,
  rows: number,
  runs: Run[],
  withFormats: boolean,
): Promise<{ rows: unknown[][]; bytes: number; formats?: unknown[][] }> {
  const ranges = runs.map((run) => sheet.getRangeByIndexes(target.row + at, target.col + run.from, rows, run.count));
  ranges.forEach((range) => range.load(withFormats ? "values,numberFormat" : "values"));
  await context.sync();
  const parts = ranges.map((range) => range.values as unknown[][]);
  const formats = withFormats ? (ranges[0].numberFormat as unknown[][]) : undefined;
  const bytes = parts.reduce((sum, part) => sum + jsonBytes(part), 0) + (formats ? jsonBytes(formats) : 0);
  if (runs.length === 1 && runs[0].count === target.cols) return { rows: parts[0], bytes, ...(formats ? { formats } : {}) };
  const out: unknown[][] = [];
  for (let i = 0; i < rows; i++) {
    const row: unknown[] = new Array(target.cols).fill("");
    runs.forEach((run, k) => {
      const part = parts[k][i];
      for (let j = 0; j < run.count; j++) row[run.from + j] = part[j];
    });
    out.push(row);
  }
  return { rows: out, bytes };
}

/** Reads `rows` rows, or half as many again and again while Excel refuses the response for its size. */
async function halving<T>(rows: number, read: (rows: number) => Promise<T>): Promise<T> {
  for (let n = rows; ; n = Math.ceil(n / 2)) {
    try {
      return await read(n);
    } catch (error) {
      if (!isResponseTooLarge(error) || n <= 1) throw error;
    }
  }
}

/**
 * What one row of the runs weighs, from the later half of the rows read (the data rows, not the
 * mostly blank title rows above them): of their values, or of their formats.
 */
function rowBytes(cells: unknown[][], runs: Run[]): number {
  const rows = cells.slice(Math.floor(cells.length / 2));
  if (rows.length === 0) return 0;
  const bytes = runs.reduce((sum, run) => sum + jsonBytes(rows.map((row) => row.slice(run.from, run.from + run.count))), 0);
  return bytes / rows.length;
}

/** Sorted distinct columns as runs of adjacent ones: [1, 2, 4, 5, 6] → 1–2, 4–6. */
function runsOf(columns: number[]): Run[] {
  const runs: Run[] = [];
  for (const c of columns) {
    const last = runs[runs.length - 1];
    if (last && last.from + last.count === c) last.count++;
    else runs.push({ from: c, count: 1 });
  }
  return runs;
}

function rectOf(range: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }): Rect {
  return { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount };
}

function intersect(a: Rect, b: Rect): Rect | undefined {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
  const cols = Math.min(a.col + a.cols, b.col + b.cols) - col;
  return rows > 0 && cols > 0 ? { row, col, rows, cols } : undefined;
}

/** The rows of `target` that the header block (the top of `used`) already holds, cut to its columns. */
function sliceBlock(head: unknown[][], used: Rect, target: Rect): unknown[][] {
  const from = target.row - used.row;
  const to = Math.min(head.length, from + target.rows);
  const left = target.col - used.col;
  const out: unknown[][] = [];
  for (let r = from; r < to; r++) {
    out.push(left === 0 && target.cols === used.cols ? head[r] : head[r].slice(left, left + target.cols));
  }
  return out;
}
