/**
 * Issue 10, item 7, through the command as a process and through the core the pane uses: hidden and
 * filtered rows are counted as SUM counts them, with a warning listing them; --skip-hidden leaves
 * them out, saying so. Fixture dong-an.xlsx (scripts/make-table-fixtures.js): rows 7 (hidden) and 8
 * (filtered out) of four officers; expected figures summed here by hand from the fixture's rows.
 */
import * as path from "path";
import { sheetGrid, openWorkbook } from "../../src/xlsx/read";
import { streamGrids } from "../../src/xlsx/stream";
import { sheetStatistics } from "../../src/core/statistics";
import { ROOT, thadsJson } from "./run";

const FILE = path.join(ROOT, "test", "fixtures", "tables-units", "dong-an.xlsx");
const ARGS = ["report", FILE, "--date", "31/08/2021", "--target-cases", "81,5", "--target-money", "48"];
const AUG_31 = { year: 2021, month: 8, day: 31 };

// The fixture's rows (C: eligible, D: completed, E: terminated cases; F–H the same in nghìn đồng).
const HUNG = [120, 90, 4, 1250, 600, 100];
const KHOA = [40, 30, 2, 700, 300, 20]; // row 7, hidden
const YEN = [30, 21, 0, 400, 150, 0]; // row 8, filtered out
const MAI = [85, 70, 1, 980, 455, 0];
const sum = (rows: number[][], i: number) => rows.reduce((s, r) => s + r[i], 0);

describe("hidden and filtered rows (dong-an.xlsx)", () => {
  test("both readers see rows 7 and 8 hidden (0-based 6 and 7)", async () => {
    const [streamed] = await streamGrids(FILE, undefined);
    const whole = sheetGrid((await openWorkbook(FILE)).worksheets[0]);
    expect(streamed.hiddenRows).toEqual([6, 7]);
    expect(whole.hiddenRows).toEqual([6, 7]);
  });

  test("counted by default, as SUM counts them: 275 eligible cases, with a warning naming rows 7 and 8", () => {
    const { status, json } = thadsJson(ARGS);
    expect(status).toBe(0);
    const all = [HUNG, KHOA, YEN, MAI];
    expect(json.total.cases.eligible).toBe(sum(all, 0)); // 275
    expect(json.total.cases.done).toBe(sum(all, 1) + sum(all, 2)); // 211 + 7
    expect(json.total.money.eligible).toBe(sum(all, 3)); // 3.330
    expect(json.warnings).toEqual([
      {
        where: "'Biểu 04'!A7",
        message: '2 dòng bị ẩn hoặc bị lọc vẫn được tính (như hàm SUM tính): dòng 7, 8. Muốn bỏ các dòng này, chọn "Bỏ các dòng ẩn" (lệnh: --skip-hidden).',
      },
    ]);
  });

  test("--skip-hidden: 205 eligible cases, a warning saying rows 7 and 8 were left out, and the sheet's total row now differs", () => {
    const { status, json } = thadsJson([...ARGS, "--skip-hidden", "--lang", "en"]);
    expect(status).toBe(0);
    const shown = [HUNG, MAI];
    expect(json.rows.map((r: { name: string }) => r.name)).toEqual(["Nguyễn Văn Hùng", "Trần Thị Mai"]);
    expect(json.total.cases.eligible).toBe(sum(shown, 0)); // 205
    expect(json.total.money.done).toBe(sum(shown, 4) + sum(shown, 5)); // 1.055 + 100
    expect(json.warnings[0]).toEqual({ where: "'Biểu 04'!A7", message: "2 hidden or filtered rows are left out, as chosen: rows 7, 8." });
    // No warning per hidden row; the total row (row 10: 275) is no longer the rows' sum (205).
    expect(json.warnings.map((w: { where: string }) => w.where)).toEqual(["'Biểu 04'!A7", "'Biểu 04'!B10"]);
  });

  test("the core step the pane calls gives the same figures for the same choice", async () => {
    const [grid] = await streamGrids(FILE, undefined);
    const counted = sheetStatistics(grid, { reportDate: AUG_31 });
    const skipped = sheetStatistics(grid, { reportDate: AUG_31, skipHidden: true });
    if (counted.kind === "none" || skipped.kind === "none") throw new Error("not recognised");
    expect(counted.table.members.map((m) => m.cases.eligible)).toEqual([120, 40, 30, 85]);
    expect(skipped.table.members.map((m) => m.cases.eligible)).toEqual([120, 85]);
  });
});
