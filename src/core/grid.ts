/**
 * The plain grid every source enters the core as: the cells the pane reads through Office.js, the
 * cells the command reads from a .xlsx file, and later those a web page reads. One type, so that
 * recognition, extraction and aggregation see the same thing whoever read the sheet.
 */
import type { Issue } from "./table/model";

/** 0-based sheet position (row, column) of a grid's top-left cell: a used range need not start at A1. */
export interface Origin {
  row: number;
  col: number;
}

export interface Grid {
  /** the sheet's name, for cell addresses in messages */
  sheetName: string;
  /** where cells[0][0] sits in the sheet */
  origin: Origin;
  /** values as Excel gives them: numbers, text, booleans, dates as serials, "" for blank cells */
  cells: unknown[][];
  /** what the reader could not read exactly as Excel shows it (a formula saved without its result) */
  issues: Issue[];
  /** absolute 0-based sheet rows hidden or filtered out, where the reader can tell (core/hiddenRows.ts) */
  hiddenRows?: readonly number[];
  /**
   * the workbook keeps dates in Excel's 1904 system (a Mac workbook): its date numbers are those
   * Office.js gives, days since 1/1/1904 (core/dateSystem.ts); absent, the 1900 system
   */
  date1904?: boolean;
  /** the reader could not tell the workbook's date system (the pane): the 1900 one is assumed, and said */
  dateSystemUnknown?: boolean;
  /** absolute 0-based sheet cells formatted as dates, where the reader can tell (a date in a count is an error) */
  dateCells?: ReadonlyArray<{ row: number; col: number }>;
}
