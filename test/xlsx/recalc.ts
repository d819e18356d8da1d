/**
 * A written workbook recalculated by LibreOffice (headless): it opens the file with recalculation
 * forced on and converts every sheet to CSV, so a test can compare each formula's recomputed value
 * with the figure it must equal. Shared by the report's and the year's recalculation tests.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { soffice } from "./office";
import { tempDir } from "../cli/run";

/** A private LibreOffice profile that recalculates .xlsx formulas on load instead of trusting cached values. */
function profileDir(): string {
  const profile = tempDir("lo-profile");
  fs.mkdirSync(path.join(profile, "user"), { recursive: true });
  fs.writeFileSync(
    path.join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return profile;
}

/** Minimal RFC 4180 reader: quoted fields, doubled quotes, commas and line breaks inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field), rows.push(row), (row = []), (field = "");
    } else field += ch;
  }
  if (field !== "" || row.length > 0) row.push(field), rows.push(row);
  return rows;
}


let office: string | undefined;
let profile: string | undefined;

/** Every sheet of the workbook as LibreOffice computes it: sheet name → rows of cell texts (raw values). */
export function recalculated(file: string, sheetNames: string[]): Record<string, string[][]> {
  office ??= soffice();
  profile ??= profileDir();
  const outDir = tempDir("lo-csv");
  const r = spawnSync(
    office,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      // separator, quote, UTF-8, first line 1, …, values not as shown (full precision), all sheets (-1)
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      outDir,
      file,
    ],
    { encoding: "utf8", timeout: 120000 },
  );
  const base = path.basename(file, ".xlsx");
  const sheets: Record<string, string[][]> = {};
  for (const name of sheetNames) {
    const csv = path.join(outDir, `${base}-${name}.csv`);
    if (!fs.existsSync(csv)) throw new Error(`LibreOffice did not write ${csv}:\n${r.stdout}\n${r.stderr}`);
    sheets[name] = parseCsv(fs.readFileSync(csv, "utf8"));
  }
  return sheets;
}

/** A cell's recalculated text: "E7" on the CSV rows. */
export function at(rows: string[][], address: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return rows[Number(m[2]) - 1]?.[col] ?? "";
}

/** A recalculated number: LibreOffice writes percent-formatted cells as "74.8031496062992%". */
export function numberOf(text: string): number {
  return text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
}

/** Whether a recalculated text is the figure: numbers to 1e-9, text exactly, null/"" as an empty cell. */
export function same(text: string, figure: unknown): boolean {
  if (figure === null || figure === "") return text === "";
  if (typeof figure === "number") return text !== "" && Math.abs(numberOf(text) - figure) <= 1e-9 * Math.max(1, Math.abs(figure));
  if (typeof figure === "boolean") return text.toUpperCase() === String(figure).toUpperCase();
  return text === figure;
}

/** Every formula cell of the written workbook: its recalculated value equals the value cached by the writer. */
export async function formulaMismatches(file: string, sheets: Record<string, string[][]>): Promise<{ count: number; mismatches: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  let count = 0;
  const mismatches: string[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        count++;
        const cached = cell.result === undefined ? "" : cell.result;
        if (!same(at(sheets[ws.name], cell.address), cached)) {
          mismatches.push(`${ws.name}!${cell.address} =${cell.formula}: LibreOffice "${at(sheets[ws.name], cell.address)}" ≠ ${JSON.stringify(cached)}`);
        }
      }),
    );
  }
  return { count, mismatches };
}

