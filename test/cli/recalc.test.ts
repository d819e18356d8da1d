/**
 * The written report recalculated by a real spreadsheet program: LibreOffice (headless) opens it with
 * recalculation forced on, converts every sheet to CSV, and every formula cell's recomputed value must
 * equal the figure of the JSON report. This is what proves the report works for a recipient without
 * the add-in. If LibreOffice is missing it is installed (as root) or the test fails saying how.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { TABLE_CATEGORIES } from "../../src/core/report/statTable";
import { STAT_FIRST_MEMBER_ROW, statColumn } from "../../src/core/report/statTableSheet";
import { at, formulaMismatches, recalculated, same } from "../xlsx/recalc";
import { figureMismatches } from "./figures";
import { AUG_2021, AUG_2025, freshSamples, samples, tempDir, thads, thadsJson } from "./run";

let dir: string;
let out: string;
beforeAll(async () => {
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
