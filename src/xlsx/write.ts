/**
 * Rendering a ReportDocument into an .xlsx workbook with ExcelJS. Like the Office.js writer, this only
 * translates the document: values, formulas with their computed results cached, number formats,
 * styles, merges, column widths and row heights, conditional formats, print setup and frozen rows. Nothing is computed here.
 * Charts are not written: ExcelJS cannot create them (the README says so); `omittedCharts` counts them.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import {
  BELOW_TARGET_FILL,
  BELOW_TARGET_FONT,
  STYLES,
  type ReportCell,
  type ReportDocument,
  type ReportSheet,
  type StyleName,
  type StyleSpec,
} from "../core/report/document";
import { XlsxFileError } from "./errors";

const PAPER_A4 = 9;
const EXCELJS_DEFAULT_WIDTH = 9;

/** "#DDEBF7" → "FFDDEBF7" (ExcelJS colours are ARGB). */
const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "H7:H30" or "B3" → 1-based bounds. */
export function parseRange(range: string): Box {
  const [a, b = a] = range.replace(/\$/g, "").split(":");
  const one = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(ref.trim());
    if (!m) throw new Error(`Địa chỉ ô không hợp lệ trong tài liệu báo cáo: "${range}"`);
    let col = 0;
    for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m[2]), col };
  };
  const p = one(a);
  const q = one(b);
  return {
    top: Math.min(p.row, q.row),
    bottom: Math.max(p.row, q.row),
    left: Math.min(p.col, q.col),
    right: Math.max(p.col, q.col),
  };
}

function eachCellOf(range: string, visit: (row: number, col: number) => void): void {
  const box = parseRange(range);
  for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) visit(r, c);
}

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF808080" } };

function excelStyle(spec: StyleSpec | undefined, numFmt: string | undefined): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (numFmt) style.numFmt = numFmt;
  if (!spec) return style;
  const font: Partial<ExcelJS.Font> = {};
  if (spec.bold) font.bold = true;
  if (spec.italic) font.italic = true;
  if (spec.size) font.size = spec.size;
  if (spec.color) font.color = { argb: argb(spec.color) };
  if (Object.keys(font).length) style.font = font;
  if (spec.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(spec.fill) } };
  if (spec.border) style.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (spec.wrap || spec.align) {
    style.alignment = {
      ...(spec.align ? { horizontal: spec.align } : {}),
      ...(spec.wrap ? { wrapText: true, vertical: "middle" as const } : {}),
    };
  }
  return style;
}

function writeValue(cell: ExcelJS.Cell, source: ReportCell): void {
  if (source.formula) {
    const formula = source.formula.startsWith("=") ? source.formula.slice(1) : source.formula;
    cell.value = source.value === null ? { formula } : { formula, result: source.value };
  } else if (source.value !== null) {
    cell.value = source.value;
  }
}

/** Style name and number format per cell, later ranges overriding earlier ones. */
function cellLooks(sheet: ReportSheet): Map<string, { style?: StyleName; numFmt?: string }> {
  const looks = new Map<string, { style?: StyleName; numFmt?: string }>();
  const at = (r: number, c: number) => {
    const key = `${r},${c}`;
    let look = looks.get(key);
    if (!look) looks.set(key, (look = {}));
    return look;
  };
  for (const s of sheet.styles) eachCellOf(s.range, (r, c) => (at(r, c).style = s.style));
  for (const f of sheet.numberFormats) eachCellOf(f.range, (r, c) => (at(r, c).numFmt = f.format));
  return looks;
}

function renderSheet(workbook: ExcelJS.Workbook, sheet: ReportSheet): void {
  const ws = workbook.addWorksheet(sheet.name);
  sheet.rows.forEach((row, r) => {
    const excelRow = ws.getRow(r + 1);
    row.forEach((source, c) => writeValue(excelRow.getCell(c + 1), source));
  });
  // Merges before styles: merging copies the top-left style over the covered cells.
  for (const range of sheet.merges) ws.mergeCells(range);
  // One style object per (style, format) pair: ExcelJS writes each distinct style once.
  const shared = new Map<string, Partial<ExcelJS.Style>>();
  for (const [key, look] of cellLooks(sheet)) {
    const id = `${look.style ?? ""}|${look.numFmt ?? ""}`;
    let style = shared.get(id);
    if (!style) shared.set(id, (style = excelStyle(look.style && STYLES[look.style], look.numFmt)));
    const [r, c] = key.split(",").map(Number);
    ws.getCell(r, c).style = style;
  }
  // ExcelJS does not write a width of exactly 9, taking it for the default; make 9 the default then.
  ws.properties.defaultColWidth = EXCELJS_DEFAULT_WIDTH;
  sheet.columnWidths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const { row, height } of sheet.rowHeights ?? []) ws.getRow(row).height = height;
  sheet.conditionalFormats.forEach((cf, i) =>
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [cf.formula.startsWith("=") ? cf.formula.slice(1) : cf.formula],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(BELOW_TARGET_FILL) } },
            font: { color: { argb: argb(BELOW_TARGET_FONT) } },
          },
        },
      ],
    }),
  );
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: sheet.print.paper === "A4" ? PAPER_A4 : undefined,
    orientation: sheet.print.orientation,
    fitToPage: sheet.print.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${sheet.print.repeatRows.first}:${sheet.print.repeatRows.last}`,
  };
  if (sheet.frozenRows > 0) ws.views = [{ state: "frozen", xSplit: 0, ySplit: sheet.frozenRows }];
}

export interface RenderedReport {
  workbook: ExcelJS.Workbook;
  /** charts of the document that ExcelJS cannot write */
  omittedCharts: number;
}

/** The report document as an ExcelJS workbook, one worksheet per report sheet. */
export function renderReport(doc: ReportDocument): RenderedReport {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "THADS";
  // Excel recalculates on opening: the cached results are the core's, the formulas are the truth.
  workbook.calcProperties = { fullCalcOnLoad: true };
  for (const sheet of doc.sheets) renderSheet(workbook, sheet);
  return { workbook, omittedCharts: doc.sheets.reduce((n, s) => n + s.charts.length, 0) };
}

/**
 * Saves a workbook without ever leaving a half-written file: it is written to a temporary file in
 * the same directory and renamed. An existing file is kept unless `force`.
 */
export async function saveWorkbook(workbook: ExcelJS.Workbook, file: string, force = false): Promise<void> {
  if (!force && fs.existsSync(file)) throw new XlsxFileError(file, "exists");
  const temp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await workbook.xlsx.writeFile(temp);
    fs.renameSync(temp, file);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw new XlsxFileError(file, "writeFailed", writeReason(err));
  }
}

function writeReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return "thư mục không tồn tại";
  if (code === "EACCES" || code === "EPERM" || code === "EBUSY") return "không có quyền ghi hoặc tệp đang mở trong Excel";
  if (code === "ENOSPC") return "đĩa đã đầy";
  if (code === "EISDIR") return "đó là một thư mục";
  return err instanceof Error ? err.message.split("\n")[0] : String(err);
}

/** Renders and saves the report; returns the number of charts left out. */
export async function writeReport(doc: ReportDocument, file: string, force = false): Promise<number> {
  const { workbook, omittedCharts } = renderReport(doc);
  await saveWorkbook(workbook, file, force);
  return omittedCharts;
}
