/**
 * The one step from a sheet to its statistics table (core/statistics.ts), as the pane calls it:
 * the title's period end as the default date and a date in another period warned about (item 5),
 * the money unit chosen over the headers' (item 1), a register whose every case is after the date
 * (item 9). Grids hand-made; expected figures by hand.
 */
import * as path from "path";
import { defaultReportDate, moneyUnitRead, sheetStatistics, statisticsOf } from "../../src/core/statistics";
import { recognizeGrid, type Recognized } from "../../src/core/source";
import { issueText } from "../../src/i18n/problem";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { FIXTURES, gridOf } = require(path.join(__dirname, "../../scripts/make-table-fixtures.js"));

const AUG_31 = { year: 2021, month: 8, day: 31 };
const NOV_30 = { year: 2026, month: 11, day: 30 };

function recognized(cells: unknown[][], sheetName = "Biểu 04"): Recognized {
  const found = recognizeGrid({ sheetName, origin: { row: 0, col: 0 }, cells, issues: [] });
  if (found.kind === "none") throw new Error("nothing recognised");
  return found;
}

describe("the report date and the title's period", () => {
  test("'Tháng 8/2021' in the title: 31/08/2021 is the default; no title period: the fallback", () => {
    expect(defaultReportDate(recognized(gridOf(FIXTURES["tien-nghin.xlsx"])), NOV_30)).toEqual(AUG_31);
    const untitled = gridOf(FIXTURES["tien-nghin.xlsx"]).map((row: unknown[], r: number) => (r === 2 ? row.map(() => "") : row));
    expect(defaultReportDate(recognized(untitled), NOV_30)).toEqual(NOV_30);
  });

  test("a date in another period than the title's is a warning naming A3; in the same period, none", () => {
    const found = recognized(gridOf(FIXTURES["tien-nghin.xlsx"]));
    const other = statisticsOf(found, { reportDate: { year: 2021, month: 7, day: 31 } }).table.issues;
    expect(other.map((i) => [i.where, issueText(i, "vi")])).toContainEqual([
      "'Biểu 04'!A3",
      "Ngày báo cáo đã chọn thuộc kỳ 10 tháng năm 2021 (01/10/2020 – 31/07/2021), nhưng tiêu đề bảng (ô 'Biểu 04'!A3) ghi kỳ 11 tháng năm 2021 (01/10/2020 – 31/08/2021): kiểm tra lại ngày báo cáo.",
    ]);
    expect(statisticsOf(found, { reportDate: AUG_31 }).table.issues.filter((i) => i.where === "'Biểu 04'!A3")).toEqual([]);
  });
});

describe("the money unit", () => {
  test("a đồng table read as đồng by default, as thousands when the user says so", () => {
    const found = recognized(gridOf(FIXTURES["tien-dong-bang.xlsx"]));
    const read = statisticsOf(found, { reportDate: AUG_31 });
    expect(moneyUnitRead(read)).toBe("dong");
    // 1.250.500 đ → 1.251 nghìn đồng (half up)
    expect(read.table.members[0].money.eligible).toBe(1251);
    const asThousands = statisticsOf(found, { reportDate: AUG_31, moneyUnit: "thousand" });
    expect(moneyUnitRead(asThousands)).toBe("thousand");
    expect(asThousands.table.members[0].money.eligible).toBe(1250500);
  });
});

describe("a register whose every case is after the report date", () => {
  const register = [
    ["SỔ THEO DÕI THI HÀNH ÁN"],
    ["STT", "Số quyết định", "Ngày thụ lý", "Chấp hành viên", "Kết quả", "Số tiền phải thi hành (nghìn đồng)", "Số tiền đã thu (nghìn đồng)"],
    [1, "01/QĐ-CCTHADS", "05/10/2021", "Nguyễn Văn An", "Thi hành xong", 1000, 1000],
    [2, "02/QĐ-CCTHADS", "12/11/2021", "Nguyễn Văn An", "Đang thi hành", 2000, 0],
    [3, "03/QĐ-CCTHADS", "20/12/2021", "Trần Thị Bình", "Đình chỉ", 500, 0],
  ];

  test("says how many and after which date, naming the sheet", () => {
    const read = sheetStatistics({ sheetName: "Sổ", origin: { row: 0, col: 0 }, cells: register, issues: [] }, { reportDate: AUG_31 });
    if (read.kind === "none") throw new Error("not recognised");
    const errors = read.table.issues.filter((i) => i.severity === "error");
    expect(errors.map((i) => [i.where, issueText(i, "vi")])).toEqual([["Sổ", "3 việc đều có ngày thụ lý sau 31/08/2021: kiểm tra ngày báo cáo."]]);
    expect(issueText(errors[0], "en")).toBe("All 3 cases were accepted after 31 Aug 2021: check the report date.");
  });

  test("one case on or before the date: no such error", () => {
    const cells = register.map((row, r) => (r === 2 ? [1, "01/QĐ-CCTHADS", "31/08/2021", ...row.slice(3)] : row));
    const read = sheetStatistics({ sheetName: "Sổ", origin: { row: 0, col: 0 }, cells, issues: [] }, { reportDate: AUG_31 });
    if (read.kind === "none") throw new Error("not recognised");
    expect(read.table.issues.filter((i) => i.problem?.code === "statisticsAllAfterReportDate")).toEqual([]);
  });
});
