/**
 * `thads report --compare` and `thads trend` as processes, on generated workbooks (test/core/year/
 * tables.ts): this year and the same period last year (a member new this year, one gone), and a
 * monthly workbook October–August (one sheet per month) or one file per month. Expected figures are
 * the hand arithmetic of the core tests.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { LAST_YEAR, monthMembers, monthOf, tableGrid, THIS_YEAR } from "../core/year/tables";
import { at, formulaMismatches, numberOf, recalculated } from "../xlsx/recalc";
import { tempDir, thads, thadsJson } from "./run";

const TARGETS = ["--target-cases", "81,5", "--target-money", "48"];

async function writeBook(file: string, sheets: { name: string; grid: unknown[][] }[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) wb.addWorksheet(s.name).addRows(s.grid.map((row) => row.map((v) => (v === "" ? null : v))));
  await wb.xlsx.writeFile(file);
  return file;
}

let dir: string;
let now: string;
let before: string;
let book: string;
const monthSheet = (k: number) => {
  const { month, year } = monthOf(k);
  return { name: `T${month}-${year}`, grid: tableGrid(["Báo cáo kết quả thi hành án dân sự"], monthMembers(k)) };
};

beforeAll(async () => {
  dir = tempDir("year");
  now = await writeBook(path.join(dir, "nam-nay.xlsx"), [{ name: "Biểu 01", grid: tableGrid(["BÁO CÁO 11 THÁNG NĂM 2021"], THIS_YEAR) }]);
  before = await writeBook(path.join(dir, "cung-ky.xlsx"), [{ name: "Biểu 01", grid: tableGrid(["BÁO CÁO 11 THÁNG NĂM 2020"], LAST_YEAR) }]);
  book = await writeBook(path.join(dir, "so-thang.xlsx"), Array.from({ length: 11 }, (_, i) => monthSheet(i + 1)));
  for (const k of [1, 2, 3]) await writeBook(path.join(dir, `${monthSheet(k).name}.xlsx`), [{ name: "Sheet1", grid: monthSheet(k).grid }]);
});

describe("thads report --compare", () => {
  it("gives previous and change per row and for the total, and the sentence", () => {
    const { status, json } = thadsJson(["report", now, "--compare", before, "--date", "31/08/2021", ...TARGETS]);
    expect(status).toBe(0);
    expect(json.rows.map((r: any) => r.name)).toEqual(["Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường"]);
    expect(json.rows[0].previous.cases).toEqual({ eligible: 190, done: 152, rate: 0.8 });
    expect(json.rows[0].change.cases.done).toBe(13);
    expect(json.rows[1].change.cases.rate).toBeCloseTo(0.08, 12);
    expect(json.rows[2].previous).toBeNull();
    expect(json.rows[2].change).toBeNull();
    expect(json.total.previous.cases).toEqual({ eligible: 525, done: 378, rate: 0.72 });
    expect(json.total.change.money.done).toBe(-202);
    expect(json.comparison.absentThisYear.map((a: any) => a.name)).toEqual(["Phạm Thu Dung"]);
    expect(json.summary).toContain("So với cùng kỳ năm 2020, số việc thi hành xong tăng 59 việc, tỷ lệ tăng 7,45%;");
    expect(json.warnings.map((w: any) => w.message)).toContain(
      "Có trong bảng cùng kỳ nhưng không có trong kỳ này (vẫn được tính vào tổng cùng kỳ): Phạm Thu Dung.",
    );
  });

  it("warns naming both periods when the previous table is of other months", async () => {
    const other = await writeBook(path.join(dir, "khac-ky.xlsx"), [{ name: "Biểu 01", grid: tableGrid(["BÁO CÁO 10 THÁNG NĂM 2020"], LAST_YEAR) }]);
    const { status, json } = thadsJson(["report", now, "--compare", other, "--date", "31/08/2021", ...TARGETS]);
    expect(status).toBe(0);
    expect(json.warnings.map((w: any) => w.message)).toContain(
      "Bảng cùng kỳ (ô 'Biểu 01'!A2) ghi kỳ 10 tháng năm 2020 (01/10/2019 – 31/07/2020), không phải cùng kỳ năm trước của kỳ báo cáo: 11 tháng năm 2020 (01/10/2019 – 31/08/2020). Kiểm tra lại tệp so sánh.",
    );
  });

  it("writes the sheet and prints the sentence", () => {
    const out = path.join(dir, "so-sanh.xlsx");
    const r = thads(["report", now, "--compare", before, "--date", "31/08/2021", "--out", out, ...TARGETS]);
    expect(r.status).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
    expect(r.stdout).toContain("số tiền thi hành xong giảm 202 nghìn đồng, tỷ lệ giảm 4,68%.");
  });

  it("--compare with trend is wrong usage", () => {
    const r = thads(["trend", now, "--compare", before, ...TARGETS]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--compare");
  });

  it("a consolidation against last year's files: units matched by their office's folded name", async () => {
    // Thanh Liêm: one officer, this year cases 100 eligible, 70 + 2 done; money 5000, 2000 + 100. Last year 90, 60; 4000, 1500.
    const hai = (cases: [number, number, number], money: [number, number, number]) => [{ name: "Đỗ Minh Hải", cases, money }];
    const liem = (titles: string[], members: ReturnType<typeof hai>, office: string, file: string) =>
      writeBook(path.join(dir, file), [{ name: "Biểu 01", grid: tableGrid(titles, members, office) }]);
    const liemNow = await liem(["BÁO CÁO 11 THÁNG NĂM 2021"], hai([100, 70, 2], [5000, 2000, 100]), "CHI CỤC THADS HUYỆN THANH LIÊM", "liem-nay.xlsx");
    const liemBefore = await liem(["BÁO CÁO 11 THÁNG NĂM 2020"], hai([90, 60, 0], [4000, 1500, 0]), "Chi cục THADS huyện Thanh Liêm", "liem-truoc.xlsx");
    const kimBefore = await writeBook(path.join(dir, "kim-truoc.xlsx"), [
      { name: "Biểu 01", grid: tableGrid(["BÁO CÁO 11 THÁNG NĂM 2020"], LAST_YEAR, "Chi cục Thi hành án dân sự huyện Kim Bảng") },
    ]);
    const { status, json } = thadsJson(["report", now, liemNow, "--compare", kimBefore, "--compare", liemBefore, "--date", "31/08/2021", ...TARGETS]);
    expect(status).toBe(0);
    expect(json.rows).toHaveLength(2);
    // Kim Bảng: the totals of the one-file test (550/437 against 525/378); Thanh Liêm 72/100 against 60/90
    expect(json.rows[0].previous.cases).toEqual({ eligible: 525, done: 378, rate: 0.72 });
    expect(json.rows[0].change.money.done).toBe(10498 - 10700);
    expect(json.rows[1].previous.cases).toEqual({ eligible: 90, done: 60, rate: expect.any(Number) });
    expect(json.rows[1].previous.cases.rate).toBeCloseTo(2 / 3, 12);
    expect(json.rows[1].change.cases.rate).toBeCloseTo(0.72 - 2 / 3, 12);
    // total: cases 650 eligible, 509 done against 615, 438; money 29000, 12598 against 26100, 12200
    expect(json.total.previous.cases).toEqual({ eligible: 615, done: 438, rate: expect.any(Number) });
    expect(json.total.change.cases.done).toBe(71);
    expect(json.total.change.cases.rate).toBeCloseTo(509 / 650 - 438 / 615, 12);
    expect(json.total.change.money).toEqual({ eligible: 2900, done: 398, rate: expect.any(Number) });
    expect(json.total.change.money.rate).toBeCloseTo(12598 / 29000 - 12200 / 26100, 11);
    expect(json.comparison.absentThisYear).toEqual([]);
    // printed rates 78,31% against 71,22%: up 7,09 points
    expect(json.summary).toContain("So với cùng kỳ năm 2020, số việc thi hành xong tăng 71 việc, tỷ lệ tăng 7,09%; số tiền thi hành xong tăng 398 nghìn đồng");
  });
});

describe("thads trend", () => {
  it("one sheet per month: months in order and the projection of the core tests", () => {
    const { status, json } = thadsJson(["trend", book, ...TARGETS]);
    expect(status).toBe(0);
    expect(json.period).toEqual({ fiscalYear: 2021, months: 11, start: "2020-10-01", end: "2021-08-31" });
    expect(json.months.map((m: any) => m.end)).toEqual([
      "2020-10-31", "2020-11-30", "2020-12-31", "2021-01-31", "2021-02-28", "2021-03-31",
      "2021-04-30", "2021-05-31", "2021-06-30", "2021-07-31", "2021-08-31",
    ]);
    expect(json.months[10].cases).toEqual({ eligible: 720, done: 400, rate: expect.any(Number) });
    expect(json.months[10].rows).toHaveLength(2);
    expect(json.projection.end).toBe("2021-09-30");
    expect(json.projection.cases).toEqual({ done: 440, eligible: 740, rate: expect.any(Number) });
    expect(json.projection.cases.rate).toBeCloseTo(440 / 740, 11);
    expect(json.projection.money).toEqual({ done: 6600, eligible: 28800, rate: expect.any(Number) });
    expect(json.projection.needed.cases.perMonth).toBe(204);
    expect(json.target).toEqual({ cases: 0.815, money: 0.48 });
    expect(json.warnings).toEqual([]);
  });

  it("one file per month, periods from the file names; three months: the mean pace", () => {
    const files = [3, 1, 2].map((k) => path.join(dir, `${monthSheet(k).name}.xlsx`));
    const { status, json } = thadsJson(["trend", ...files, ...TARGETS]);
    expect(status).toBe(0);
    expect(json.months.map((m: any) => m.months)).toEqual([1, 2, 3]);
    expect(json.projection.cases.done).toBe(420);
    expect(json.projection.basis).toBe("mean");
  });

  it("writes the Diễn biến sheet and prints the projection sentence", () => {
    const out = path.join(dir, "dien-bien.xlsx");
    const r = thads(["trend", book, "--out", out, ...TARGETS]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      "Theo nhịp 3 tháng gần nhất, đến 30/09/2021 tỷ lệ về việc ước đạt 59,46%, cần thêm 204 việc mỗi tháng để đạt 81,5%; tỷ lệ về tiền ước đạt 22,92%, cần thêm 7.774 nghìn đồng mỗi tháng để đạt 48%.",
    );
    expect(fs.existsSync(out)).toBe(true);
  });
});

describe("LibreOffice recalculates the written sheets to the same figures", () => {
  it("the comparison columns of the report sheet", async () => {
    const out = path.join(dir, "so-sanh-lo.xlsx");
    expect(thads(["report", now, "--compare", before, "--date", "31/08/2021", "--out", out, ...TARGETS]).status).toBe(0);
    const name = "Báo cáo 11 tháng 2021";
    const sheets = recalculated(out, [name]);
    const rows = sheets[name];
    // An (row 7): last year 152/190 = 80%, change 165 − 152 = 13, rate 82,5% − 80% = 2,5 points
    const n = (a: string) => numberOf(at(rows, a));
    expect(n("W7")).toBe(13);
    expect(n("V7")).toBeCloseTo(0.8, 12);
    expect(n("X7")).toBeCloseTo(0.025, 12);
    // Cường (row 9) has none; the total (row 10): 437 − 378 = 59, money 10498 − 10700 = −202
    expect(at(rows, "W9")).toBe("");
    expect(n("W10")).toBe(59);
    expect(n("AB10")).toBe(-202);
    const { count, mismatches } = await formulaMismatches(out, sheets);
    expect(count).toBeGreaterThan(50);
    expect(mismatches).toEqual([]);
  });

  it("the Diễn biến sheet: month rates, the projection and the pace needed", async () => {
    const out = path.join(dir, "dien-bien-lo.xlsx");
    expect(thads(["trend", book, "--out", out, ...TARGETS]).status).toBe(0);
    const name = "Diễn biến 2021";
    const sheets = recalculated(out, [name]);
    const rows = sheets[name];
    // months on rows 7–17, the projection on 18, the pace needed on 19 (hand figures of the core tests)
    expect(at(rows, "A7")).toBe("10/2020");
    const n = (a: string) => numberOf(at(rows, a));
    expect(n("D17")).toBeCloseTo(400 / 720, 12);
    expect(n("B18")).toBe(740);
    expect(n("C18")).toBe(440);
    expect(n("D18")).toBeCloseTo(440 / 740, 12);
    expect(n("C19")).toBe(204);
    expect(n("F18")).toBe(28800);
    expect(n("G19")).toBe(7774);
    const { count, mismatches } = await formulaMismatches(out, sheets);
    expect(count).toBe(11 * 2 + 2 * 3 + 2);
    expect(mismatches).toEqual([]);
  });
});
