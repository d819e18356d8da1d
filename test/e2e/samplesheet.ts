/** The bundled sample workbooks (assets/samples/) as the stand-in preloads them. */
import * as fs from "fs";
import * as path from "path";
import { cellAddress } from "../../src/core/address";
import { candidateSheets, openWorkbook, sheetGrid } from "../../src/xlsx/read";
import { ROOT, SheetPreload } from "./harness";

const SAMPLES = path.join(ROOT, "assets", "samples");

function xlsxUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? xlsxUnder(p) : e.name.endsWith(".xlsx") ? [p] : [];
  });
}

/** Every .xlsx under assets/samples/, relative to it ("nam/cung-ky-2020.xlsx"), sorted. */
export function bundledSamples(): string[] {
  return xlsxUnder(SAMPLES)
    .map((p) => path.relative(SAMPLES, p))
    .sort();
}

/** The first sheet of a sample as the grid the pane reads from Office.js, placed where it is in the file. */
export async function sampleSheet(file: string): Promise<SheetPreload> {
  const full = path.join(SAMPLES, file);
  const [ws] = candidateSheets(await openWorkbook(full), full);
  const grid = sheetGrid(ws);
  expect(grid.issues).toEqual([]);
  return { name: grid.sheetName, rows: grid.cells, origin: cellAddress(grid.origin.row, grid.origin.col) };
}
