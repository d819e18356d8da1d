/**
 * Reading the sheets of a .xlsx file as a stream (ExcelJS's WorkbookReader): each row goes into its
 * sheet's plain grid as it is parsed and nothing else of the workbook is kept, so a 200,000-row
 * register needs the memory of its grid, not of ExcelJS's whole workbook model (a gigabyte).
 * The grids are those sheetGrid gives for the same sheets (GridBuilder, plainValue): the streaming
 * reader reads a formula's boolean or error result as a number (1, NaN), so each sheet's XML is
 * given to it with those results typed as text it reads right (typedResults).
 */
import * as fs from "fs";
import * as path from "path";
import { Readable } from "stream";
import { StringDecoder } from "string_decoder";
import ExcelJS from "exceljs";
import type { Grid } from "../core/grid";
import { foldText } from "../core/text";
import { problem } from "../i18n/problem";
import { fileError, osProblem, XlsxFileError } from "./errors";
import { GridBuilder } from "./gridBuilder";
import { candidateSheets, checkSignature, noWorksheetError, openWorkbook, plainValue, sheetGrid, type Progress } from "./read";

interface SheetEntry {
  name: string;
  state?: string;
}

/** Marks a formula's boolean result rewritten as text by typedResults (a private-use character: no cell text has it). */
const BOOLEAN_MARK = "\uE000";
const ERROR_CELL = /(<c\b[^>]*?) t="e"/g;
const BOOLEAN_FORMULA = /(<c\b[^>]*?) t="b"([^>]*>(?:<f\b[^>]*\/>|<f\b[^>]*>[^<]*<\/f>))<v>([01])<\/v>/g;

/** Error cells as text (their text is the error's: "#DIV/0!"), formulas' booleans as marked text. */
const typed = (xml: string) =>
  xml.replace(ERROR_CELL, '$1 t="str"').replace(BOOLEAN_FORMULA, (_, c, f, v) => `${c} t="str"${f}<v>${BOOLEAN_MARK}${v === "1" ? "TRUE" : "FALSE"}</v>`);

/**
 * An entry's bytes as text, decoded across chunk edges: ExcelJS's stream reader decodes each chunk
 * alone, so a letter whose UTF-8 bytes straddle two chunks ("ễ" is three) came out as "��".
 */
async function* decoded(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  for await (const chunk of chunks) yield typeof chunk === "string" ? chunk : decoder.write(chunk);
  const last = decoder.end();
  if (last !== "") yield last;
}

const ROW_TAG = /<row\b([^>]*)>/g;
const HIDDEN = /\bhidden="(?:1|true)"/;
const ROW_NUMBER = /\br="(\d+)"/;

/** The 1-based numbers of the rows a piece of sheet XML marks hidden (ExcelJS's stream reader drops the mark). */
function hiddenRowsIn(xml: string, onHidden: (rowNumber: number) => void): void {
  if (!xml.includes("hidden=")) return;
  for (const m of xml.matchAll(ROW_TAG)) {
    const number = HIDDEN.test(m[1]) ? ROW_NUMBER.exec(m[1]) : null;
    if (number) onHidden(Number(number[1]));
  }
}

/**
 * A sheet's XML as text with typed results, each cell rewritten whole: a chunk is cut after its last
 * complete cell, the rest waits for the next chunk (so every row tag before the cut is whole too).
 */
async function* typedResults(chunks: AsyncIterable<Buffer | string>, onHidden: (rowNumber: number) => void): AsyncGenerator<string> {
  let rest = "";
  for await (const chunk of decoded(chunks)) {
    const text = rest + chunk;
    const cut = text.lastIndexOf("</c>") + 4;
    if (cut < 4) {
      rest = text;
      continue;
    }
    rest = text.slice(cut);
    hiddenRowsIn(text.slice(0, cut), onHidden);
    yield typed(text.slice(0, cut));
  }
  hiddenRowsIn(rest, onHidden);
  if (rest !== "") yield typed(rest);
}

/** A streamed cell's value as plainValue gives it. */
function streamedValue(cell: ExcelJS.Cell, date1904: boolean): string | number | boolean | undefined {
  const value = plainValue(cell, date1904);
  return typeof value === "string" && value.startsWith(BOOLEAN_MARK) ? value === `${BOOLEAN_MARK}TRUE` : value;
}

/**
 * A sheet met before the workbook part that names it (and says which date system it uses): such a
 * file (some programs write one) is read whole instead.
 */
class OutOfOrder extends Error {}

/** Whether a sheet is to be looked at: the one named (exactly, else ignoring case and diacritics), else every visible one. */
const wanted = (ws: SheetEntry, sheet: string | undefined) =>
  sheet === undefined ? ws.state === undefined || ws.state === "visible" : ws.name === sheet || foldText(ws.name) === foldText(sheet);

