/**
 * `thads report` on the officer and unit tables of assets/samples: every figure of the JSON checked
 * against a hand calculation from the generator's raw data, then the written .xlsx re-opened.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { columnOf, FIRST_MEMBER_ROW, MEASURE_FIELDS, totalRowNumber } from "../../src/core/report/layout";
import {
  AUG_2021,
  AUG_2025,
  eligibleDone,
  expectMeasure,
  expectedMeasure,
  freshSamples,
  samples,
  tempDir,
  thads,
  thadsJson,
} from "./run";

let dir: string;
beforeAll(async () => {
  dir = await freshSamples();
});

const AUG_MONTHS_LEFT = 1; // 11 tháng: September is left

interface Spec {
  members: { name: string; cases: any; money: any }[];
}

/** Checks rows and total of a JSON report against the raw figures of a sample table. */
function expectFigures(json: any, spec: Spec, targets: { cases: number; money: number }) {
  expect(json.rows.map((r: any) => r.name)).toEqual(spec.members.map((m) => m.name));
  const sums = { cases: { eligible: 0, done: 0 }, money: { eligible: 0, done: 0 } };
  spec.members.forEach((m, i) => {
    for (const measure of ["cases", "money"] as const) {
      const { eligible, done } = eligibleDone(m[measure]);
      sums[measure].eligible += eligible;
      sums[measure].done += done;
      expectMeasure(json.rows[i][measure], expectedMeasure(eligible, done, targets[measure], AUG_MONTHS_LEFT), `${m.name} ${measure}`);
    }
  });
  expect(json.total.name).toBe("Tổng cộng");
  for (const measure of ["cases", "money"] as const) {
    const { eligible, done } = sums[measure];
    expectMeasure(json.total[measure], expectedMeasure(eligible, done, targets[measure], AUG_MONTHS_LEFT), `total ${measure}`);
  }
}

describe("officer table (bang-chap-hanh-vien.xlsx): legacy office name, merged band, (1)(2)… row, text number, SUM total", () => {
  let json: any;
  let stderr: string;
  beforeAll(() => {
    const r = thadsJson(["report", path.join(dir, "bang-chap-hanh-vien.xlsx"), ...AUG_2021]);
    expect(r.status).toBe(0);
    json = r.json;
    stderr = r.stderr;
  });

  test("period and office", () => {
    expect(json.period).toMatchObject({ fiscalYear: 2021, months: 11, start: "2020-10-01", end: "2021-08-31" });
    expect(json.office).toBe("CHI CỤC THI HÀNH ÁN DÂN SỰ QUẬN HẢI CHÂU");
  });

  test("every member and the total, for cases and money, as computed by hand", () => {
    expectFigures(json, samples.OFFICER_TABLE, { cases: 815, money: 480 });
    // Spot check typed out in full: Nguyễn Văn An, cases (45 + 120 − 38) = 127 eligible, 88 + 7 = 95 done.
    expect(json.rows[0].cases).toMatchObject({ eligible: 127, done: 95, needed: 9, status: "Chưa đạt" }); // ⌈103,505⌉ − 95
    expect(json.rows[0].cases.rate).toBeCloseTo(95 / 127, 12);
    // Đặng Thị Lan: 88/108 = 81,48% misses 81,5% by 0,02 points: one case short.
    expect(json.rows[6].cases).toMatchObject({ eligible: 108, done: 88, needed: 1, status: "Chưa đạt" });
    // Hoàng Thị Hạnh exceeds: 79/96 = 82,29%, gap negative (vượt).
    expect(json.rows[4].cases.gap).toBeCloseTo(0.815 - 79 / 96, 12);
    expect(json.rows[4].cases.status).toBe("Đạt");
  });

  test("the text number \"1.234\" is read as 1234 and listed with its cell; the sheet's total row disagreement too", () => {
    // Lê Hoàng Cường is the 3rd member (row 12); money "Đình chỉ" is the 16th figure column (C + 15 = R).
    expect(json.rows[2].money.terminated).toBe(1234);
    const where = json.warnings.map((w: any) => w.where);
    expect(where).toContain("'Biểu 04'!R12");
    expect(json.warnings.find((w: any) => w.where === "'Biểu 04'!R12").message).toContain("1.234");
    // Excel's SUM skips the text cell: the sheet total (row 17) is 1.234 below the recomputed one.
    const total = json.warnings.find((w: any) => w.where === "'Biểu 04'!B17");
    expect(total.message).toContain("2.025.500");
    expect(total.message).toContain("2.026.734");
    expect(json.warnings).toHaveLength(2);
    expect(json.errors).toEqual([]);
  });

  test("ranks by case rate (1 = best) and the members below target", () => {
    const rates = json.rows.map((r: any) => r.cases.done / r.cases.eligible);
    const expectedRanks = rates.map((x: number) => 1 + rates.filter((y: number) => y > x).length);
    expect(json.rows.map((r: any) => r.rank)).toEqual(expectedRanks);
    expect(json.belowTarget).toEqual(samples.OFFICER_TABLE.members.map((m: any) => m.name).filter((n: string) => n !== "Hoàng Thị Hạnh"));
  });

  test("--json is quiet on stderr (no progress)", () => {
    expect(stderr).toBe("");
  });
});

