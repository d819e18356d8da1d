/**
 * The workbook's date system, as the pane can tell it: Office.js gives a date's number in the
 * workbook's system (a Mac workbook's 1904 one: 1.462 fewer) and never says which system that is,
 * but Excel shows the date rightly, so a date cell's displayed text against its number tells
 * (core/dateSystem.ts). The cell asked is the first date cell of the header block whose format shows
 * the year in four digits: one request of one cell's text, and none when the block has no such cell.
 */
import { date1904Shown } from "../core/dateSystem";

/** The rows read with their formats, and the date cells found in them (absolute sheet positions). */
export interface DatedBlock {
  /** the block's top-left cell on the sheet, 0-based */
  origin: { row: number; col: number };
  cells: readonly unknown[][];
  formats: readonly unknown[][];
  dateCells: readonly { row: number; col: number }[];
}

const FOUR_DIGIT_YEAR = /yyyy/i;

/** true: the 1904 system; false: the 1900 one; undefined: not told (no date cell showing a four-digit year). */
export async function shownDate1904(context: Excel.RequestContext, sheet: Excel.Worksheet, block: DatedBlock): Promise<boolean | undefined> {
  const probe = block.dateCells.find((d) => {
    const format = block.formats[d.row - block.origin.row]?.[d.col - block.origin.col];
    return typeof format === "string" && FOUR_DIGIT_YEAR.test(format);
  });
  if (!probe) return undefined;
  const cell = sheet.getRangeByIndexes(probe.row, probe.col, 1, 1);
  cell.load("text");
  await context.sync();
  const serial = block.cells[probe.row - block.origin.row][probe.col - block.origin.col] as number;
  return date1904Shown(serial, String((cell.text as unknown[][])[0]?.[0] ?? ""));
}
