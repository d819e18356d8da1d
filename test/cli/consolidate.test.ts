/**
 * Consolidation: the three district workbooks of assets/samples/tong-hop give one report with one row
 * per district, and the same total as one workbook holding all their officers' rows.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { AUG_2025, eligibleDone, expectMeasure, expectedMeasure, freshSamples, samples, tempDir, thads, thadsJson } from "./run";

const TARGETS = { cases: 839, money: 519 }; // 83,9% and 51,9%
const MONTHS_LEFT = 1;

let dir: string;
let districtFiles: string[];
let json: any;
beforeAll(async () => {
  dir = await freshSamples();
  districtFiles = samples.DISTRICTS.map((d: any) => path.join(dir, "tong-hop", d.file));
  const r = thadsJson(["report", ...districtFiles, ...AUG_2025]);
  expect(r.status).toBe(0);
  json = r.json;
});

function sums(members: any[]) {
  const s = { cases: { eligible: 0, done: 0 }, money: { eligible: 0, done: 0 } };
  for (const m of members) {
    for (const measure of ["cases", "money"] as const) {
      const f = eligibleDone(m[measure]);
      s[measure].eligible += f.eligible;
      s[measure].done += f.done;
    }
  }
  return s;
}

test("one row per district, named from its title rows, each the sums of its officers", () => {
  expect(json.rows.map((r: any) => r.name)).toEqual([
    "PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 1",
    "PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 2",
    "PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 3",
  ]);
  samples.DISTRICTS.forEach((d: any, i: number) => {
    const s = sums(d.members);
    for (const measure of ["cases", "money"] as const) {
      expectMeasure(json.rows[i][measure], expectedMeasure(s[measure].eligible, s[measure].done, TARGETS[measure], MONTHS_LEFT), `${d.office} ${measure}`);
    }
  });
});

test("the total is the rate of the sums over all twelve officers", () => {
  const s = sums(samples.DISTRICTS.flatMap((d: any) => d.members));
  expect(s.cases.eligible).toBe(500 + 392 + 547); // typed out per district: KV1, KV2, KV3
  for (const measure of ["cases", "money"] as const) {
    expectMeasure(json.total[measure], expectedMeasure(s[measure].eligible, s[measure].done, TARGETS[measure], MONTHS_LEFT), `total ${measure}`);
  }
});

test("each unit's own report lists its officers", () => {
  expect(json.units.map((u: any) => [u.name, u.rows.map((r: any) => r.name)])).toEqual(
    samples.DISTRICTS.map((d: any) => [d.office, d.members.map((m: any) => m.name)]),
  );
  expect(json.units.map((u: any) => path.basename(u.file))).toEqual(["khu-vuc-1.xlsx", "khu-vuc-2.xlsx", "khu-vuc-3.xlsx"]);
});

test("the same total as one workbook holding all the districts' rows", async () => {
  const all = samples.districtSpec({ office: samples.PROVINCE, members: samples.DISTRICTS.flatMap((d: any) => d.members) });
  const file = path.join(tempDir("all"), "ca-tinh.xlsx");
  await samples.statTableWorkbook(all, samples.DISTRICT_OPTS).xlsx.writeFile(file);
  const one = thadsJson(["report", file, ...AUG_2025]);
  expect(one.status).toBe(0);
  expect(one.json.rows).toHaveLength(12);
  const { name: _a, ...consolidated } = json.total;
  const { name: _b, ...single } = one.json.total;
  expect(consolidated).toEqual(single);
});

test("a workbook without an office in its title rows is named after its file", async () => {
  const d = samples.DISTRICTS[1];
  const file = path.join(tempDir("noname"), "Quan Son Tra.xlsx");
  await samples.statTableWorkbook({ ...samples.districtSpec(d), parent: "", office: "" }, samples.DISTRICT_OPTS).xlsx.writeFile(file);
  const r = thadsJson(["report", districtFiles[0], file, ...AUG_2025]);
  expect(r.status).toBe(0);
  expect(r.json.rows.map((x: any) => x.name)).toEqual(["PHÒNG THI HÀNH ÁN DÂN SỰ KHU VỰC 1", "Quan Son Tra"]);
});

test("the written consolidation: the summary sheet first, then one sheet per district with its officers", async () => {
  const out = path.join(tempDir("tonghop"), "tong-hop.xlsx");
  const r = thads(["report", ...districtFiles, ...AUG_2025, "--out", out]);
  expect(r.status).toBe(0);
  expect(fs.existsSync(out)).toBe(true);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.worksheets).toHaveLength(4);
  expect(wb.worksheets[0].name).toBe("Báo cáo 11 tháng 2025");
  const names = (ws: ExcelJS.Worksheet) => {
    const found: string[] = [];
    ws.getColumn(2).eachCell((cell) => found.push(String(cell.value)));
    return found;
  };
  expect(names(wb.worksheets[0])).toEqual(expect.arrayContaining(json.rows.map((x: any) => x.name)));
  samples.DISTRICTS.forEach((d: any, i: number) => {
    expect(names(wb.worksheets[i + 1])).toEqual(expect.arrayContaining(d.members.map((m: any) => m.name)));
  });
});
