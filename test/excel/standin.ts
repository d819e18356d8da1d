/**
 * Typed handle on the Excel stand-in (test/stubs/excel-standin.js), loaded once per test file.
 * Requiring it defines the Excel and Office globals the add-in's code calls.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
require("../stubs/excel-standin.js");

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  ops: number;
  /** the error of a sync Excel refused for its size */
  refused?: { code: string };
}

export interface Standin {
  reset(): void;
  addSheet(name: string, rows: unknown[][], origin?: string): void;
  /** hides rows of a sheet (1-based row numbers), as the user or a filter does */
  hideRows(name: string, rows: number[]): void;
  activate(name: string): void;
  select(name: string, ref: string): void;
  selection(): { sheet: string; address: string } | null;
  sheetNames(): string[];
  hideSheet(name: string): void;
  activeSheetName(): string | null;
  read(name: string, ref?: string): unknown[][];
  usedAddress(name: string): string | null;
  formatAt(name: string, ref: string): Record<string, unknown>;
  columnWidth(name: string, col: number): number | undefined;
  numberFormatAt(name: string, ref: string): string;
  /** formats `ref` (A1) with a number format code, as the user does with Format Cells */
  setNumberFormat(name: string, ref: string, format: string): void;
  merges(name: string): string[];
  conditionalFormats(name: string): { range: string; type: string; formula: string; fill: string; fontColor: string }[];
  charts(name: string): {
    type: string;
    title: string;
    from: string;
    to: string;
    series: { name: string; values: string; categories: string }[];
  }[];
  pageLayout(name: string): {
    orientation: string;
    paperSize: string;
    zoom: Record<string, number>;
    printTitleRows: { first: number; last: number } | null;
  };
  frozenRows(name: string): number;
  readonly stats: { syncs: SyncRecord[]; runs: number; pendingAtEnd: number; cellsRead: number };
  resetStats(): void;
  failOn: ((op: { kind: string; sync: number }) => boolean) | null;
  displayLanguage: string;
  /** the workbook keeps dates in the 1904 system: values are its numbers, texts show the dates */
  date1904: boolean;
  formulaResult: ((sheet: string, ref: string, formula: string) => unknown) | null;
  savedSettings(): Record<string, string>;
  reopen(): void;
}

export const standin = (globalThis as unknown as { ExcelStandin: Standin }).ExcelStandin;

export const MIB = 1024 * 1024;
