/**
 * Reading the table the user points at: the used range of the active sheet, or the selection when
 * it is more than one cell. A table of up to 5,000 rows comes back in ONE round trip; a large
 * register is then read in row blocks sized so that no response exceeds about 1 MB, never one
 * round trip per row.
 */
import type { Grid } from "../core/grid";
import { officeReason } from "./officeError";
import { jsonBytes, PAYLOAD_BUDGET } from "./payload";

export interface ReadOptions {
  /** rows read so far and in all, after each round trip */
  onProgress?: (rowsRead: number, totalRows: number) => void;
  /** rows loaded in the first round trip; a table this size or smaller takes one sync */
  firstBlockRows?: number;
  /** the most a later block's response may weigh */
  maxResponseBytes?: number;
}

export const FIRST_BLOCK_ROWS = 5000;

interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export async function readActiveTable(options: ReadOptions = {}): Promise<Grid> {
  const firstRows = options.firstBlockRows ?? FIRST_BLOCK_ROWS;
  const budget = options.maxResponseBytes ?? PAYLOAD_BUDGET;
  try {
    return await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      const used = sheet.getUsedRange(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      const selected = context.workbook.getSelectedRange();
      selected.load("cellCount");
      const area = selected.getIntersectionOrNullObject(used);
      area.load("rowIndex,columnIndex,rowCount,columnCount");
      // The first rows of the used range travel with the sizes, so a normal table needs no second trip.
      const head = used.getRow(0).getResizedRange(firstRows - 1, 0).getIntersection(used);
      head.load("values");
      await context.sync();

      const usedRect = rectOf(used);
      const target = selected.cellCount > 1 && !area.isNullObject ? rectOf(area) : usedRect;
      const headValues = head.values as unknown[][];
      const cells = sliceBlock(headValues, usedRect, target);
      const total = target.rows;
      options.onProgress?.(cells.length, total);

      // Later blocks are sized from what the rows read so far weigh, re-measured after each block.
      let bytesPerRow = (jsonBytes(headValues) / Math.max(1, headValues.length)) * (target.cols / usedRect.cols);
      while (cells.length < total) {
        const start = target.row + cells.length;
        const rows = Math.min(total - cells.length, Math.max(1, Math.floor(budget / Math.max(1, bytesPerRow))));
        const block = sheet.getRangeByIndexes(start, target.col, rows, target.cols);
        block.load("values");
        await context.sync();
        const values = block.values as unknown[][];
        for (const row of values) cells.push(row);
        bytesPerRow = Math.max(bytesPerRow, jsonBytes(values) / values.length);
        options.onProgress?.(cells.length, total);
      }
      return { cells, sheetName: sheet.name, origin: { row: target.row, col: target.col }, issues: [] };
    });
  } catch (error) {
    throw new Error(`Không đọc được bảng trên trang tính: ${officeReason(error)}.`);
  }
}

function rectOf(range: Excel.Range): Rect {
  return { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount };
}

/** The rows of `target` that the first block (the top of `used`) already holds, cut to its columns. */
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
