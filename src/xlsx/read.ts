/**
 * Reading a .xlsx file into the plain grid the core works on (unknown[][]), holding what Office.js
 * would give for the same range: numbers, text, booleans, dates as Excel serials, "" for blank cells,
 * formulas as their saved result, rich text and hyperlinks as their text, merged cells as the value in
 * the top-left cell and blanks elsewhere, error values as their text ("#DIV/0!"); in a 1904 workbook
 * dates as its serials, the grid marked date1904 (core/dateSystem.ts).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Grid } from "../core/grid";
import { DAYS_1900_TO_1904, dateToSerial } from "../core/periods";
import { foldText } from "../core/text";
import { problem } from "../i18n/problem";
import { fileError, osProblem, shortReason, XlsxFileError } from "./errors";
import { GridBuilder } from "./gridBuilder";
import { sheetParts } from "./opc";


export type Progress = (fraction: number) => void;

const ZIP_SIGNATURE = "504b0304"; // "PK\3\4": every .xlsx is a zip
const OLE_SIGNATURE = "d0cf11e0"; // Excel 97-2003 files and password-protected .xlsx

async function signatureOf(file: string): Promise<string> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    const stat = await fs.promises.stat(file);
    if (stat.isDirectory()) throw fileError(file, "filesNotFile");
    handle = await fs.promises.open(file, "r");
    const buffer = Buffer.alloc(4);
    const { bytesRead } = await handle.read(buffer, 0, 4, 0);
    return buffer.subarray(0, bytesRead).toString("hex");
  } catch (err) {
    if (err instanceof XlsxFileError) throw err;
    throw fileError(file, osProblem(err) ?? "filesLocked");
  } finally {
    await handle?.close();
  }
}

/** Throws an XlsxFileError unless the file's first bytes (as hex) start as a .xlsx does (a zip). */
function expectZip(file: string, signature: string): void {
  if (signature === OLE_SIGNATURE) throw fileError(file, "filesLegacyXls");
  if (signature !== ZIP_SIGNATURE) throw fileError(file, "filesNotXlsx");
}

/** Throws an XlsxFileError unless the file starts as a .xlsx does (a zip). */
export async function checkSignature(file: string): Promise<void> {
  expectZip(file, await signatureOf(file));
}

/**
 * The error of a workbook ExcelJS found no worksheet in: one of chart sheets only says so, naming
 * them; a zip that is not a spreadsheet (a .docx, an archive) is no .xlsx.
 */
export async function noWorksheetError(file: string, bytes: () => Promise<Uint8Array>): Promise<XlsxFileError> {
  const zip = await JSZip.loadAsync(await bytes()).catch(() => undefined);
  const [book, rels] = await Promise.all(["xl/workbook.xml", "xl/_rels/workbook.xml.rels"].map((p) => zip?.file(p)?.async("string")));
  const charts = book && rels ? [...sheetParts(book, rels)].filter(([, part]) => part.startsWith("xl/chartsheets/")).map(([name]) => name) : [];
  if (charts.length === 0) return fileError(file, "filesNotXlsx");
  return new XlsxFileError(file, problem("filesNoWorksheet", { file: path.basename(file), sheets: charts }));
}

/** Loads a workbook already read into `load` (from a file or from bytes), or throws an XlsxFileError naming the file. */
async function loaded(file: string, load: (workbook: ExcelJS.Workbook) => Promise<unknown>, bytes: () => Promise<Uint8Array>): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await load(workbook);
  } catch (err) {
    const os = osProblem(err);
    throw os ? fileError(file, os) : new XlsxFileError(file, problem("filesCorrupt", { file: path.basename(file), reason: shortReason(err) }));
  }
  // A zip that is not a spreadsheet (a .docx, an archive), or a workbook of chart sheets, opens with no worksheets.
  if (workbook.worksheets.length === 0) throw await noWorksheetError(file, bytes);
  return workbook;
}

/** Opens a workbook, or throws an XlsxFileError naming the file and what is wrong with it. */
export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  await checkSignature(file);
  return loaded(file, (workbook) => workbook.xlsx.readFile(file), () => fs.promises.readFile(file));
}

