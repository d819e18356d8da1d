/**
 * The report document: everything a writer needs to render the report sheet(s), with every figure
 * already computed here in the core. Writers (Office.js, ExcelJS) only translate it; they never compute.
 * Addresses are A1 style on the sheet being written; rows[0][0] is cell A1.
 */
import type { Issue } from "../table/model";

export type CellValue = string | number | boolean | null;

export interface ReportCell {
  /** The value shown; for a formula cell, the value the formula computes (written as cached result) */
  value: CellValue;
  /** A native Excel formula over the report's own cells, starting with "=" (no THADS.* calls) */
  formula?: string;
}

export type StyleName =
  | "title" // bold, large
  | "subtitle" // italic
  | "header" // bold, filled, bordered, wrapped, centred
  | "body" // bordered
  | "total" // bold, bordered, filled
  | "summary" // wrapped text paragraph
  | "note"; // small grey text

export interface StyleSpec {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** #RRGGBB */
  fill?: string;
  color?: string;
  border?: boolean;
  wrap?: boolean;
  align?: "left" | "center" | "right";
}

export const STYLES: Record<StyleName, StyleSpec> = {
  title: { bold: true, size: 14, align: "center" },
  subtitle: { italic: true, size: 11, align: "center" },
  header: { bold: true, fill: "#DDEBF7", border: true, wrap: true, align: "center" },
  body: { border: true },
  total: { bold: true, fill: "#F2F2F2", border: true },
  summary: { wrap: true },
  note: { italic: true, size: 9, color: "#595959" },
};

/** Fill used by the conditional format that highlights rows below target. */
export const BELOW_TARGET_FILL = "#FCE4D6";
export const BELOW_TARGET_FONT = "#9C0006";

export interface ConditionalFormat {
  /** the range highlighted, e.g. "A7:T30" */
  range: string;
  /** a formula true for the highlighted cells, relative to the range's top-left cell, e.g. "=$H7<$I7" */
  formula: string;
}

export interface ChartSpec {
  title: string;
  /** "line": the rate by month against the target (the year's Diễn biến sheet) */
  kind: "columnClustered" | "line";
  /** category labels (member names), e.g. "B7:B12" */
  categories: string;
  series: { name: string; values: string }[];
  /** where the chart is placed: top-left and bottom-right cells */
  from: string;
  to: string;
}

export interface PrintSpec {
  paper: "A4";
  orientation: "landscape";
  fitToWidth: true;
  /** header rows repeated on each printed page, 1-based inclusive */
  repeatRows: { first: number; last: number };
}

export interface ReportSheet {
  name: string;
  /** Dense grid from A1; every row has the same length */
  rows: ReportCell[][];
  /** number formats over ranges, e.g. { range: "H7:H30", format: "0.00%" } */
  numberFormats: { range: string; format: string }[];
  styles: { range: string; style: StyleName }[];
  merges: string[];
  /** column widths in characters, one per column */
  columnWidths: number[];
  conditionalFormats: ConditionalFormat[];
  charts: ChartSpec[];
  print: PrintSpec;
  /** rows frozen at the top (the header) */
  frozenRows: number;
  /** heights in points of the rows that need more than one line (1-based rows); others keep the default */
  rowHeights?: { row: number; height: number }[];
}

/** The figures of one measure (cases or money) for one row of the report. */
export interface MeasureResult {
  eligible: number;
  completed: number;
  terminated: number;
  /** completed + terminated (completed only for money when terminated money is not counted) */
  done: number;
  /** fraction; null when eligible is 0 */
  rate: number | null;
  /** fraction */
  target: number;
  /** target − rate (positive: còn thiếu, negative: vượt); null when rate is null */
  gap: number | null;
  /** cases (or nghìn đồng) still to complete to reach the target */
  needed: number;
  /** needed ÷ months remaining in the statistical year, rounded up */
  neededPerMonth: number;
  /** whether the rate reaches the target (Đạt); null when rate is null */
  met: boolean | null;
}

export interface ReportRow {
  name: string;
  cases: MeasureResult;
  money: MeasureResult;
  /** rank by case rate, 1 = best; absent on the total */
  rank?: number;
}

export interface ReportData {
  office: string;
  /** start and end are ISO dates (2020-10-01); label as on the sheet */
  period: {
    fiscalYear: number;
    months: number;
    start: string;
    end: string;
    label: string;
    /** months left in the statistical year, used by "needed per month" */
    monthsRemaining?: number;
  };
  rows: ReportRow[];
  total: ReportRow;
  /** the sentence offices write, as THADS.SUMMARY writes it */
  summary: string;
  /** names of the members below target (cases or money) */
  belowTarget: string[];
  warnings: Issue[];
  errors: Issue[];
}

export interface ReportDocument {
  sheets: ReportSheet[];
  /** the first sheet's figures (for a consolidation: one row per unit) */
  data: ReportData;
  /** consolidation only: each unit's own report, in the order of the sheets after the first */
  units?: { name: string; sheetName: string; data: ReportData }[];
}