describe("unit table (bang-don-vi.xlsx): new names, \"Việc\"/\"Tiền\" band, 1 2 3 row, blank row, \"Cộng\" total", () => {
  test("every unit and the total; no warnings (its total row agrees)", () => {
    const { status, json } = thadsJson(["report", path.join(dir, "bang-don-vi.xlsx"), ...AUG_2025]);
    expect(status).toBe(0);
    expect(json.office).toBe("THI HÀNH ÁN DÂN SỰ TỈNH QUẢNG NAM");
    expect(json.period).toMatchObject({ fiscalYear: 2025, months: 11, start: "2024-10-01", end: "2025-08-31" });
    expectFigures(json, samples.UNIT_TABLE, { cases: 839, money: 519 });
    expect(json.warnings).toEqual([]);
  });
});

describe("writing the report .xlsx", () => {
  let cwd: string;
  let json: any;
  beforeAll(() => {
    cwd = tempDir("write");
    json = thadsJson(["report", path.join(dir, "bang-chap-hanh-vien.xlsx"), ...AUG_2021]).json;
  });

  test("default name in the current directory, then \" (2)\": an existing report is never overwritten", async () => {
    const first = thads(["report", path.join(dir, "bang-chap-hanh-vien.xlsx"), ...AUG_2021], cwd);
    expect(first.status).toBe(0);
    const file = path.join(cwd, "Báo cáo 11 tháng 2021.xlsx");
    expect(first.stdout).toContain(`Đã ghi báo cáo: ${file}`);
    // The chart is in the file (over the member names), so nothing is said about charts.
    expect(first.stdout).not.toContain("biểu đồ");
    const chart = await (await JSZip.loadAsync(fs.readFileSync(file))).file("xl/charts/chart1.xml")!.async("string");
    const lastMember = FIRST_MEMBER_ROW + json.rows.length - 1;
    expect(chart).toContain(`<c:f>&apos;Báo cáo 11 tháng 2021&apos;!$B$${FIRST_MEMBER_ROW}:$B$${lastMember}</c:f>`);
    expect(first.stderr).toContain("2 cảnh báo");
    const size = fs.statSync(file).size;
    const second = thads(["report", path.join(dir, "bang-chap-hanh-vien.xlsx"), ...AUG_2021], cwd);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain(path.join(cwd, "Báo cáo 11 tháng 2021 (2).xlsx"));
    expect(fs.statSync(file).size).toBe(size);
    expect(fs.readdirSync(cwd).filter((f) => f.includes(".tmp"))).toEqual([]);
  });

  test("--out never overwrites without --force; with --force it does", () => {
    const out = path.join(cwd, "bao-cao.xlsx");
    fs.writeFileSync(out, "not a report");
    const refused = thads(["report", path.join(dir, "bang-chap-hanh-vien.xlsx"), ...AUG_2021, "--out", out]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`Tệp "bao-cao.xlsx" đã có`);
    expect(fs.readFileSync(out, "utf8")).toBe("not a report");
    const forced = thads(["report", path.join(dir, "bang-chap-hanh-vien.xlsx"), ...AUG_2021, "--out", out, "--force"]);
    expect(forced.status).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  test("--out into a directory that does not exist: one line, exit 1", () => {
    const r = thads(["report", path.join(dir, "bang-chap-hanh-vien.xlsx"), ...AUG_2021, "--out", path.join(cwd, "no", "r.xlsx")]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`Không ghi được tệp "r.xlsx" (thư mục không tồn tại).`);
  });

  test("re-opened with ExcelJS: inputs as values, computed cells as formulas with the JSON figures cached, formats", async () => {
    const out = path.join(cwd, "reopen.xlsx");
    expect(thads(["report", path.join(dir, "bang-chap-hanh-vien.xlsx"), ...AUG_2021, "--out", out]).status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Báo cáo 11 tháng 2021"]);
    const ws = wb.worksheets[0];
    expect(ws.getCell("A1").value).toBe("CHI CỤC THI HÀNH ÁN DÂN SỰ QUẬN HẢI CHÂU");
    const rows = [...json.rows, json.total];
    const mismatches: string[] = [];
    rows.forEach((row: any, i: number) => {
      const r = i < json.rows.length ? FIRST_MEMBER_ROW + i : totalRowNumber(json.rows.length);
      expect(ws.getCell(`B${r}`).value).toBe(row.name);
      for (const measure of ["cases", "money"] as const) {
        const at = (field: (typeof MEASURE_FIELDS)[number]) => ws.getCell(`${columnOf(measure, field)}${r}`);
        for (const field of ["rate", "gap", "needed", "neededPerMonth", "status"] as const) {
          // cell.result, not value.result: ExcelJS leaves a cached 0 out of the value object it reads back.
          const { formula, result } = at(field);
          const expected = row[measure][field];
          const same = typeof expected === "number" ? Math.abs((result as number) - expected) < 1e-9 : result === expected;
          if (typeof formula !== "string" || formula.startsWith("=") || !same) {
            mismatches.push(`${row.name} ${measure}.${field}: =${formula} → ${JSON.stringify(result)} ≠ ${expected}`);
          }
        }
        expect(at("rate").numFmt).toBe("0.00%");
        expect(at("gap").numFmt).toBe("0.00%");
        expect(at("target").numFmt).toBe("0.00%");
        expect(at("eligible").numFmt).toBe("#,##0");
        expect(Math.abs((at("target").value as number) - row[measure].target)).toBeLessThan(1e-12);
        if (i < json.rows.length) {
          expect(at("eligible").value).toBe(row[measure].eligible);
          expect(at("done").value).toBe(row[measure].done);
        } else {
          // The total sums the member cells.
          const col = columnOf(measure, "eligible");
          expect(at("eligible").value).toEqual({
            formula: `SUM(${col}${FIRST_MEMBER_ROW}:${col}${FIRST_MEMBER_ROW + json.rows.length - 1})`,
            result: row[measure].eligible,
          });
        }
      }
    });
    expect(mismatches).toEqual([]);
    expect(ws.getCell(`B${FIRST_MEMBER_ROW}`).font?.bold).toBeFalsy();
    expect(ws.getCell(`B${totalRowNumber(json.rows.length)}`).font?.bold).toBe(true);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe("5:6");
    expect((ws as any).conditionalFormattings.length).toBeGreaterThan(0);
  });
});