/** The grids of the sheets wanted, in the order the stream holds them, and every sheet's name and state. */
async function readStream(file: string, sheet: string | undefined, onProgress?: Progress) {
  const size = Math.max(fs.statSync(file).size, 1);
  const input = fs.createReadStream(file);
  let read = 0;
  if (onProgress) input.on("data", (chunk) => onProgress(Math.min(1, (read += chunk.length) / size)));
  const options = { worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", entries: "ignore" } as const;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, options);
  // Each sheet's XML reaches ExcelJS's parser through typedResults, the shared strings decoded
  // (overrides of this reader's methods only).
  const internals = reader as unknown as {
    model?: unknown;
    _parseWorksheet(iterator: AsyncIterable<Buffer>, sheetNo: string): Iterable<unknown>;
    _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  };
  const parseWorksheet = internals._parseWorksheet.bind(reader);
  const parseSharedStrings = internals._parseSharedStrings.bind(reader);
  // The rows each sheet (by its number, the worksheet reader's id) marks hidden, met as its XML is parsed.
  const hidden = new Map<string, number[]>();
  internals._parseWorksheet = (iterator, sheetNo) => {
    if (internals.model === undefined) throw new OutOfOrder();
    const rows: number[] = [];
    hidden.set(String(sheetNo), rows);
    return parseWorksheet(typedResults(iterator, (n) => rows.push(n)) as unknown as AsyncIterable<Buffer>, sheetNo);
  };
  internals._parseSharedStrings = (entry) => parseSharedStrings(Readable.from(decoded(entry)));
  const grids: Grid[] = [];
  try {
    await readSheets(reader, sheet, grids, hidden, () => (internals.model as { properties?: { date1904?: boolean } } | undefined)?.properties?.date1904 === true);
  } finally {
    input.destroy();
  }
  onProgress?.(1);
  const sheets = ((reader as unknown as { model?: { sheets?: SheetEntry[] } }).model?.sheets ?? []).map((s) => s.name);
  // Every worksheet parsed has an entry in `hidden`: none, and the workbook's sheets are chart sheets.
  return { grids, sheets, worksheets: hidden.size };
}

/**
 * The grids of the sheets wanted, each row added as it is parsed (the others' rows passed over), with
 * the rows `hidden` lists for their sheet.
 */
async function readSheets(
  reader: AsyncIterable<unknown>,
  sheet: string | undefined,
  grids: Grid[],
  hidden: Map<string, number[]>,
  date1904: () => boolean,
): Promise<void> {
  for await (const worksheet of reader) {
    const ws = worksheet as unknown as ExcelJS.Worksheet & SheetEntry & AsyncIterable<ExcelJS.Row>;
    const keep = wanted(ws, sheet);
    // The workbook part (and its date system) is read before any sheet, else OutOfOrder was thrown.
    const system = date1904();
    const builder = new GridBuilder(ws.name, system);
    for await (const row of ws) {
      if (!keep) continue;
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        builder.add(row.number - 1, col - 1, streamedValue(cell, system));
        if (cell.value instanceof Date) builder.date(row.number - 1, col - 1);
      });
    }
    if (!keep) continue;
    for (const n of hidden.get(String(ws.id)) ?? []) builder.hide(n - 1);
    grids.push(builder.grid());
  }
}

/** The grids of the sheets to look at, read through ExcelJS's whole workbook model (sheetGrid). */
async function wholeGrids(file: string, sheet: string | undefined, onProgress?: Progress): Promise<Grid[]> {
  const workbook = await openWorkbook(file);
  const grids = candidateSheets(workbook, file, sheet).map((ws) => sheetGrid(ws));
  onProgress?.(1);
  return grids;
}

/**
 * The grids of the sheets to look at, in workbook order (as candidateSheets chooses them: the one
 * named, or every visible sheet); throws an XlsxFileError naming the file and what is wrong with it.
 */
export async function streamGrids(file: string, sheet: string | undefined, onProgress?: Progress): Promise<Grid[]> {
  await checkSignature(file);
  let found: Awaited<ReturnType<typeof readStream>>;
  try {
    found = await readStream(file, sheet, onProgress);
  } catch (err) {
    if (err instanceof OutOfOrder) return candidateSheets(await openWorkbook(file), file, sheet).map((ws) => sheetGrid(ws, onProgress));
    const os = osProblem(err);
    if (os) throw fileError(file, os);
    // The stream needs xl/workbook.xml before the sheets; a valid file may hold it last (ExcelJS's
    // own writer does so when a program re-zips its output). The whole-file reader takes any order,
    // and says how the file is broken when it truly is.
    return wholeGrids(file, sheet, onProgress);
  }
  const { grids, sheets, worksheets } = found;
  // A zip that is not a spreadsheet (a .docx, an archive), or a workbook of chart sheets, holds no worksheets.
  if (worksheets === 0) throw await noWorksheetError(file, () => fs.promises.readFile(file));
  const order = (g: Grid) => sheets.indexOf(g.sheetName);
  grids.sort((a, b) => order(a) - order(b));
  if (sheet === undefined) return grids;
  const named = grids.find((g) => g.sheetName === sheet) ?? grids[0];
  if (!named) throw new XlsxFileError(file, problem("filesNoSheet", { file: path.basename(file), sheet, sheets }));
  return [named];
}
