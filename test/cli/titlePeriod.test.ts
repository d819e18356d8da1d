/**
 * Issue 10, item 5, through the command as a process: the period a table's title names decides the
 * default report date; a --date in another period is reported with a warning naming the title cell
 * and both periods. Fixtures: scripts/make-table-fixtures.js ("Tháng 8/2021" in A3 of tien-nghin.xlsx).
 */
import * as path from "path";
import { ROOT, thadsJson } from "./run";

const FIXTURES = path.join(ROOT, "test", "fixtures", "tables-units");
const AUGUST = path.join(FIXTURES, "tien-nghin.xlsx");
const TARGETS = ["--target-cases", "81,5", "--target-money", "48"];

describe("thads report: the title's period", () => {
  test("no --date: 'Tháng 8/2021' makes the report 11 tháng năm 2021, ending 31/08/2021, with no period warning", () => {
    const { status, json } = thadsJson(["report", AUGUST, ...TARGETS]);
    expect(status).toBe(0);
    // Tháng 8 of 2021 is the 11th month of the statistical year 1/10/2020 – 30/9/2021.
    expect(json.period).toMatchObject({ fiscalYear: 2021, months: 11, start: "2020-10-01", end: "2021-08-31" });
    expect(json.warnings.map((w: { message: string }) => w.message).join("\n")).not.toMatch(/tiêu đề bảng/);
  });

  test("--date 30/09/2021 (12 tháng) against the title's 11 tháng: a warning naming A3 and both periods", () => {
    const { status, json } = thadsJson(["report", AUGUST, ...TARGETS, "--date", "30/09/2021"]);
    expect(status).toBe(0);
    expect(json.period.months).toBe(12);
    expect(json.warnings).toContainEqual({
      where: "'Biểu 04'!A3",
      message:
        "Ngày báo cáo đã chọn thuộc kỳ 12 tháng năm 2021 (01/10/2020 – 30/09/2021), nhưng tiêu đề bảng (ô 'Biểu 04'!A3) ghi kỳ 11 tháng năm 2021 (01/10/2020 – 31/08/2021): kiểm tra lại ngày báo cáo.",
    });
  });

  test("--date in the title's period (15/08/2021): no period warning", () => {
    const { json } = thadsJson(["report", AUGUST, ...TARGETS, "--date", "15/08/2021"]);
    expect(json.warnings.filter((w: { where: string }) => w.where === "'Biểu 04'!A3")).toEqual([]);
  });
});
