/**
 * The written report recalculated by a real spreadsheet program: LibreOffice (headless) opens it with
 * recalculation forced on, converts every sheet to CSV, and every formula cell's recomputed value must
 * equal the figure of the JSON report. This is what proves the report works for a recipient without
 * the add-in. If LibreOffice is missing it is installed (as root) or the test fails saying how.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { columnOf, FIRST_MEMBER_ROW, MEASURE_FIELDS, RANK_COLUMN, totalRowNumber } from "../../src/core/report/layout";
import { TABLE_CATEGORIES } from "../../src/core/report/statTable";
import { STAT_FIRST_MEMBER_ROW, statColumn } from "../../src/core/report/statTableSheet";
import { soffice } from "../xlsx/office";
import { AUG_2021, AUG_2025, freshSamples, samples, tempDir, thads, thadsJson } from "./run";

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

let office: string;
let profile: string;

/** Every sheet of the workbook as LibreOffice computes it: sheet name → rows of cell texts (raw values). */
function recalculated(file: string, sheetNames: string[]): Record<string, string[][]> {
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
function at(rows: string[][], address: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return rows[Number(m[2]) - 1]?.[col] ?? "";
}

/** A recalculated number: LibreOffice writes percent-formatted cells as "74.8031496062992%". */
function numberOf(text: string): number {
  return text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
}

/** Whether a recalculated text is the figure: numbers to 1e-9, text exactly, null/"" as an empty cell. */
function same(text: string, figure: unknown): boolean {
  if (figure === null || figure === "") return text === "";
  if (typeof figure === "number") return text !== "" && Math.abs(numberOf(text) - figure) <= 1e-9 * Math.max(1, Math.abs(figure));
  if (typeof figure === "boolean") return text.toUpperCase() === String(figure).toUpperCase();
  return text === figure;
}

/** Mismatches between the JSON figures of a report (rows + total) and the recalculated sheet. */
function figureMismatches(rows: string[][], report: { rows: any[]; total: any }): string[] {
  const out: string[] = [];
  const check = (address: string, figure: unknown, what: string) => {
    if (!same(at(rows, address), figure)) out.push(`${what} ${address}: LibreOffice "${at(rows, address)}" ≠ JSON ${JSON.stringify(figure)}`);
  };
  const all = [...report.rows, report.total];
  all.forEach((row, i) => {
    const r = i < report.rows.length ? FIRST_MEMBER_ROW + i : totalRowNumber(report.rows.length);
    check(`B${r}`, row.name, "name");
    for (const measure of ["cases", "money"] as const) {
      for (const field of MEASURE_FIELDS) check(`${columnOf(measure, field)}${r}`, row[measure][field] ?? "", `${row.name} ${measure}.${field}`);
    }
    if (row.rank !== undefined) check(`${RANK_COLUMN}${r}`, row.rank, `${row.name} rank`);
  });
  return out;
}

/** Every formula cell of the written workbook: its recalculated value equals the value cached by the writer. */
async function formulaMismatches(file: string, sheets: Record<string, string[][]>): Promise<{ count: number; mismatches: string[] }> {
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

let dir: string;
let out: string;
beforeAll(async () => {
  office = soffice();
  profile = profileDir();
  dir = await freshSamples();
  out = tempDir("recalc");
});

test("the set-up really recalculates: a formula saved with a wrong cached value comes back right", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Thử").getCell("A1").value = { formula: "1+1", result: 5 };
  const file = path.join(out, "sanity.xlsx");
  await wb.xlsx.writeFile(file);
  expect(at(recalculated(file, ["Thử"])["Thử"], "A1")).toBe("2");
});

test("officer table report: every formula recalculates to the JSON figures", async () => {
  const args = ["report", path.join(dir, "bang-chap-hanh-vien.xlsx"), ...AUG_2021];
  const { json } = thadsJson(args);
  const file = path.join(out, "chv.xlsx");
  expect(thads([...args, "--out", file]).status).toBe(0);
  const sheets = recalculated(file, ["Báo cáo 11 tháng 2021"]);
  const rows = sheets["Báo cáo 11 tháng 2021"];
  expect(at(rows, "A1")).toBe("CHI CỤC THI HÀNH ÁN DÂN SỰ QUẬN HẢI CHÂU");
  expect(figureMismatches(rows, json)).toEqual([]);
  const { count, mismatches } = await formulaMismatches(file, sheets);
  expect(count).toBeGreaterThanOrEqual((json.rows.length + 1) * 10); // rate, gap, needed, per month, status × 2 measures
  expect(mismatches).toEqual([]);
});

test("a member with nothing eligible: empty rate, ranked last, in LibreOffice as in the JSON", async () => {
  const spec = {
    ...samples.districtSpec(samples.DISTRICTS[2]),
    members: [
      ...samples.DISTRICTS[2].members.slice(0, 2),
      { name: "Mới bổ nhiệm", cases: { carriedOver: 0, newlyAccepted: 0, notEligible: 0, completed: 0, terminated: 0 }, money: { carriedOver: 0, newlyAccepted: 0, notEligible: 0, completed: 0, terminated: 0 } },
    ],
  };
  const source = path.join(out, "co-khong.xlsx");
  await samples.statTableWorkbook(spec, samples.DISTRICT_OPTS).xlsx.writeFile(source);
  const args = ["report", source, ...AUG_2025, "--exclude-terminated-money"];
  const { status, json } = thadsJson(args);
  expect(status).toBe(0);
  expect(json.rows[2].cases.rate).toBeNull();
  expect(json.rows[2].rank).toBe(3);
  const file = path.join(out, "co-khong-bc.xlsx");
  expect(thads([...args, "--out", file]).status).toBe(0);
  const sheets = recalculated(file, ["Báo cáo 11 tháng 2025"]);
  expect(figureMismatches(sheets["Báo cáo 11 tháng 2025"], json)).toEqual([]);
  expect((await formulaMismatches(file, sheets)).mismatches).toEqual([]);
});

test("consolidation: the summary sheet and every district sheet recalculate to the JSON figures", async () => {
  const files = samples.DISTRICTS.map((d: any) => path.join(dir, "tong-hop", d.file));
  const { json } = thadsJson(["report", ...files, ...AUG_2025]);
  const file = path.join(out, "tong-hop.xlsx");
  expect(thads(["report", ...files, ...AUG_2025, "--out", file]).status).toBe(0);
  const names = ["Báo cáo 11 tháng 2025", ...json.units.map((u: any) => u.sheet)];
  const sheets = recalculated(file, names);
  expect(figureMismatches(sheets[names[0]], json)).toEqual([]);
  json.units.forEach((u: any) => expect(figureMismatches(sheets[u.sheet], u)).toEqual([]));
  const { count, mismatches } = await formulaMismatches(file, sheets);
  expect(count).toBeGreaterThan(100);
  expect(mismatches).toEqual([]);
});

test("a register's report: the Biểu thống kê sheet recalculates, every formula equal to the JSON table", async () => {
  const args = ["report", path.join(dir, "so-theo-doi.xlsx"), ...AUG_2021];
  const { json } = thadsJson(args);
  const file = path.join(out, "so-bc.xlsx");
  expect(thads([...args, "--out", file]).status).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Báo cáo 11 tháng 2021", "Biểu thống kê 11 tháng 2021"]);
  const names = wb.worksheets.map((w) => w.name);
  const sheets = recalculated(file, names);
  const rows = sheets[names[1]];
  // The two-level header and the column numbers.
  expect([at(rows, "C5"), at(rows, "Q5"), at(rows, "C6"), at(rows, "P6"), at(rows, "A7"), at(rows, "AD7")]).toEqual([
    "Về việc", "Về tiền (nghìn đồng)", "Năm trước chuyển sang", "Chuyển kỳ sau", "(1)", "(30)",
  ]);
  const mismatches: string[] = [];
  [...json.rows, json.total].forEach((row: any, i: number) => {
    const r = STAT_FIRST_MEMBER_ROW + i;
    if (at(rows, `B${r}`) !== row.name) mismatches.push(`B${r}: ${at(rows, `B${r}`)} ≠ ${row.name}`);
    for (const measure of ["cases", "money"] as const) {
      for (const category of TABLE_CATEGORIES) {
        const address = `${statColumn(measure, category)}${r}`;
        if (!same(at(rows, address), row.table[measure][category])) {
          mismatches.push(`${row.name} ${measure}.${category} ${address}: LibreOffice "${at(rows, address)}" ≠ JSON ${row.table[measure][category]}`);
        }
      }
    }
  });
  expect(mismatches).toEqual([]);
  // Three identities per measure on every row, and the total's sums: all recalculated to their cached values.
  const { count, mismatches: formulas } = await formulaMismatches(file, sheets);
  expect(count).toBeGreaterThanOrEqual((json.rows.length + 1) * 6 + 2 * 11);
  expect(formulas).toEqual([]);
}, 120000);
