/**
 * Renders a ReportDocument into new worksheets with Office.js. It computes nothing: every value,
 * formula, format and position comes from the document.
 *
 * Round trips: one to learn the existing sheet names, then the commands are packed into batches of
 * about 1 MB of payload, one sync each; so writing takes at most 3 + ⌈payload in MB⌉ syncs whatever the
 * row count. If anything fails, the sheets already added are deleted and the sheet that was active is
 * activated again, so the workbook is left as it was.
 *
 * Replacing an earlier report (options.replacing), the new sheets are written beside the old ones
 * under free names; only in the last round trip are the old sheets deleted and the new ones given
 * their names. A failure before that leaves the old report as it was.
 */
import {
  BELOW_TARGET_FILL,
  BELOW_TARGET_FONT,
  CellValue,
  ReportCell,
  ReportDocument,
  ReportSheet,
  STYLES,
  StyleSpec,
} from "../core/report/document";
import { uniqueSheetName } from "../core/report/sheetName";
import { columnPoints } from "../core/report/widths";
import { cellAddress, columnLetter } from "../core/address";
import { problem } from "../i18n/problem";
import { ProblemError } from "../i18n/problemError";
import { officeCause } from "./officeError";
import { jsonBytes, PAYLOAD_BUDGET } from "./payload";

export interface WriteOptions {
  /** fraction of the payload sent so far, 0..1 */
  onProgress?: (fraction: number) => void;
  /** most payload per round trip */
  maxRequestBytes?: number;
  /** the sheets of an earlier report this one replaces: deleted once the new sheets are written */
  replacing?: readonly string[];
}

export interface WriteResult {
  /** names the sheets were given (made unique against the workbook), in document order */
  sheetNames: string[];
}

const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;

type Command = () => void;

/**
 * Queues commands and syncs whenever the next one would push the batch over the budget.
 * Sizes are the JSON of the data each command carries, which is what dominates a request.
 */
class Batcher {
  private pending = 0;
  private sent = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    readonly budget: number,
    private readonly total: number,
    private readonly onProgress?: (fraction: number) => void,
  ) {}

  /** room left in the current batch */
  get room(): number {
    return this.budget - this.pending;
  }

  async add(bytes: number, command: Command): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.flush();
    command();
    this.pending += bytes;
  }

  async flush(): Promise<void> {
    if (this.pending === 0) return;
    await this.context.sync();
    this.sent += this.pending;
    this.pending = 0;
    this.onProgress?.(Math.min(1, this.sent / Math.max(1, this.total)));
  }
}

export async function writeReport(doc: ReportDocument, options: WriteOptions = {}): Promise<WriteResult> {
  const budget = options.maxRequestBytes ?? PAYLOAD_BUDGET;
  const added: string[] = [];
  let previouslyActive: string | undefined;
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const active = sheets.getActiveWorksheet();
      active.load("name");
      await context.sync();
      previouslyActive = active.name;

      const plans = planSheets(doc, sheets.items.map((s) => s.name), options.replacing ?? []);
      const total = plans.reduce((sum, p) => sum + p.rows.reduce((s, r) => s + r.bytes, 0), 0);
      const batch = new Batcher(context, budget, total, options.onProgress);

      const written: Excel.Worksheet[] = [];
      for (const plan of plans) {
        const ws = sheets.add(plan.writeAs);
        added.push(plan.writeAs);
        written.push(ws);
        await writeCells(batch, ws, plan.rows);
        for (const [bytes, command] of formatCommands(ws, plan.sheet)) await batch.add(bytes, command);
      }
      await batch.add(0, () => {
        for (const name of plans.replaced) sheets.getItem(name).delete();
        plans.forEach((plan, i) => {
          if (plan.writeAs !== plan.name) written[i].name = plan.name;
        });
        written[0]?.activate();
      });
      await batch.flush();
      return { sheetNames: plans.map((p) => p.name) };
    });
  } catch (error) {
    const restored = await removeSheets(added, previouslyActive);
    if (error instanceof ProblemError) throw error; // found before anything was written
    throw new ProblemError(problem("excelWriteFailed", { cause: officeCause(error), restored, sheets: added }));
  }
}