/** A workbook from a file's bytes (a file picked in a browser), checked and named as openWorkbook does. */
export async function workbookOfBytes(bytes: Uint8Array, file: string): Promise<ExcelJS.Workbook> {
  expectZip(file, [...bytes.subarray(0, 4)].map((b) => b.toString(16).padStart(2, "0")).join(""));
  return loaded(file, (workbook) => workbook.xlsx.load(bytes as unknown as ArrayBuffer), async () => bytes);
}

const MS_PER_DAY = 86400000;

/** A date cell as its Excel serial (ExcelJS hands dates over as UTC Date objects). */
function serialOf(date: Date): number | string {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return "";
  const dayStart = Math.floor(ms / MS_PER_DAY) * MS_PER_DAY;
  const day = new Date(dayStart);
  const whole = dateToSerial({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() });
  return whole + (ms - dayStart) / MS_PER_DAY;
}

type Plain = string | number | boolean;

/**
 * A value (or a formula's result) as Office.js would report it: a date as its serial in the
 * workbook's date system (`date1904`: days since 1/1/1904, as Excel stores it in a Mac workbook).
 */
function plainOf(value: ExcelJS.CellValue | undefined, date1904: boolean): Plain {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) {
    const serial = serialOf(value);
    return date1904 && typeof serial === "number" ? serial - DAYS_1900_TO_1904 : serial;
  }
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return value.error;
  if ("hyperlink" in value) return plainOf(value.text as ExcelJS.CellValue, date1904);
  if ("text" in value) return plainOf((value as { text: ExcelJS.CellValue }).text, date1904);
  return "";
}

/**
 * A cell's value as Office.js would report it; a formula gives its saved result, or undefined when
 * the file saved none. (cell.result, not cell.value.result: ExcelJS drops a result of 0, "" or false
 * from the value object.)
 */
export function plainValue(cell: ExcelJS.Cell, date1904 = false): Plain | undefined {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const result = cell.result as ExcelJS.CellValue | undefined;
    return result === undefined ? undefined : plainOf(result, date1904);
  }
  return plainOf(cell.value, date1904);
}

export const PROGRESS_EVERY = 2000; // rows between progress reports

/**
 * The sheet's used range as a plain grid (what the pane reads from Office.js): dense rows of equal
 * length, from the first row and column holding a value (the origin).
 */
export function sheetGrid(worksheet: ExcelJS.Worksheet, onProgress?: Progress): Grid {
  const date1904 = worksheet.workbook?.properties?.date1904 === true;
  const builder = new GridBuilder(worksheet.name, date1904);
  const totalRows = Math.max(worksheet.rowCount, 1);
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (onProgress && rowNumber % PROGRESS_EVERY === 0) onProgress(rowNumber / totalRows);
    if (row.hidden) builder.hide(rowNumber - 1);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Covered cells of a merge repeat the top-left value in ExcelJS; Excel shows them blank.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      builder.add(rowNumber - 1, colNumber - 1, plainValue(cell, date1904));
      if (cell.value instanceof Date) builder.date(rowNumber - 1, colNumber - 1);
    });
  });
  onProgress?.(1);
  return builder.grid();
}

/**
 * The worksheets to look at, in workbook order: the one named (exact name first, then ignoring case
 * and diacritics), or else every visible sheet. Throws when the named sheet does not exist.
 */
export function candidateSheets(workbook: ExcelJS.Workbook, file: string, sheet?: string): ExcelJS.Worksheet[] {
  const sheets = workbook.worksheets;
  if (sheet === undefined) return sheets.filter((ws) => ws.state === "visible" || ws.state === undefined);
  const named = sheets.find((ws) => ws.name === sheet) ?? sheets.find((ws) => foldText(ws.name) === foldText(sheet));
  if (!named) {
    const params = { file: path.basename(file), sheet, sheets: sheets.map((ws) => ws.name) };
    throw new XlsxFileError(file, problem("filesNoSheet", params));
  }
  return [named];
}
