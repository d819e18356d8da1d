/**
 * Rendering a ReportDocument into an .xlsx workbook with ExcelJS. Like the Office.js writer, this only
 * translates the document: values, formulas with their computed results cached, number formats,
 * styles, merges, column widths and row heights, conditional formats, print setup, frozen rows and charts.
 * Nothing is computed here. ExcelJS cannot write charts: they are added to the package it produces
 * (chart and drawing parts, relationships, content types), their caches filled from the document's cells.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  BELOW_TARGET_FILL,
  BELOW_TARGET_FONT,
  STYLES,
  type CellValue,
  type ChartSpec,
  type ReportCell,
  type ReportDocument,
  type ReportSheet,
  type StyleName,
  type StyleSpec,
} from "../core/report/document";
import { fileColumnWidth } from "../core/report/widths";
import { columnChartXml, drawingXml, sheetRange, type ChartFrame, type ColumnChartData } from "./chart";
import { problem } from "../i18n/problem";
import { ProblemError } from "../i18n/problemError";
import { fileError, shortReason, writeReason, XlsxFileError } from "./errors";
import { addOverride, addRelationship, CONTENT_TYPE, insertDrawing, relationshipsXml, relativeTarget, REL_TYPE, relsPartOf, sheetParts } from "./opc";

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
    if (!m) throw new ProblemError(problem("filesBadRange", { range }));
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

type Looks = Map<string, { style?: StyleName; numFmt?: string }>;

/** Style name and number format per cell ("row,col" keys), later ranges overriding earlier ones. */
function cellLooks(sheet: ReportSheet): Looks {
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
  sheet.columnWidths.forEach((chars, i) => (ws.getColumn(i + 1).width = fileColumnWidth(chars)));
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

/** The report document as an ExcelJS workbook, one worksheet per report sheet (charts are added by reportBytes). */
export function renderReport(doc: ReportDocument): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "THADS";
  // Excel recalculates on opening: the cached results are the core's, the formulas are the truth.
  workbook.calcProperties = { fullCalcOnLoad: true };
  for (const sheet of doc.sheets) renderSheet(workbook, sheet);
  return workbook;
}

/** The value axis shows percentages: every series of the report's chart is a rate or a target. */
const CHART_AXIS_FORMAT = "0%";

/** What a chart shows, read from the document: ranges with their sheet, cached labels and values. */
function chartData(sheet: ReportSheet, spec: ChartSpec, looks: Looks): ColumnChartData {
  const values = (range: string) => {
    const out: CellValue[] = [];
    eachCellOf(range, (r, c) => out.push(sheet.rows[r - 1]?.[c - 1]?.value ?? null));
    return out;
  };
  const formatOf = (range: string) => {
    const { top, left } = parseRange(range);
    return looks.get(`${top},${left}`)?.numFmt ?? "General";
  };
  return {
    title: spec.title,
    categories: {
      ref: sheetRange(sheet.name, spec.categories),
      labels: values(spec.categories).map((v) => (v === null || v === "" ? null : String(v))),
    },
    series: spec.series.map((s) => ({
      name: s.name,
      ref: sheetRange(sheet.name, s.values),
      formatCode: formatOf(s.values),
      values: values(s.values).map((v) => (typeof v === "number" ? v : null)),
    })),
    axisFormat: CHART_AXIS_FORMAT,
  };
}

/** A chart placed like Office.js setPosition(from, to): from the top-left of `from` to the bottom-right of `to`. */
function anchorOf(spec: ChartSpec): ChartFrame["anchor"] {
  const from = parseRange(spec.from);
  const to = parseRange(spec.to);
  return { from: { col: from.left - 1, row: from.top - 1 }, to: { col: to.right, row: to.bottom } };
}

/** Adds every sheet's charts to the package ExcelJS wrote: one drawing per sheet, one chart part per chart. */
async function addCharts(xlsx: Uint8Array, sheets: ReportSheet[]): Promise<Uint8Array> {
  // A chart without series is left out, as the Office.js writer does.
  const drawn = (sheet: ReportSheet) => sheet.charts.filter((c) => c.series.length > 0);
  if (sheets.every((s) => drawn(s).length === 0)) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const read = async (part: string) => zip.file(part)?.async("string");
  const required = async (part: string) => {
    const text = await read(part);
    if (text === undefined) throw new ProblemError(problem("filesPartMissing", { part }));
    return text;
  };
  const parts = sheetParts(await required("xl/workbook.xml"), await required("xl/_rels/workbook.xml.rels"));
  let contentTypes = await required("[Content_Types].xml");
  const nextFree = (prefix: string) => {
    let n = 1;
    while (zip.file(`${prefix}${n}.xml`)) n++;
    return n;
  };
  for (const sheet of sheets) {
    const specs = drawn(sheet);
    if (specs.length === 0) continue;
    const sheetPart = parts.get(sheet.name);
    if (sheetPart === undefined) throw new ProblemError(problem("filesSheetPartMissing", { sheet: sheet.name }));
    const drawingPart = `xl/drawings/drawing${nextFree("xl/drawings/drawing")}.xml`;
    const looks = cellLooks(sheet);
    const charts = specs.map((spec, i) => {
      const part = `xl/charts/chart${nextFree("xl/charts/chart")}.xml`;
      zip.file(part, columnChartXml(chartData(sheet, spec, looks), spec.kind));
      contentTypes = addOverride(contentTypes, `/${part}`, CONTENT_TYPE.chart);
      const frame: ChartFrame = { anchor: anchorOf(spec), relId: `rId${i + 1}`, description: spec.title };
      return { frame, rel: { id: frame.relId, type: REL_TYPE.chart, target: relativeTarget(drawingPart, part) } };
    });
    zip.file(drawingPart, drawingXml(charts.map((c) => c.frame)));
    zip.file(relsPartOf(drawingPart), relationshipsXml(charts.map((c) => c.rel)));
    contentTypes = addOverride(contentTypes, `/${drawingPart}`, CONTENT_TYPE.drawing);
    const sheetRels = relsPartOf(sheetPart);
    const { xml, id } = addRelationship(await read(sheetRels), REL_TYPE.drawing, relativeTarget(sheetPart, drawingPart));
    zip.file(sheetRels, xml);
    zip.file(sheetPart, insertDrawing(await required(sheetPart), id));
  }
  zip.file("[Content_Types].xml", contentTypes);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The report as the bytes of an .xlsx file, charts included; no Node.js API, so the web page makes the same bytes. */
export async function reportBytes(doc: ReportDocument): Promise<Uint8Array> {
  const xlsx = new Uint8Array(await renderReport(doc).xlsx.writeBuffer());
  return addCharts(xlsx, doc.sheets);
}

/**
 * Saves a workbook file without ever leaving a half-written one: it is written to a temporary file
 * in the same directory and renamed. An existing file is kept unless `force`.
 */
export async function saveWorkbook(bytes: Uint8Array, file: string, force = false): Promise<void> {
  if (!force && fs.existsSync(file)) throw fileError(file, "filesExists");
  const temp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.promises.writeFile(temp, bytes);
    fs.renameSync(temp, file);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    const params = { file: path.basename(file), reason: writeReason(err), detail: shortReason(err) };
    throw new XlsxFileError(file, problem("filesWriteFailed", params));
  }
}

/** Renders the report, charts included, and saves it. */
export async function writeReport(doc: ReportDocument, file: string, force = false): Promise<void> {
  await saveWorkbook(await reportBytes(doc), file, force);
}