type Plans = { sheet: ReportSheet; name: string; writeAs: string; rows: EncodedRow[] }[] & { replaced: string[] };

/**
 * Each sheet's name (made unique against the sheets kept) and the name it is written under: a name
 * still held by a sheet being replaced is taken only once that sheet is deleted.
 */
function planSheets(doc: ReportDocument, existing: string[], replacing: readonly string[]): Plans {
  const lower = (n: string) => n.toLocaleLowerCase("vi");
  const gone = new Set(replacing.map(lower));
  const replaced = existing.filter((n) => gone.has(lower(n)));
  const kept = existing.filter((n) => !gone.has(lower(n)));
  const taken = [...existing];
  const plans = doc.sheets.map((sheet) => {
    const name = uniqueSheetName(sheet.name, kept);
    kept.push(name);
    const writeAs = uniqueSheetName(name, taken);
    taken.push(writeAs, name);
    return { sheet, name, writeAs, rows: sheet.rows.map((row, r) => encodeRow(row, r)) };
  });
  return Object.assign(plans, { replaced });
}

interface EncodedRow {
  cells: (string | number | boolean)[];
  bytes: number;
}

/** A row as it goes into range.formulas: the formula where there is one, else the value. */
function encodeRow(row: ReportCell[], r: number): EncodedRow {
  const cells = row.map((cell, c) => cell.formula ?? encodeValue(cell.value, () => cellAddress(r, c)));
  return { cells, bytes: jsonBytes(cells) + 1 };
}

/**
 * Excel reads what is written as if typed: "=…" would become a formula and "1.234" or "01/02" a number
 * or a date. Text that could be misread is written with Excel's text prefix "'", which is not shown.
 */
function encodeValue(value: CellValue, where: () => string): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new ProblemError(problem("excelInvalidNumber", { cell: where() }));
    return value;
  }
  if (typeof value === "boolean") return value;
  if (value === "") return value;
  const misread = /^[=+\-@']/.test(value) || !/\p{L}/u.test(value) || /^(true|false)$/i.test(value);
  return misread ? `'${value}` : value;
}

/** The brackets around a block of rows and its address, in bytes. */
const BLOCK_OVERHEAD = 32;

/** Rows go out in blocks that fill each batch to its budget: payload decides the round trips, not rows. */
async function writeCells(batch: Batcher, ws: Excel.Worksheet, rows: EncodedRow[]): Promise<void> {
  if (rows.length === 0 || rows[0].cells.length === 0) return;
  const lastCol = columnLetter(rows[0].cells.length - 1);
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let bytes = 0;
    // As many rows as fit in what is left of the batch, or in a fresh one if not even one row fits.
    const limit = (rows[start].bytes + BLOCK_OVERHEAD <= batch.room ? batch.room : batch.budget) - BLOCK_OVERHEAD;
    while (end < rows.length && (end === start || bytes + rows[end].bytes <= limit)) bytes += rows[end++].bytes;
    const block = rows.slice(start, end).map((r) => r.cells);
    const address = `A${start + 1}:${lastCol}${end}`;
    await batch.add(bytes + BLOCK_OVERHEAD, () => {
      ws.getRange(address).formulas = block;
    });
    start = end;
  }
}

/** Everything but the cell contents, as [payload bytes, command] pairs, in the order Excel needs them. */
function formatCommands(ws: Excel.Worksheet, sheet: ReportSheet): [number, Command][] {
  const out: [number, Command][] = [];
  const add = (payload: unknown, command: Command) => out.push([jsonBytes(payload), command]);

  for (const { range, format } of sheet.numberFormats) {
    // One cell's format is copied to the whole range by Excel ("single input copy").
    add([[format]], () => {
      ws.getRange(range).numberFormat = [[format]];
    });
  }
  for (const { range, style } of sheet.styles) add(STYLES[style], () => applyStyle(ws.getRange(range), range, STYLES[style]));
  for (const range of sheet.merges) add(range, () => ws.getRange(range).merge(false));
  sheet.columnWidths.forEach((chars, col) => {
    const letter = columnLetter(col);
    add(chars, () => {
      ws.getRange(`${letter}:${letter}`).format.columnWidth = columnPoints(chars);
    });
  });
  for (const { row, height } of sheet.rowHeights ?? []) {
    add(height, () => {
      ws.getRange(`${row}:${row}`).format.rowHeight = height;
    });
  }
  for (const cf of sheet.conditionalFormats) {
    add(cf, () => {
      const format = ws.getRange(cf.range).conditionalFormats.add(Excel.ConditionalFormatType.custom);
      format.custom.rule.formula = cf.formula;
      format.custom.format.fill.color = BELOW_TARGET_FILL;
      format.custom.format.font.color = BELOW_TARGET_FONT;
    });
  }
  for (const spec of sheet.charts) {
    if (spec.series.length === 0) continue;
    add(spec, () => {
      const type = spec.kind === "line" ? Excel.ChartType.lineMarkers : Excel.ChartType.columnClustered;
      const chart = ws.charts.add(type, ws.getRange(spec.series[0].values), Excel.ChartSeriesBy.columns);
      chart.title.text = spec.title;
      // Excel infers the first series from the source range: a text cell at its top (the "" an
      // empty row's formula returns) would become the series' name and its values would start one
      // row lower. So every series, the first included, gets its values and categories set
      // explicitly (ChartSeries.setValues / setXAxisValues, ExcelApi 1.7).
      spec.series.forEach((s, i) => {
        const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
        series.name = s.name;
        series.setValues(ws.getRange(s.values));
        series.setXAxisValues(ws.getRange(spec.categories));
      });
      chart.setPosition(spec.from, spec.to);
    });
  }
  add(sheet.print, () => {
    const layout = ws.pageLayout;
    layout.orientation = Excel.PageOrientation.landscape;
    layout.paperSize = Excel.PaperType.a4;
    if (sheet.print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    const { first, last } = sheet.print.repeatRows;
    layout.setPrintTitleRows(`$${first}:$${last}`);
  });
  if (sheet.frozenRows > 0) add(sheet.frozenRows, () => ws.freezePanes.freezeRows(sheet.frozenRows));
  return out;
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

function applyStyle(range: Excel.Range, address: string, spec: StyleSpec): void {
  const format = range.format;
  if (spec.bold !== undefined) format.font.bold = spec.bold;
  if (spec.italic !== undefined) format.font.italic = spec.italic;
  if (spec.size !== undefined) format.font.size = spec.size;
  if (spec.color !== undefined) format.font.color = spec.color;
  if (spec.fill !== undefined) format.fill.color = spec.fill;
  if (spec.wrap !== undefined) format.wrapText = spec.wrap;
  if (spec.align !== undefined) format.horizontalAlignment = ALIGN[spec.align];
  if (spec.border) {
    const { multiRow, multiCol } = shapeOf(address);
    const edges: string[] = [...EDGES];
    if (multiRow) edges.push("InsideHorizontal");
    if (multiCol) edges.push("InsideVertical");
    for (const edge of edges) format.borders.getItem(edge as Excel.BorderIndex).style = "Continuous";
  }
}

/** Whether an A1 range ("B7:T30", "A1") spans several rows and several columns. */
function shapeOf(address: string): { multiRow: boolean; multiCol: boolean } {
  const [a, b = a] = address.split(":");
  const parse = (ref: string) => /^\$?([A-Z]*)\$?(\d*)$/i.exec(ref) ?? ["", "", ""];
  const [, c1, r1] = parse(a);
  const [, c2, r2] = parse(b);
  return { multiRow: r1 !== r2, multiCol: c1.toUpperCase() !== c2.toUpperCase() };
}

/** After a failure: delete the sheets this write added and bring back the sheet that was active. */
async function removeSheets(names: string[], previouslyActive: string | undefined): Promise<boolean> {
  if (names.length === 0) return true;
  try {
    await Excel.run(async (context) => {
      const found = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
      found.forEach((ws) => ws.load("isNullObject"));
      await context.sync();
      if (previouslyActive) context.workbook.worksheets.getItem(previouslyActive).activate();
      for (const ws of found) if (!ws.isNullObject) ws.delete();
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}
